// Staff lift a restriction in force, with a reason; the member is told.
import { AppError } from '../../../domain/errors';
import { restrictionState } from '../../../domain/moderation/restrictions';
import { isConflicted } from '../../../domain/policies/staff';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { lockMemberForRestriction } from '../../moderation/restrictions';
import { lockRestrictionRow } from '../../moderation/rows';
import { notify } from '../../notifications/notify';
import { cancelTask } from '../../queue/queue';

export async function liftRestriction(
  deps: Deps,
  input: { staffId: string; restrictionId: string; reason: string },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const peek = await trx
      .selectFrom('account_restrictions')
      .select('user_id')
      .where('id', '=', input.restrictionId)
      .executeTakeFirst();
    if (!peek) throw new AppError('not-found');
    // The member's row first, as restricting takes it: one lock order.
    await lockMemberForRestriction(trx, peek.user_id);
    const r = await lockRestrictionRow(trx, input.restrictionId);
    if (!r) throw new AppError('not-found');
    if (isConflicted(input.staffId, [r.user_id])) throw new AppError('staff-conflict-of-interest');
    if (restrictionState({ liftedAt: r.lifted_at, endsAt: r.ends_at }, now) !== 'active')
      throw new AppError('restriction-not-active');
    await trx
      .updateTable('account_restrictions')
      .set({ lifted_at: now, lifted_by: input.staffId, lift_reason: input.reason })
      .where('id', '=', r.id)
      .execute();
    await cancelTask(trx, `restriction.end:${r.id}`, now);
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'restriction.lifted',
      subjectType: 'user',
      subjectId: r.user_id,
      data: { restrictionId: r.id },
      now,
    });
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: r.user_id,
        kind: 'restriction.lifted',
        params: { kind: r.kind, reason: input.reason },
        link: '/mypage/restrictions',
      },
      now,
    );
  });
}
