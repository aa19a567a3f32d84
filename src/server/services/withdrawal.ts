// What a seller's withdrawal does to their services (the data map, db/privacy-map.ts):
// the image links go (the files go with the seller's attachments), every service not
// public is hidden, and the seller's own words about them are emptied. The title,
// packages and options stay for the orders and reviews that name them. Within the undo
// window the words wait in the sealed vault, and a restored account gets them back; its
// services stay hidden until the seller publishes them again (the images are gone).
import { documentTokens } from '../../domain/jobs/search';
import type { Db } from '../db/database';
import { serviceSearchText } from './values';

/** A service's words that the withdrawal empties. */
export interface SellerServiceTexts {
  id: string;
  description: string;
  faq: unknown;
  buyerRequest: string;
  tags: string[];
}

/** The seller's words about each of their services, as the vault keeps them. */
export async function sellerServiceTexts(trx: Db, sellerId: string): Promise<SellerServiceTexts[]> {
  const rows = await trx
    .selectFrom('services')
    .select(['id', 'description', 'faq', 'buyer_request', 'tags'])
    .where('seller_id', '=', sellerId)
    .execute();
  return rows.map((r) => ({ id: r.id, description: r.description, faq: r.faq, buyerRequest: r.buyer_request, tags: r.tags }));
}

/** Puts a restored seller's words back, with the search text they make. */
export async function restoreSellerServices(trx: Db, sellerId: string, texts: readonly SellerServiceTexts[]): Promise<void> {
  for (const t of texts) {
    const service = await trx
      .selectFrom('services')
      .select(['id', 'title', 'category'])
      .where('id', '=', t.id)
      .where('seller_id', '=', sellerId)
      .executeTakeFirst();
    if (!service) continue;
    const packages = await trx
      .selectFrom('service_packages')
      .select(['name', 'includes'])
      .where('service_id', '=', t.id)
      .execute();
    const options = await trx.selectFrom('service_options').select('title').where('service_id', '=', t.id).execute();
    const text = serviceSearchText({ ...service, description: t.description, tags: t.tags, packages, options });
    await trx
      .updateTable('services')
      .set({
        description: t.description,
        faq: JSON.stringify(t.faq ?? []),
        buyer_request: t.buyerRequest,
        tags: t.tags,
        search_text: text,
        search_tokens: documentTokens(text),
      })
      .where('id', '=', t.id)
      .execute();
  }
}

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
