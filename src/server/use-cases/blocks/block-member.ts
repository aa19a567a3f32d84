// ブロックする: a member blocks another, by username or id. Silent (the other is told
// nothing), idempotent (blocking twice is once), and mutual in effect. Under the pair lock,
// exclusive, so an application, offer, message, quote or order between the two either
// committed before (and is ended here, as the blocker would have answered it) or waits and
// is refused. Live contracts and orders are left alone.
import { blockRefusal } from '../../../domain/blocks/blocks';
import { AppError } from '../../../domain/errors';
import { endPendingBetween } from '../../blocks/end-pending';
import { blockGuards } from '../../blocks/guard';
import { lockActiveAccount } from '../../db/account-lock';
import { recordAudit } from '../../db/repositories/audit';
import { lockMemberPair } from '../../db/repositories/locks';
import type { Deps } from '../../deps';

export interface BlockMemberInput {
  userId: string;
  target: { username: string } | { userId: string };
}

export async function blockMember(deps: Deps, input: BlockMemberInput): Promise<{ blockedId: string }> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    await lockActiveAccount(trx, input.userId);
    let query = trx.selectFrom('users').select(['id', 'status', 'staff_role']);
    query =
      'username' in input.target
        ? query.where('username', '=', input.target.username.toLowerCase())
        : query.where('id', '=', input.target.userId);
    const row = await query.executeTakeFirst();
    const target = row && { id: row.id, status: row.status, staffRole: row.staff_role };
    const refusal = blockRefusal(input.userId, target);
    if (refusal || !target) throw new AppError(refusal ?? 'not-found');
    await lockMemberPair(trx, input.userId, target.id, 'exclusive', blockGuards.enabled);
    const added = await trx
      .insertInto('member_blocks')
      .values({ blocker_id: input.userId, blocked_id: target.id, created_at: now })
      .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
      .returning('blocked_id')
      .executeTakeFirst();
    if (!added) return { blockedId: target.id };
    await endPendingBetween(trx, deps, input.userId, target.id, now);
    // The subject is the blocker: the blocked member's own records never name the block.
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: 'member.blocked',
      subjectType: 'user',
      subjectId: input.userId,
      data: { blockedId: target.id },
      now,
    });
    return { blockedId: target.id };
  });
}
