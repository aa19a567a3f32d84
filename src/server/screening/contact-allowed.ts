// Whether an approved サービス外連絡申請 covers a thread: only a contract's own thread, once
// staff approved the request of one of its parties.
import type { Db } from '../db/database';

export async function contactAllowedInThread(db: Db, threadId: string): Promise<boolean> {
  const row = await db
    .selectFrom('threads as t')
    .innerJoin('contact_requests as c', (join) =>
      join.on('t.subject_type', '=', 'contract').onRef('c.contract_id', '=', 't.subject_id'),
    )
    .select('c.id')
    .where('t.id', '=', threadId)
    .where('c.status', '=', 'approved')
    .executeTakeFirst();
  return row !== undefined;
}
