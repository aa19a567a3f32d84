// At withdrawal: the member's held items are never a blocker — a pending one is discarded
// (the withdrawal page says so) — and the texts of all of them are emptied; the reasons of
// their サービス外連絡申請 too (the request itself stays with the contract).
import type { Db } from '../db/database';

export async function discardHeldItems(trx: Db, userId: string, now: Date): Promise<void> {
  await trx
    .updateTable('held_items')
    .set({ status: 'discarded', decided_at: now })
    .where('author_id', '=', userId)
    .where('status', '=', 'pending')
    .execute();
  await trx
    .updateTable('held_items')
    .set({ input: JSON.stringify({}), findings: JSON.stringify([]), reason: '', decision_note: null })
    .where('author_id', '=', userId)
    .execute();
  await trx.updateTable('contact_requests').set({ reason: '' }).where('requester_id', '=', userId).execute();
}

/** How many of the member's writes wait for staff review (discarded if they withdraw). */
export async function pendingHeldCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('held_items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('author_id', '=', userId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
