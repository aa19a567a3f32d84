// Payout requests (振込申請): requested → batched (a staff member puts it in a transfer
// batch) → paid (the transfer arrived) | failed (the bank returned it; the money goes
// back to the member's earnings).
import type { Transition } from '../process/transitions';

export const PAYOUT_STATUSES = ['requested', 'batched', 'paid', 'failed'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];
export type PayoutAction = 'batch' | 'pay' | 'fail';

export const PAYOUT_TRANSITIONS: readonly Transition<PayoutStatus, PayoutAction>[] = [
  { action: 'batch', from: ['requested'], to: 'batched', actors: ['staff'] },
  { action: 'pay', from: ['batched'], to: 'paid', actors: ['staff'] },
  { action: 'fail', from: ['batched'], to: 'failed', actors: ['staff'] },
];

/** Payouts whose money has not reached the bank yet: a withdrawal waits for them. */
export const PAYOUT_IN_FLIGHT: readonly PayoutStatus[] = ['requested', 'batched'];
