// The fees a member paid in a year as CSV: UTF-8 with a BOM (so spreadsheet software in
// Japan opens it as UTF-8), Japanese headers, CRLF, one row per fee.
import type { FeeRow } from '../../use-cases/statements/list-fees';

const DOCUMENT = { receipt: '領収書', payment_notice: '支払通知書', payout: '振込' } as const;

/** The date in Japan, YYYY-MM-DD. */
const day = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

const COLUMNS: [string, (r: FeeRow) => string | number][] = [
  ['日付', (r) => day(r.date)],
  ['書類', (r) => DOCUMENT[r.document]],
  ['内容', (r) => r.description],
  ['手数料(税抜)', (r) => r.amount],
  ['消費税額', (r) => r.tax],
  ['税率', (r) => `${r.ratePercent}%`],
  ['合計(税込)', (r) => r.amount + r.tax],
  ['契約ID', (r) => r.contractId ?? ''],
  ['募集ID', (r) => r.jobId ?? ''],
];

/**
 * One field: quoted when it holds a comma, quote or line break; a text that a spreadsheet
 * would take for a formula (= + - @ at the start) is prefixed with an apostrophe.
 */
function field(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function feesCsv(rows: FeeRow[]): string {
  const lines = [COLUMNS.map(([h]) => field(h)), ...rows.map((r) => COLUMNS.map(([, v]) => field(v(r))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export const feesFilename = (year: number) => `yorozu-fees-${year}.csv`;
