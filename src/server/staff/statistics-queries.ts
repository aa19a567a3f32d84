// The statistics' queries, one per source, each over the same list of Japan-time months
// (a VALUES list of [start, end) instants, so no time zone setting of the database
// matters). Each answers a map from YYYY-MM to its figures; get-statistics.ts puts them
// together. Read-only, aggregate: nothing here names a member.
import { type RawBuilder, sql } from 'kysely';
import { PLATFORM_FEES, WORLD } from '../../domain/ledger/recipes';
import type { Db } from '../db/database';
import { japanMonth } from '../statements/months';

export interface MonthRange {
  month: string;
  from: Date;
  to: Date;
}

export function monthRanges(months: string[]): MonthRange[] {
  return months.map((month) => ({ month, ...japanMonth(month) }));
}

function monthsTable(ranges: MonthRange[]): RawBuilder<unknown> {
  const rows = ranges.map(
    (r) => sql`(${r.month}::text, ${r.from.toISOString()}::timestamptz, ${r.to.toISOString()}::timestamptz)`,
  );
  return sql`months (month, starts, ends) as (values ${sql.join(rows)})`;
}

export interface ActivityRow {
  month: string;
  new_members: number;
  active_contracts: number;
  service_orders: number;
  disputes_opened: number;
}

/**
 * Members who registered (staff accounts left out), contracts in progress at any time in
 * the month (started before it ended, not ended before it began), service orders placed,
 * disputes opened.
 */
export async function countActivity(db: Db, ranges: MonthRange[]): Promise<ActivityRow[]> {
  const { rows } = await sql<ActivityRow>`
    with ${monthsTable(ranges)}
    select m.month,
      (select count(*) from users u
        where u.created_at >= m.starts and u.created_at < m.ends and u.staff_role is null)::int as new_members,
      (select count(*) from contracts c
        where c.started_at < m.ends and (c.ended_at is null or c.ended_at >= m.starts))::int as active_contracts,
      (select count(*) from service_orders o where o.created_at >= m.starts and o.created_at < m.ends)::int as service_orders,
      (select count(*) from disputes d where d.created_at >= m.starts and d.created_at < m.ends)::int as disputes_opened
    from months m order by m.month`.execute(db);
  return rows;
}

export interface MoneyRow {
  month: string;
  funded_yen: number;
  released_yen: number;
  fees_yen: number;
}

/**
 * Money through escrow and the platform's fees, from the ledger's entries (positive: into
 * the account). Funded: what entered an escrow account (escrow:<milestone>,
 * escrow:job:<job>). Released: in a transaction that took money out of an escrow, what
 * went anywhere but back to the outside world (a refund, or a settlement's refunded part).
 * Fees: the net movement of the platform's fee account.
 */
export async function sumMoney(db: Db, ranges: MonthRange[]): Promise<MoneyRow[]> {
  const { rows } = await sql<MoneyRow>`
    with ${monthsTable(ranges)}
    select m.month,
      (select coalesce(sum(e.amount), 0) from ledger_entries e
        where e.created_at >= m.starts and e.created_at < m.ends
          and e.account_id like 'escrow:%' and e.amount > 0)::bigint as funded_yen,
      (select coalesce(sum(e.amount), 0) from ledger_entries e
        where e.created_at >= m.starts and e.created_at < m.ends
          and e.amount > 0 and e.account_id <> ${WORLD} and e.account_id not like 'escrow:%'
          and exists (select 1 from ledger_entries x
                      where x.transaction_id = e.transaction_id and x.account_id like 'escrow:%' and x.amount < 0))::bigint
        as released_yen,
      (select coalesce(sum(e.amount), 0) from ledger_entries e
        where e.created_at >= m.starts and e.created_at < m.ends and e.account_id = ${PLATFORM_FEES})::bigint as fees_yen
    from months m order by m.month`.execute(db);
  return rows.map((r) => ({
    month: r.month,
    funded_yen: Number(r.funded_yen),
    released_yen: Number(r.released_yen),
    fees_yen: Number(r.fees_yen),
  }));
}

export interface WithdrawalRow {
  month: string;
  withdrawals: number;
  /** Reason key → how many withdrawals gave it; "none" for those that gave none. */
  reasons: Record<string, number>;
}

/** Withdrawals and their reasons, from the anonymous reasons table (kept by Japan-time month). */
export async function countWithdrawals(db: Db, ranges: MonthRange[]): Promise<WithdrawalRow[]> {
  const months = ranges.map((r) => `${r.month}-01`);
  const totals = await sql<{ month: string; n: number }>`
    select to_char(month, 'YYYY-MM') as month, count(*)::int as n from withdrawal_reasons
    where month = any(${months}::date[]) group by 1`.execute(db);
  const reasons = await sql<{ month: string; reason: string; n: number }>`
    select to_char(month, 'YYYY-MM') as month, reason, count(*)::int as n
    from withdrawal_reasons, unnest(case when cardinality(reasons) = 0 then array['none'] else reasons end) as reason
    where month = any(${months}::date[]) group by 1, 2`.execute(db);
  return ranges.map((r) => ({
    month: r.month,
    withdrawals: totals.rows.find((t) => t.month === r.month)?.n ?? 0,
    reasons: Object.fromEntries(reasons.rows.filter((x) => x.month === r.month).map((x) => [x.reason, x.n])),
  }));
}

/**
 * Reports (通報) per month, by the time they were made (Japan-time months). The type keeps
 * null for "not recorded" so that a figure the platform does not keep is never shown as 0.
 */
export async function countReports(db: Db, ranges: MonthRange[]): Promise<Map<string, number> | null> {
  const { rows } = await sql<{ month: string; n: number }>`
    with ${monthsTable(ranges)}
    select m.month,
      (select count(*) from reports r where r.created_at >= m.starts and r.created_at < m.ends)::int as n
    from months m order by m.month`.execute(db);
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
