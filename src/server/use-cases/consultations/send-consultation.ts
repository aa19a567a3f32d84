// A member consults the desk (ハラスメント等の相談窓口): harassment, the terms of a deal or
// anything else, optionally about one of their contracts. Confidential: nothing is
// written where the other party of the contract could see it (no contract event, no
// notice, no message); only the member and staff read it.
import { AppError } from '../../../domain/errors';
import type { SendConsultationBody } from '../../../shared/api/consultations';
import { recordAudit } from '../../db/repositories/audit';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';

export interface SendConsultationInput extends SendConsultationBody {
  memberId: string;
}

export async function sendConsultation(deps: Deps, input: SendConsultationInput): Promise<string> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    const contractId = input.contractId ?? null;
    if (contractId) {
      const contract = await trx
        .selectFrom('contracts')
        .select('id')
        .where('id', '=', contractId)
        .where((eb) => eb.or([eb('client_id', '=', input.memberId), eb('worker_id', '=', input.memberId)]))
        .executeTakeFirst();
      // Another member's contract is answered as one that does not exist.
      if (!contract) throw new AppError('consultation-contract-unknown');
    }
    const row = await trx
      .insertInto('consultations')
      .values({
        member_id: input.memberId,
        category: input.category,
        description: input.description,
        contract_id: contractId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Staff's trail names the category only: the content stays in the consultation.
    await recordAudit(trx, {
      actorUserId: input.memberId,
      action: 'consultation.sent',
      subjectType: 'consultation',
      subjectId: row.id,
      data: { category: input.category },
      now,
    });
    return row.id;
  });
}
