import { disputeQuery, presentDisputes } from '../../contracts/staff-disputes';
import type { Db } from '../../db/database';

export interface ListDisputesInput {
  status: 'open' | 'settled' | 'all';
}

export async function listDisputes(db: Db, input: ListDisputesInput) {
  let q = disputeQuery(db);
  if (input.status !== 'all') q = q.where('d.status', '=', input.status);
  return presentDisputes(db, await q.orderBy('d.created_at').limit(500).execute());
}
