// The payment-provider port: how a client's money for one milestone reaches escrow.
//
// A provider is asked to collect a deposit and answers either `captured` (the money is
// ours: the escrow is funded in the same transaction) or `awaiting` (the money will
// arrive later: the deposit waits, a withdrawal blocker for the client, until someone
// confirms it). Bank transfer (銀行振込) is `awaiting` and staff confirm it on the
// deposits page after checking the bank statement.
//
// A real card processor plugs in here: `collect` creates a payment intent and returns
// `awaiting` with the URL or client secret the web app needs; the processor's webhook
// then calls `confirmDeposit` (the same use case staff use, with the processor's
// reference) once the charge succeeded. Nothing external may happen inside `collect` that
// cannot be undone if the surrounding transaction rolls back: create the intent with the
// deposit id as its idempotency key and let the webhook be the only thing that funds.
// The Stripe adapter (stripe.ts) does exactly that, for cards and konbini.
//
// Refunds: `refundsThroughProvider` says whether money of this method goes back through
// the provider (`refund`), or by bank transfer to the client's refund account.
import { randomInt } from 'node:crypto';
import type { Config } from '../../config';
import type { DepositMethod, ProviderDetails } from '../../db/schema';
import { stripeProviders } from './stripe';

/** A 10-digit number the client writes before their name on the transfer. */
export function transferReference(): string {
  return String(randomInt(1_000_000_000, 10_000_000_000));
}

export interface CollectInput {
  depositId: string;
  /** The number the client quotes with the transfer. */
  reference: string;
  amount: number;
  /** What the deposit pays for (kept with the provider's payment, for the webhook and for people reading the dashboard). */
  kind: 'milestone' | 'job' | 'tip';
  /** Who pays: konbini needs the payer's name and mail address for the payment slip. */
  payer?: { name: string; email: string };
}

export type CollectResult =
  | { status: 'captured'; providerRef: string }
  | {
      status: 'awaiting';
      instructions: string;
      /** The provider's payment (its webhook names it); absent for a bank transfer. */
      providerRef?: string;
      /** What the web app needs to finish the payment (shown to the payer only). */
      details?: ProviderDetails;
      /** Until when it can be paid (a konbini payment lapses). */
      expiresAt?: Date;
    };

export interface RefundInput {
  /** Our refund's id: the provider's idempotency key. */
  refundId: string;
  /** The provider's payment the money came with. */
  providerRef: string;
  amount: number;
}

export type RefundResult = { status: 'sent'; providerRef: string } | { status: 'pending' } | { status: 'failed'; reason: string };

export interface PaymentProvider {
  method: DepositMethod;
  /** False when the provider cannot be used in this deployment (the development card in production). */
  available: boolean;
  collect(input: CollectInput): Promise<CollectResult>;
  /** True when a refund of this method's money goes back through the provider (`refund`). */
  refundsThroughProvider: boolean;
  refund(input: RefundInput): Promise<RefundResult>;
}

const NO_PROVIDER_REFUND = 'この支払い方法の返金は銀行振込で行います。';

export function bankTransferProvider(config: Config): PaymentProvider {
  return {
    method: 'bank_transfer',
    available: true,
    async collect() {
      return { status: 'awaiting', instructions: config.bankTransferAccount };
    },
    refundsThroughProvider: false,
    async refund() {
      return { status: 'failed', reason: NO_PROVIDER_REFUND };
    },
  };
}

/** Development only: funds at once without any money. Refused in production. */
export function devCardProvider(config: Config): PaymentProvider {
  return {
    method: 'dev_card',
    available: config.devCardPayments,
    async collect(input) {
      return { status: 'captured', providerRef: `devcard_${input.reference}` };
    },
    // No money moved, so none goes back: the refund is "sent" at once.
    refundsThroughProvider: true,
    async refund(input) {
      return { status: 'sent', providerRef: `devrefund_${input.refundId}` };
    },
  };
}

export function paymentProviders(config: Config): Record<DepositMethod, PaymentProvider> {
  return { bank_transfer: bankTransferProvider(config), dev_card: devCardProvider(config), ...stripeProviders(config) };
}
