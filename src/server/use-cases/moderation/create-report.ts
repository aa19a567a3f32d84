// A member reports a member, posting, service, message or review (通報): the content is
// snapshotted now, so removing or erasing it later keeps the evidence. One open report
// per reporter and target; nobody reports themself.
import { AppError } from '../../../domain/errors';
import type { CreateReportBody } from '../../../shared/api/moderation';
import { recordAudit } from '../../db/repositories/audit';
import type { Deps } from '../../deps';
import { resolveTarget } from '../../moderation/targets';

export async function createReport(deps: Deps, input: CreateReportBody & { reporterId: string }): Promise<string> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const target = await resolveTarget(trx, input.targetKind, input.targetId, input.reporterId, now);
    if (target.userId === input.reporterId) throw new AppError('report-self');
    const row = await trx
      .insertInto('reports')
      .values({
        reporter_id: input.reporterId,
        target_kind: input.targetKind,
        target_id: target.id,
        target_user_id: target.userId,
        reason: input.reason,
        note: input.note,
        snapshot: JSON.stringify(target.snapshot),
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['reporter_id', 'target_kind', 'target_id']).where('status', '=', 'open').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError('report-already-open');
    await recordAudit(trx, {
      actorUserId: input.reporterId,
      action: 'report.created',
      subjectType: 'report',
      subjectId: row.id,
      data: { targetKind: input.targetKind, reason: input.reason },
      now,
    });
    return row.id;
  });
}
