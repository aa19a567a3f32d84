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
import { randomInt } from 'node:crypto';
import type { Config } from '../../config';
import type { DepositMethod } from '../../db/schema';

/** A 10-digit number the client writes before their name on the transfer. */
export function transferReference(): string {
  return String(randomInt(1_000_000_000, 10_000_000_000));
}

export interface CollectInput {
  depositId: string;
  /** The number the client quotes with the transfer. */
  reference: string;
  amount: number;
}

export type CollectResult = { status: 'captured'; providerRef: string } | { status: 'awaiting'; instructions: string };

export interface PaymentProvider {
  method: DepositMethod;
  /** False when the provider cannot be used in this deployment (the development card in production). */
  available: boolean;
  collect(input: CollectInput): Promise<CollectResult>;
}

export function bankTransferProvider(config: Config): PaymentProvider {
  return {
    method: 'bank_transfer',
    available: true,
    async collect() {
      return { status: 'awaiting', instructions: config.bankTransferAccount };
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
  };
}

export function paymentProviders(config: Config): Record<DepositMethod, PaymentProvider> {
  return { bank_transfer: bankTransferProvider(config), dev_card: devCardProvider(config) };
}
