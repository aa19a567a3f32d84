// Staff lift a restriction in force, with a reason; the member is told.
import { AppError } from '../../../domain/errors';
import { restrictionState } from '../../../domain/moderation/restrictions';
import { isConflicted } from '../../../domain/policies/staff';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { liftLocked, lockRestrictionForChange } from '../../moderation/lift';

export async function liftRestriction(
  deps: Deps,
  input: { staffId: string; restrictionId: string; reason: string },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const r = await lockRestrictionForChange(trx, input.restrictionId);
    if (isConflicted(input.staffId, [r.user_id])) throw new AppError('staff-conflict-of-interest');
    if (restrictionState({ liftedAt: r.lifted_at, endsAt: r.ends_at }, now) !== 'active')
      throw new AppError('restriction-not-active');
    await liftLocked(trx, deps, r, { staffId: input.staffId, reason: input.reason }, now);
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'restriction.lifted',
      subjectType: 'user',
      subjectId: r.user_id,
      data: { restrictionId: r.id },
      now,
    });
  });
}
