// The staff views of money: deposits waiting for a bank transfer to be confirmed, and
// disputes with everything staff need to settle them (the thread, the timeline).

import type { Db } from '../../db/database';
import type { DepositStatus } from '../../db/schema';
import { depositQuery, presentStaffDeposit } from '../../deposits/staff-deposits';

export interface ListDepositsInput {
  status: DepositStatus | 'all';
}

export async function listDeposits(db: Db, input: ListDepositsInput) {
  let q = depositQuery(db);
  if (input.status !== 'all') q = q.where('d.status', '=', input.status);
  const rows = await q.orderBy('d.created_at').limit(500).execute();
  return rows.map(presentStaffDeposit);
}
