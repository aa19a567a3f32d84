// The export's held items: the member's writes screening caught that they sent for staff
// review, with what was caught, their reason and the decision.
import type { Db } from '../db/database';
import { plain } from './rows';

export async function exportHeldItems(db: Db, userId: string) {
  const rows = await db
    .selectFrom('held_items')
    .select([
      'id',
      'kind',
      'target_type',
      'target_id',
      'input',
      'findings',
      'reason',
      'status',
      'decision_note',
      'failure_code',
      'created_at',
      'decided_at',
    ])
    .where('author_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => plain(r));
}

/** サービス外連絡申請 in the member's contracts (theirs or the other party's). */
export async function exportContactRequests(db: Db, userId: string) {
  const rows = await db
    .selectFrom('contact_requests as c')
    .innerJoin('contracts as k', 'k.id', 'c.contract_id')
    .select([
      'c.id',
      'c.contract_id',
      'c.requester_id',
      'c.reason_kind',
      'c.reason',
      'c.status',
      'c.decision_note',
      'c.created_at',
      'c.decided_at',
    ])
    .where((eb) => eb.or([eb('k.client_id', '=', userId), eb('k.worker_id', '=', userId)]))
    .orderBy('c.created_at')
    .execute();
  return rows.map(({ requester_id, ...r }) => ({ ...plain(r), mine: requester_id === userId }));
}
