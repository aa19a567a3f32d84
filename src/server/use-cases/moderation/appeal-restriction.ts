// The restricted member appeals (異議申し立て): once per restriction, within 14 days of its
// start, while it is in force. Staff other than the one who restricted decide it.
import { AppError } from '../../../domain/errors';
import { appealRefusal } from '../../../domain/moderation/restrictions';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { lockRestrictionRow } from '../../moderation/rows';

export async function appealRestriction(
  deps: Deps,
  input: { memberId: string; restrictionId: string; text: string },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const r = await lockRestrictionRow(trx, input.restrictionId);
    if (!r || r.user_id !== input.memberId) throw new AppError('not-found');
    const refusal = appealRefusal(
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
      input.memberId,
      now,
    );
    if (refusal === 'already-appealed') throw new AppError('appeal-already-made');
    if (refusal === 'not-active') throw new AppError('restriction-not-active');
    if (refusal === 'appeal-window-closed') throw new AppError('appeal-window-closed');
    await trx
      .updateTable('account_restrictions')
      .set({ appeal_text: input.text, appealed_at: now })
      .where('id', '=', r.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: input.memberId,
      action: 'restriction.appealed',
      subjectType: 'user',
      subjectId: r.user_id,
      data: { restrictionId: r.id },
      now,
    });
  });
}
