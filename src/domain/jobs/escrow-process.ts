// The escrow of a task's or competition's posting (仮払い): written awaiting its deposit
// when the client pays, funded when the money arrives (the posting is published), closed
// when the posting closes (a task refunds its unused slots; a competition's prize is
// paid or shared when it ends), cancelled when the transfer is called off or the posting
// is cancelled before anyone worked on it.
import { canTransition, type Transition } from '../process/transitions';

export const JOB_ESCROW_STATUSES = ['awaiting_deposit', 'funded', 'closed', 'cancelled'] as const;
export type JobEscrowStatus = (typeof JOB_ESCROW_STATUSES)[number];
export type JobEscrowAction = 'prepare' | 'fund' | 'close' | 'settle' | 'call_off' | 'cancel';

export const JOB_ESCROW_TRANSITIONS: readonly Transition<JobEscrowStatus, JobEscrowAction>[] = [
  // Paying again after a transfer was called off rewrites the escrow (a first payment inserts it).
  { action: 'prepare', from: ['cancelled'], to: 'awaiting_deposit', actors: ['client'] },
  // The card was captured (client), or staff confirmed the transfer.
  { action: 'fund', from: ['awaiting_deposit'], to: 'funded', actors: ['client', 'staff', 'system'] },
  // The posting closed: by its client, staff, or its deadline.
  { action: 'close', from: ['funded'], to: 'closed', actors: ['client', 'staff', 'system'], timer: "the posting's deadline" },
  // A competition ends: the client chose (or chose nobody), or the selection period ran out.
  {
    action: 'settle',
    from: ['funded'],
    to: 'closed',
    actors: ['client', 'system'],
    timer: 'competitionSelectionDays after the posting closed (selection_due_at)',
  },
  // The client calls off a transfer not made yet.
  { action: 'call_off', from: ['awaiting_deposit'], to: 'cancelled', actors: ['client', 'staff'] },
  // The posting is cancelled while nobody has worked on it: the escrow comes back in full.
  { action: 'cancel', from: ['funded', 'closed'], to: 'cancelled', actors: ['client', 'staff'] },
];

/**
 * A posting whose escrow is funded and not yet closed takes work (submissions, entries
 * and their withdrawal), and can close or open again: the escrow's `close` step is open.
 */
export function escrowOpen(status: JobEscrowStatus | null | undefined): boolean {
  return status != null && canTransition(JOB_ESCROW_TRANSITIONS, 'close', status, 'system');
}

/** A task's submissions are judged while its escrow holds their money: open, or closed with some left to judge. */
export function escrowJudging(status: JobEscrowStatus | null | undefined): boolean {
  return status === 'funded' || status === 'closed';
}

/**
 * A task's escrow has closed: its judging period runs, and a slot freed by a rejection or
 * a withdrawal is refunded rather than offered again.
 */
export function escrowClosed(status: JobEscrowStatus | null | undefined): boolean {
  return status === 'closed';
}

/** How a competition ended. */
export const COMPETITION_OUTCOMES = ['winner', 'no_winner', 'shared', 'no_entries', 'cancelled'] as const;
export type CompetitionOutcomeKind = (typeof COMPETITION_OUTCOMES)[number];
