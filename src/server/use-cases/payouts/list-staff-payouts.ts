import type { Deps } from '../../deps';
import { type PayoutRow, presentStaffPayout, staffPayoutQuery } from '../../payouts/payout-rows';

export async function listStaffPayouts(deps: Deps, status: PayoutRow['status'] | 'all') {
  let q = staffPayoutQuery(deps.db);
  if (status !== 'all') q = q.where('p.status', '=', status);
  const rows = await q.orderBy('p.scheduled_date').orderBy('p.number').limit(1000).execute();
  return rows.map((r) => presentStaffPayout(r));
}
