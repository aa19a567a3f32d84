// The statistics for staff (統計): per Japan-time month, from `from` to `to` (by default
// the twelve months up to the current one), at most STATISTICS_MONTHS_MAX of them.
import { AppError } from '../../../domain/errors';
import {
  monthSpan,
  STATISTICS_MONTHS_MAX,
  type StatisticsMonth,
  type StatisticsQuery,
  type StatisticsReport,
  WITHDRAWAL_REASON_STAT_KEYS,
} from '../../../shared/api/statistics';
import type { Deps } from '../../deps';
import { countActivity, countReports, countWithdrawals, monthRanges, sumMoney } from '../../staff/statistics-queries';
import { currentJapanMonth } from '../../statements/months';

/** YYYY-MM moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function resolveRange(query: StatisticsQuery, now: Date): { from: string; to: string } {
  const current = currentJapanMonth(now);
  // Only a first month: the twelve from it, or up to now when now comes sooner (never before it).
  const to = query.to ?? (query.from ? maxMonth(query.from, minMonth(addMonths(query.from, 11), current)) : current);
  const from = query.from ?? addMonths(to, -11);
  if (from > to) throw AppError.field('/to', 'month-range');
  if (monthSpan(from, to) > STATISTICS_MONTHS_MAX) throw AppError.field('/from', 'month-span');
  return { from, to };
}

const minMonth = (a: string, b: string) => (a < b ? a : b);
const maxMonth = (a: string, b: string) => (a > b ? a : b);
const rate = (n: number, of: number) => (of > 0 ? n / of : null);

export async function getStatistics(deps: Deps, query: StatisticsQuery): Promise<StatisticsReport> {
  const { from, to } = resolveRange(query, deps.clock());
  const months = Array.from({ length: monthSpan(from, to) }, (_, i) => addMonths(from, i));
  const ranges = monthRanges(months);
  const [activity, money, withdrawals, reports] = [
    await countActivity(deps.db, ranges),
    await sumMoney(deps.db, ranges),
    await countWithdrawals(deps.db, ranges),
    await countReports(deps.db, ranges),
  ];
  return {
    from,
    to,
    months: months.map((month): StatisticsMonth => {
      const a = activity.find((r) => r.month === month);
      const m = money.find((r) => r.month === month);
      const w = withdrawals.find((r) => r.month === month);
      const active = a?.active_contracts ?? 0;
      const disputes = a?.disputes_opened ?? 0;
      const reported = reports ? (reports.get(month) ?? 0) : null;
      return {
        month,
        newMembers: a?.new_members ?? 0,
        withdrawals: w?.withdrawals ?? 0,
        withdrawalReasons: Object.fromEntries(
          WITHDRAWAL_REASON_STAT_KEYS.map((key) => [key, w?.reasons[key] ?? 0]),
        ) as StatisticsMonth['withdrawalReasons'],
        activeContracts: active,
        fundedYen: m?.funded_yen ?? 0,
        releasedYen: m?.released_yen ?? 0,
        feesYen: m?.fees_yen ?? 0,
        serviceOrders: a?.service_orders ?? 0,
        disputesOpened: disputes,
        disputeRate: rate(disputes, active),
        reports: reported,
        reportRate: reported === null ? null : rate(reported, active),
      };
    }),
  };
}
