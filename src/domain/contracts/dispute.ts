// Disputes (紛争): open (the contract is frozen) → settled by staff, who decide how the
// escrow is split.
import type { Transition } from '../process/transitions';

export const DISPUTE_STATUSES = ['open', 'settled'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export type DisputeAction = 'settle';

/** Who opened a dispute: a party, or the platform when a termination proposal was refused or left unanswered. */
export const DISPUTE_OPENERS = ['client', 'worker', 'system'] as const;
export type DisputeOpener = (typeof DISPUTE_OPENERS)[number];

export const DISPUTE_TRANSITIONS: readonly Transition<DisputeStatus, DisputeAction>[] = [
  { action: 'settle', from: ['open'], to: 'settled', actors: ['staff'] },
];
