// Deposits (入金): the client's payment into escrow, for a milestone or a task's or
// competition's posting. A card payment is written confirmed at once; a bank transfer
// waits, pending, until staff see it arrive, or until it is called off. A provider payment
// (Stripe: card or konbini) waits too, until the provider's webhook confirms it (the
// system confirming, through the same step as staff) or reports that it failed or lapsed.
import type { Transition } from '../process/transitions';

export const DEPOSIT_METHODS = ['bank_transfer', 'dev_card', 'stripe_card', 'stripe_konbini'] as const;
export type DepositMethod = (typeof DEPOSIT_METHODS)[number];

export const DEPOSIT_STATUSES = ['pending', 'confirmed', 'cancelled'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];
export type DepositAction = 'confirm' | 'cancel';

export const DEPOSIT_TRANSITIONS: readonly Transition<DepositStatus, DepositAction>[] = [
  // Staff saw the transfer arrive, or the payment provider reported the charge succeeded.
  { action: 'confirm', from: ['pending'], to: 'confirmed', actors: ['staff', 'system'] },
  // The client calls it off, the contract ends (termination, a dispute's settlement), or the
  // provider reports the payment failed or lapsed (a konbini payment not made in time).
  { action: 'cancel', from: ['pending'], to: 'cancelled', actors: ['client', 'system', 'staff'] },
];

/** Why a provider payment failed or lapsed; the client sees each explained. */
export const DEPOSIT_FAILURES = ['card_declined', 'payment_failed', 'expired', 'canceled'] as const;
export type DepositFailure = (typeof DEPOSIT_FAILURES)[number];

/** Methods whose deposit the payment provider (not staff) confirms. */
export const PROVIDER_METHODS: readonly DepositMethod[] = ['stripe_card', 'stripe_konbini'];
