// The check every action between two members makes (apply, scout, message outside a
// contract, ask for or send a quote, buy): the pair lock, shared, then whether either has
// blocked the other. One call, near the top of the action's transaction.

import { threadClosedByBlock } from '../../domain/blocks/blocks';
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import { lockMemberPair } from '../db/repositories/locks';
import { blockedEitherWay } from './queries';

/** Test-only switch: the race test turns the pair lock off to prove it detects the race. */
export const blockGuards = { enabled: true };

/** Refuses with `member-unavailable` when either has blocked the other; holds the pair lock until commit. */
export async function assertNotBlocked(trx: Db, a: string, b: string): Promise<void> {
  if (a === b) return;
  await lockMemberPair(trx, a, b, 'shared', blockGuards.enabled);
  if (await blockedEitherWay(trx, a, b)) throw new AppError('member-unavailable');
}

/**
 * For a message: a thread outside a contract (an application, an offer, an inquiry) is
 * closed between two members who blocked each other; a contract's thread never is.
 */
export async function assertThreadOpen(trx: Db, threadId: string, senderId: string): Promise<void> {
  const thread = await trx.selectFrom('threads').select('subject_type').where('id', '=', threadId).executeTakeFirst();
  if (!thread || !threadClosedByBlock(thread.subject_type)) return;
  const members = await trx.selectFrom('thread_members').select('user_id').where('thread_id', '=', threadId).execute();
  // A stranger to the thread is answered "not found" by the message's own check.
  if (!members.some((m) => m.user_id === senderId)) return;
  for (const m of members) await assertNotBlocked(trx, senderId, m.user_id);
}
