import type { Db } from '../../db/database';
import { type OfferView, selectOffers } from '../../db/repositories/offers';

export async function listMyOffers(db: Db, userId: string): Promise<{ received: OfferView[]; sent: OfferView[] }> {
  const received = (await selectOffers(db)
    .where('o.worker_id', '=', userId)
    .orderBy('o.created_at', 'desc')
    .limit(200)
    .execute()) as OfferView[];
  const sent = (await selectOffers(db)
    .where('o.client_id', '=', userId)
    .orderBy('o.created_at', 'desc')
    .limit(200)
    .execute()) as OfferView[];
  return { received, sent };
}
