import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { type OfferView, selectOffers } from '../../db/repositories/offers';

export interface GetOfferInput {
  viewerId: string;
  offerId: string;
}

export async function getOffer(db: Db, input: GetOfferInput): Promise<OfferView> {
  const offer = (await selectOffers(db).where('o.id', '=', input.offerId).executeTakeFirst()) as OfferView | undefined;
  if (!offer || (offer.worker_id !== input.viewerId && offer.client_id !== input.viewerId)) throw new AppError('not-found');
  return offer;
}
