// Reviews (評価) both ways after a contract ends, revealed together: when both have
// written theirs, or when the review period after the end has passed.

import { AppError } from '../../../domain/errors';
import type { ReviewScores } from '../../../domain/reviews/reviews';
import { authorizeContractAction, lockContract, recordEvent } from '../../contracts/core';
import { isUniqueViolation } from '../../db/errors';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';
import { revealIn } from '../../reviews/reveal';

export interface WriteReviewInput {
  actorId: string;
  contractId: string;
  scores: ReviewScores;
  comment: string;
}

export async function writeReview(deps: Deps, input: WriteReviewInput): Promise<void> {
  const now = deps.clock();
  try {
    await inTransaction(deps.db, async (trx) => {
      const locked = await lockContract(trx, input.contractId);
      const { contract, role } = authorizeContractAction(locked, input.actorId, 'review');
      const other = role === 'client' ? contract.worker_id : contract.client_id;
      await trx
        .insertInto('reviews')
        .values({
          contract_id: contract.id,
          reviewer_id: input.actorId,
          reviewee_id: other,
          reviewer_role: role,
          skill: input.scores.skill,
          quality: input.scores.quality,
          schedule: input.scores.schedule,
          communication: input.scores.communication,
          partnership: input.scores.partnership,
          comment: input.comment,
          created_at: now,
        })
        .execute();
      await recordEvent(trx, { contractId: contract.id, action: 'review.write', actorRole: role, actorId: input.actorId }, now);
      const written = await trx
        .selectFrom('reviews')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('contract_id', '=', contract.id)
        .executeTakeFirstOrThrow();
      if (Number(written.n) >= 2) {
        await revealIn(trx, deps, contract.id, now);
      } else {
        await notify(
          trx,
          deps.config.publicUrl,
          {
            userId: other,
            kind: 'review.waiting',
            params: { title: contract.title },
            link: `/contracts/${contract.id}`,
          },
          now,
        );
      }
    });
  } catch (error) {
    if (isUniqueViolation(error, 'reviews_once_key')) throw new AppError('review-exists');
    throw error;
  }
}
