// The seller's answer (返信) to the buyer's review of an order of their service: once,
// after the reviews are revealed, never edited.
import { AppError } from '../../../domain/errors';
import { answerRefusal } from '../../../domain/reviews/answers';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';

export interface AnswerReviewInput {
  actorId: string;
  reviewId: string;
  answer: string;
}

export async function answerReview(deps: Deps, input: AnswerReviewInput): Promise<{ text: string; createdAt: Date }> {
  const now = deps.clock();
  return inTransaction(deps.db, async (trx) => {
    // The review row locked: two answers sent at once are checked one after the other.
    const review = await trx
      .selectFrom('reviews as r')
      .innerJoin('contracts as k', 'k.id', 'r.contract_id')
      .select([
        'r.id',
        'r.reviewer_id',
        'r.reviewer_role',
        'r.reviewee_id',
        'r.answer',
        'k.id as contract_id',
        'k.title',
        'k.service_order_id',
        'k.reviews_revealed_at',
      ])
      .where('r.id', '=', input.reviewId)
      .forUpdate('r')
      .executeTakeFirst();
    if (!review) throw new AppError('not-found');
    const refusal = answerRefusal(
      {
        serviceOrder: review.service_order_id !== null,
        reviewerRole: review.reviewer_role,
        revieweeId: review.reviewee_id,
        revealed: review.reviews_revealed_at !== null,
        answered: review.answer !== null,
      },
      input.actorId,
    );
    if (refusal) throw new AppError(refusal);
    await trx
      .updateTable('reviews')
      .set({ answer: input.answer, answered_at: now })
      .where('id', '=', review.id)
      .where('answer', 'is', null)
      .execute();
    // The reviewer hears of it; the answer itself is read on the order's page.
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: review.reviewer_id,
        kind: 'review.answered',
        params: { title: review.title },
        link: `/contracts/${review.contract_id}`,
      },
      now,
    );
    return { text: input.answer, createdAt: now };
  });
}
