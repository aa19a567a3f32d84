// What a seller's withdrawal does to their services (the data map, db/privacy-map.ts):
// the image links go (the files go with the seller's attachments), every service not
// public is hidden for good, and the seller's own words about them are emptied. The
// title, packages and options stay for the orders and reviews that name them.
import type { Db } from '../db/database';

export async function retireSellerServices(trx: Db, sellerId: string, now: Date): Promise<void> {
  const mine = trx.selectFrom('services').select('id').where('seller_id', '=', sellerId);
  await trx.deleteFrom('service_images').where('service_id', 'in', mine).execute();
  // Published and paused services block withdrawal, and publishing takes the account
  // lock: only drafts and hidden services are left here. The status condition keeps it
  // so (the withdrawal race test's negative control sees a publish that slipped by).
  await trx
    .updateTable('services')
    .set({ status: 'hidden', hidden_reason: 'withdrawal', updated_at: now })
    .where('seller_id', '=', sellerId)
    .where('status', 'in', ['draft', 'hidden'])
    .execute();
  await trx
    .updateTable('services')
    .set({ description: '', faq: '[]', buyer_request: '', tags: [], search_text: '', search_tokens: [] })
    .where('seller_id', '=', sellerId)
    .execute();
}
