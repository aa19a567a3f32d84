// Blocking (ブロック): a member stops dealing with another. The rule is mutual — once A
// blocks B, neither may apply to, scout, message outside a contract, ask a quote of, or
// buy from the other — so that a block is a way out, not a weapon. It is silent (the
// blocked member is told nothing and cannot see who blocked them) and reversible. It never
// ends a live contract or order: their threads and every contract action keep working.
import type { ProblemCode } from '../problem-codes';

export interface BlockTarget {
  id: string;
  status: string;
  staffRole: string | null;
}

/** Why `actorId` may not block `target`, or null. A member who is gone is not found. */
export function blockRefusal(actorId: string, target: BlockTarget | undefined): ProblemCode | null {
  if (!target || target.status === 'withdrawn' || target.status === 'withdrawing') return 'not-found';
  if (target.id === actorId) return 'block-self';
  if (target.staffRole !== null) return 'block-staff';
  return null;
}

/** The kinds of message thread a block closes: those not about a contract or order. */
export const BLOCKED_THREAD_SUBJECTS = ['application', 'offer', 'inquiry'] as const;

export function threadClosedByBlock(subjectType: string): boolean {
  return (BLOCKED_THREAD_SUBJECTS as readonly string[]).includes(subjectType);
}

/**
 * What a block does to what is pending between the two, as if the blocker had answered it
 * the usual way (so the other side reads the usual, neutral notice):
 * - an application to the blocker's job is declined; the blocker's own application is withdrawn;
 * - an offer the blocker sent is cancelled; an offer the blocker received is declined;
 * - an open quote the blocker (as seller) sent is withdrawn; a quote sent to the blocker
 *   stays until it ends by itself, and cannot be bought meanwhile.
 */
export function applicationAfterBlock(blockerIsClient: boolean): 'declined' | 'withdrawn' {
  return blockerIsClient ? 'declined' : 'withdrawn';
}

export function offerAfterBlock(blockerIsClient: boolean): 'cancelled' | 'declined' {
  return blockerIsClient ? 'cancelled' : 'declined';
}

export function quoteAfterBlock(blockerIsSeller: boolean): 'withdrawn' | null {
  return blockerIsSeller ? 'withdrawn' : null;
}

export const BLOCK_PAGE_SIZE = 20;
