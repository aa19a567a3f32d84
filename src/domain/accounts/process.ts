// A member's account: active → withdrawing (予約退会: waiting for payouts in flight) →
// withdrawn (退会), or withdrawn at once when nothing is in flight; a scheduled withdrawal
// can be called off, and a withdrawn account restored with the link mailed at withdrawal
// while its vault lasts. Suspended accounts cannot log in (set by staff outside the app).
import type { AccountActor, Transition } from '../process/transitions';

export const USER_STATUSES = ['active', 'withdrawing', 'withdrawn', 'suspended'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export type AccountAction = 'schedule_withdrawal' | 'cancel_withdrawal' | 'withdraw' | 'restore';

export const ACCOUNT_TRANSITIONS: readonly Transition<UserStatus, AccountAction, AccountActor>[] = [
  { action: 'schedule_withdrawal', from: ['active'], to: 'withdrawing', actors: ['member'] },
  // The member changes their mind, or a payout failed (the money is back in their earnings).
  { action: 'cancel_withdrawal', from: ['withdrawing'], to: 'active', actors: ['member', 'system'] },
  // At once (nothing in flight), or when the last payout of a scheduled withdrawal arrived.
  {
    action: 'withdraw',
    from: ['active', 'withdrawing'],
    to: 'withdrawn',
    actors: ['member', 'system'],
    timer: 'the last payout in flight is paid',
  },
  { action: 'restore', from: ['withdrawn'], to: 'active', actors: ['member'] },
];

/** Accounts that may log in (a withdrawing member still follows their payouts). */
export const CAN_LOG_IN: readonly UserStatus[] = ['active', 'withdrawing'];
