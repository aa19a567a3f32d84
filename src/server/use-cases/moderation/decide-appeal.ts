// Staff decide an appeal: uphold the restriction or lift it, with a note. Never the staff
// member who restricted, never the restricted member themself (even if staff).
import { AppError } from '../../../domain/errors';
import { decideRefusal } from '../../../domain/moderation/restrictions';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { lockMemberForRestriction } from '../../moderation/restrictions';
import { lockRestrictionRow } from '../../moderation/rows';
import { notify } from '../../notifications/notify';
import { cancelTask } from '../../queue/queue';

export async function decideAppeal(
  deps: Deps,
  input: { staffId: string; restrictionId: string; decision: 'upheld' | 'lifted'; note: string },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const peek = await trx
      .selectFrom('account_restrictions')
      .select('user_id')
      .where('id', '=', input.restrictionId)
      .executeTakeFirst();
    if (!peek) throw new AppError('not-found');
    await lockMemberForRestriction(trx, peek.user_id);
    const r = await lockRestrictionRow(trx, input.restrictionId);
    if (!r) throw new AppError('not-found');
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
    const lift = input.decision === 'lifted' && !r.lifted_at;
    await trx
      .updateTable('account_restrictions')
      .set({
        appeal_decision: input.decision,
        appeal_note: input.note,
        appeal_decided_by: input.staffId,
        appeal_decided_at: now,
        ...(lift ? { lifted_at: now, lifted_by: input.staffId, lift_reason: input.note } : {}),
      })
      .where('id', '=', r.id)
      .execute();
    if (lift) await cancelTask(trx, `restriction.end:${r.id}`, now);
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'restriction.appeal_decided',
      subjectType: 'user',
      subjectId: r.user_id,
      data: { restrictionId: r.id, decision: input.decision },
      now,
    });
    await notify(
      trx,
      deps.config.publicUrl,
      input.decision === 'lifted'
        ? {
            userId: r.user_id,
            kind: 'restriction.lifted',
            params: { kind: r.kind, reason: input.note },
            link: '/mypage/restrictions',
          }
        : {
            userId: r.user_id,
            kind: 'restriction.appeal_upheld',
            params: { kind: r.kind, note: input.note },
            link: '/mypage/restrictions',
          },
      now,
    );
  });
}
