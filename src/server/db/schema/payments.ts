// The payment provider's side: what a provider payment needs to be finished, and the
// provider's events, each stored once by its id (migration 0042).
import type { Json, Timestamp } from './columns';

/** What the web app needs to finish a provider payment; never shown to anyone but the payer. */
export interface ProviderDetails {
  /** The payment intent's client secret (the card form confirms with it). */
  clientSecret?: string;
  /** The konbini payment: the voucher page, the numbers per chain, and the deadline. */
  konbini?: {
    voucherUrl: string | null;
    expiresAt: string;
    stores: { chain: string; confirmationNumber: string | null; paymentCode: string | null }[];
  };
}

export type PaymentEventOutcome = 'applied' | 'ignored' | 'unknown_deposit' | 'refused' | 'recorded';

export interface PaymentEventsTable {
  /** The provider's event id (evt_…). */
  id: string;
  provider: 'stripe';
  type: string;
  deposit_id: string | null;
  /** The payment intent (or the refund) the event is about. */
  provider_ref: string | null;
  outcome: PaymentEventOutcome;
  detail: Json<Record<string, unknown>>;
  received_at: Timestamp;
}
