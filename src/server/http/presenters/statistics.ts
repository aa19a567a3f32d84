// The statistics as a CSV file for spreadsheets: UTF-8 with a byte order mark (so Excel in
// Japan reads it as UTF-8, not Shift_JIS), CRLF line ends, Japanese column names, one
// row per month. Rates are percentages; a figure not recorded (reports) is an empty cell.

import type { StatisticsMonth, StatisticsReport } from '../../../shared/api/statistics';
import { WITHDRAWAL_REASONS } from '../../../shared/api/withdrawal';

type Column = [header: string, value: (m: StatisticsMonth) => string | number | null];

const percent = (r: number | null) => (r === null ? null : (r * 100).toFixed(2));

const COLUMNS: Column[] = [
  ['月', (m) => m.month],
  ['新規会員数', (m) => m.newMembers],
  ['退会数', (m) => m.withdrawals],
  ...Object.entries(WITHDRAWAL_REASONS).map(
    ([key, label]): Column => [`退会理由: ${label.ja}`, (m) => m.withdrawalReasons[key as keyof typeof WITHDRAWAL_REASONS]],
  ),
  ['退会理由: 未回答', (m) => m.withdrawalReasons.none],
  ['稼働中の契約数', (m) => m.activeContracts],
  ['仮払い額(円)', (m) => m.fundedYen],
  ['支払い額(円)', (m) => m.releasedYen],
  ['手数料収入(円)', (m) => m.feesYen],
  ['サービス購入数', (m) => m.serviceOrders],
  ['紛争件数', (m) => m.disputesOpened],
  ['紛争率(%)', (m) => percent(m.disputeRate)],
  ['通報件数', (m) => m.reports],
  ['通報率(%)', (m) => percent(m.reportRate)],
];

/** A field quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function statisticsCsv(report: StatisticsReport): string {
  const lines = [COLUMNS.map(([h]) => field(h)), ...report.months.map((m) => COLUMNS.map(([, v]) => field(v(m))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export const statisticsFilename = (report: StatisticsReport) => `yorozu-statistics-${report.from}-${report.to}.csv`;
