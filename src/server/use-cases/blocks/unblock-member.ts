// ブロックを解除する: the two may deal again. Unblocking one who is not blocked is the same
// as unblocking them (the answer never says whether a block existed for someone else's id).
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';

export interface UnblockMemberInput {
  userId: string;
  blockedId: string;
}

export async function unblockMember(deps: Deps, input: UnblockMemberInput): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('member_blocks')
      .where('blocker_id', '=', input.userId)
      .where('blocked_id', '=', input.blockedId)
      .returning('blocked_id')
      .executeTakeFirst();
    if (!removed) return;
    await recordAudit(trx, {
      actorUserId: input.userId,
      action: 'member.unblocked',
      subjectType: 'user',
      subjectId: input.userId,
      data: { blockedId: input.blockedId },
      now,
    });
  });
}
