// Offers (スカウト / 直接依頼): pending → accepted | declined (by the worker) | cancelled (by
// the client) | expired.
import type { Transition } from '../process/transitions';

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export type OfferAction = 'accept' | 'decline' | 'cancel' | 'expire';

export const OFFER_TRANSITIONS: readonly Transition<OfferStatus, OfferAction>[] = [
  { action: 'accept', from: ['pending'], to: 'accepted', actors: ['worker'] },
  { action: 'decline', from: ['pending'], to: 'declined', actors: ['worker', 'system'] },
  { action: 'cancel', from: ['pending'], to: 'cancelled', actors: ['client', 'system'] },
  { action: 'expire', from: ['pending'], to: 'expired', actors: ['system'], timer: 'offerExpiryDays after the offer' },
];
