// Withdrawal analytics: counts by reason and month, from the anonymous reasons table.
import { sql } from 'kysely';
import type { Db } from '../../db/database';

export interface WithdrawalStatsRow {
  month: string;
  reason: string;
  count: number;
}

export async function getWithdrawalStats(db: Db): Promise<{ rows: WithdrawalStatsRow[]; totalByMonth: Record<string, number> }> {
  const { rows } = await sql<{ month: string; reason: string; count: number }>`
    select to_char(month, 'YYYY-MM') as month, reason, count(*)::int as count
    from withdrawal_reasons, unnest(case when cardinality(reasons) = 0 then array['(none)'] else reasons end) as reason
    group by 1, 2 order by 1, 3 desc, 2`.execute(db);
  const totals = await sql<{ month: string; count: number }>`
    select to_char(month, 'YYYY-MM') as month, count(*)::int as count from withdrawal_reasons group by 1 order by 1`.execute(db);
  return { rows, totalByMonth: Object.fromEntries(totals.rows.map((r) => [r.month, r.count])) };
}
