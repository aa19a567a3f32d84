// A seller's answer (返信) to the buyer's review of an order of their service: once, only
// after the review is revealed (so the answer never shapes the buyer's review), never edited.

export const REVIEW_ANSWER_MAX = 1000;

export type AnswerRefusal = 'review-answer-not-seller' | 'review-answer-not-revealed' | 'review-answer-exists';

export interface AnswerableReview {
  /** The review's contract carries a service order (取引). */
  serviceOrder: boolean;
  reviewerRole: 'client' | 'worker';
  revieweeId: string;
  revealed: boolean;
  answered: boolean;
}

/** Why `actorId` may not answer the review now, or null when they may. */
export function answerRefusal(review: AnswerableReview, actorId: string): AnswerRefusal | null {
  // Only the buyer's review of an order is a review of the service, and only its seller answers it.
  if (!review.serviceOrder || review.reviewerRole !== 'client' || review.revieweeId !== actorId)
    return 'review-answer-not-seller';
  if (!review.revealed) return 'review-answer-not-revealed';
  if (review.answered) return 'review-answer-exists';
  return null;
}

export function mayAnswer(review: AnswerableReview, actorId: string): boolean {
  return answerRefusal(review, actorId) === null;
}
