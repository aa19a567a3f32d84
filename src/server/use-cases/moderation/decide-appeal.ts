// Staff decide an appeal: uphold the restriction or lift it, with a note. Never the staff
// member who restricted, never the restricted member themself (even if staff).
import { AppError } from '../../../domain/errors';
import { decideRefusal } from '../../../domain/moderation/restrictions';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { liftLocked, lockRestrictionForChange } from '../../moderation/lift';
import { notify } from '../../notifications/notify';

export async function decideAppeal(
  deps: Deps,
  input: { staffId: string; restrictionId: string; decision: 'upheld' | 'lifted'; note: string },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const r = await lockRestrictionForChange(trx, input.restrictionId);
    const refusal = decideRefusal(
      {
        userId: r.user_id,
        kind: r.kind,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        createdBy: r.created_by,
        liftedAt: r.lifted_at,
        appealedAt: r.appealed_at,
        appealDecidedAt: r.appeal_decided_at,
      },
      input.staffId,
    );
    if (refusal === 'own-restriction') throw new AppError('appeal-own-restriction');
    if (refusal === 'restricted-by-you') throw new AppError('appeal-restricted-by-you');
    if (refusal) throw new AppError('appeal-not-pending');
    await trx
      .updateTable('account_restrictions')
      .set({
        appeal_decision: input.decision,
        appeal_note: input.note,
        appeal_decided_by: input.staffId,
        appeal_decided_at: now,
      })
      .where('id', '=', r.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'restriction.appeal_decided',
      subjectType: 'user',
      subjectId: r.user_id,
      data: { restrictionId: r.id, decision: input.decision },
      now,
    });
    if (input.decision === 'lifted') {
      await liftLocked(trx, deps, r, { staffId: input.staffId, reason: input.note }, now);
      return;
    }
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: r.user_id,
        kind: 'restriction.appeal_upheld',
        params: { kind: r.kind, note: input.note },
        link: '/mypage/restrictions',
      },
      now,
    );
  });
}
