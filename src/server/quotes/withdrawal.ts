// What a member's withdrawal does to quotes (the data map, db/privacy-map.ts). As a
// buyer, the quotes still open to them end (withdrawn: nobody is left to buy them). As a
// seller, open quotes block withdrawal, so every quote of theirs has ended: what each
// included — the seller's own words — is emptied (an order bought from one keeps its copy).
import type { Db } from '../db/database';

export async function retireQuotes(trx: Db, userId: string, now: Date): Promise<void> {
  await trx
    .updateTable('service_quotes')
    .set({ status: 'withdrawn', ended_at: now })
    .where('buyer_id', '=', userId)
    .where('status', '=', 'open')
    .execute();
  // Open ones left to a seller are past their end (unexpired ones block): marked expired now.
  await trx
    .updateTable('service_quotes')
    .set({ status: 'expired', ended_at: now })
    .where('seller_id', '=', userId)
    .where('status', '=', 'open')
    .execute();
  await trx.updateTable('service_quotes').set({ includes: '' }).where('seller_id', '=', userId).execute();
}
