// Contracts (契約) and their milestones as processes: tables of transitions with the actor
// that may take each and the timers that take some by themselves.
//
// Contract:  awaiting_escrow → in_progress → completed | terminated | disputed
// Milestone: unfunded → funded (仮払い済み) → delivered (納品) → accepted (検収) → paid,
//            with revision requests (修正依頼) back to funded, and auto-acceptance after a
//            configured number of days without an answer.
import { deadlineReminderDue, nextDeadlineCheck } from '../process/deadlines';
import type { Transition } from '../process/transitions';

export const CONTRACT_STATUSES = ['awaiting_escrow', 'in_progress', 'completed', 'terminated', 'disputed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export type ContractAction = 'start' | 'complete' | 'terminate' | 'dispute' | 'settle';

export const CONTRACT_TRANSITIONS: readonly Transition<ContractStatus, ContractAction>[] = [
  // The first milestone is funded.
  { action: 'start', from: ['awaiting_escrow'], to: 'in_progress', actors: ['system'] },
  // Every milestone is paid.
  { action: 'complete', from: ['in_progress'], to: 'completed', actors: ['system'] },
  // A settlement both parties agreed to (途中解消): taken by the side that agrees last.
  { action: 'terminate', from: ['awaiting_escrow', 'in_progress'], to: 'terminated', actors: ['client', 'worker', 'system'] },
  // Refusal or 7 days of silence on a termination proposal, or either side's request.
  {
    action: 'dispute',
    from: ['awaiting_escrow', 'in_progress'],
    to: 'disputed',
    actors: ['client', 'worker', 'system'],
    timer: 'terminationResponseDays after a termination proposal nobody answered',
  },
  // Staff settle a dispute.
  { action: 'settle', from: ['disputed'], to: 'terminated', actors: ['staff'] },
];

export const MILESTONE_STATUSES = [
  'unfunded',
  'funded',
  'delivered',
  'accepted',
  'paid',
  'refunded',
  'settled',
  'cancelled',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export type MilestoneAction =
  | 'fund'
  | 'deliver'
  | 'request_revision'
  | 'accept'
  | 'auto_accept'
  | 'pay'
  | 'refund'
  | 'settle'
  | 'cancel';

export const MILESTONE_TRANSITIONS: readonly Transition<MilestoneStatus, MilestoneAction>[] = [
  { action: 'fund', from: ['unfunded'], to: 'funded', actors: ['client', 'staff', 'system'] },
  { action: 'deliver', from: ['funded'], to: 'delivered', actors: ['worker'] },
  { action: 'request_revision', from: ['delivered'], to: 'funded', actors: ['client'] },
  { action: 'accept', from: ['delivered'], to: 'accepted', actors: ['client'] },
  {
    action: 'auto_accept',
    from: ['delivered'],
    to: 'accepted',
    actors: ['system'],
    timer: 'autoAcceptDays after the delivery (autoAcceptAt)',
  },
  { action: 'pay', from: ['accepted'], to: 'paid', actors: ['system'] },
  // Termination or a dispute's settlement: the whole escrow back to the client …
  { action: 'refund', from: ['funded', 'delivered'], to: 'refunded', actors: ['system', 'staff'] },
  // … or split between the worker and the client.
  { action: 'settle', from: ['funded', 'delivered'], to: 'settled', actors: ['system', 'staff'] },
  // A milestone never funded simply ends with the contract.
  { action: 'cancel', from: ['unfunded'], to: 'cancelled', actors: ['system', 'staff'] },
];

/** The two sides of a contract. */
export const PARTY_ROLES = ['client', 'worker'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Milestones whose money is in escrow. */
export const ESCROWED: readonly MilestoneStatus[] = ['funded', 'delivered'];
/** Milestones that will move no more money. */
export const MILESTONE_FINAL: readonly MilestoneStatus[] = ['paid', 'refunded', 'settled', 'cancelled'];
/** Contracts still running: a withdrawal blocker for both parties. */
export const CONTRACT_LIVE: readonly ContractStatus[] = ['awaiting_escrow', 'in_progress', 'disputed'];

/** When a delivery is accepted by itself if the client neither accepts nor asks for a revision. */
export function autoAcceptAt(deliveredAt: Date, days: number): Date {
  return new Date(deliveredAt.getTime() + days * 86_400_000);
}

/** Days before auto-acceptance on which the client is reminded. */
export const ACCEPT_REMINDER_DAYS: readonly number[] = [7, 3, 1];

/** The countdown's next run after the delivery (a reminder time, else the deadline). */
export function nextAcceptanceCheck(deliveredAt: Date, deadline: Date, now: Date): Date {
  return nextDeadlineCheck(deliveredAt, deadline, now, ACCEPT_REMINDER_DAYS);
}

/** The days-left reminder due when the countdown runs at `now`, if any. */
export function acceptanceReminderDue(deliveredAt: Date, deadline: Date, now: Date): number | null {
  return deadlineReminderDue(deliveredAt, deadline, now, ACCEPT_REMINDER_DAYS);
}
