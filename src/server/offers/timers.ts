export const OFFER_EXPIRE_TASK = 'offer.expire';
