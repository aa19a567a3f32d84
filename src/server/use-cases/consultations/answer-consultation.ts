// Staff move a consultation on (open → in progress → closed) and answer the member. The
// member is told there is an answer (never the other party of the contract it names);
// the notice and mail carry no content. Compare-and-set on the status read, so two staff
// answering at once do not overwrite each other unseen.
import { consultationUpdateRefusal } from '../../../domain/consultations/consultation';
import { AppError } from '../../../domain/errors';
import type { AnswerConsultationBody } from '../../../shared/api/consultations';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { readConsultationForStaff } from './get-consultation';

export interface AnswerConsultationInput extends AnswerConsultationBody {
  staffId: string;
  consultationId: string;
}

export async function answerConsultation(deps: Deps, input: AnswerConsultationInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    const row = await readConsultationForStaff(trx, input.staffId, input.consultationId);
    const answer = input.answer?.trim() ? input.answer.trim() : null;
    const refusal = consultationUpdateRefusal(row.status, input.status, answer);
    if (refusal) throw new AppError(refusal);
    const updated = await trx
      .updateTable('consultations')
      .set({
        status: input.status,
        updated_at: now,
        ...(answer ? { answer, answered_by: input.staffId, answered_at: now } : {}),
      })
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .where('updated_at', '=', row.updated_at)
      .returning('id')
      .executeTakeFirst();
    // Someone else changed it meanwhile: read it again before answering.
    if (!updated) throw new AppError('consultation-changed');
    await recordAudit(trx, {
      actorUserId: input.staffId,
      action: 'consultation.updated',
      subjectType: 'consultation',
      subjectId: row.id,
      data: { from: row.status, to: input.status, answered: answer !== null },
      now,
    });
    if (answer) {
      await notify(
        trx,
        deps.config.publicUrl,
        { userId: row.member_id, kind: 'consultation.answered', params: {}, link: '/mypage/consultations' },
        now,
      );
    }
  });
}
