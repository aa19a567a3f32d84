import { describe, expect, it } from 'vitest';
import { type AnswerableReview, answerRefusal, mayAnswer } from './answers';

const seller = 'seller-1';
const buyerReview: AnswerableReview = {
  serviceOrder: true,
  reviewerRole: 'client',
  revieweeId: seller,
  revealed: true,
  answered: false,
};

describe('answering a review of a service', () => {
  it('lets the seller answer the revealed buyer review once', () => {
    expect(answerRefusal(buyerReview, seller)).toBeNull();
    expect(mayAnswer(buyerReview, seller)).toBe(true);
  });

  it('refuses a second answer', () => {
    expect(answerRefusal({ ...buyerReview, answered: true }, seller)).toBe('review-answer-exists');
  });

  it('refuses before the reviews are revealed', () => {
    expect(answerRefusal({ ...buyerReview, revealed: false }, seller)).toBe('review-answer-not-revealed');
  });

  it('refuses anyone but the seller, even before reveal', () => {
    expect(answerRefusal(buyerReview, 'buyer-1')).toBe('review-answer-not-seller');
    expect(answerRefusal({ ...buyerReview, revealed: false }, 'stranger')).toBe('review-answer-not-seller');
  });

  it('has no answer to the seller’s review of the buyer, nor to reviews of job contracts', () => {
    expect(answerRefusal({ ...buyerReview, reviewerRole: 'worker' }, seller)).toBe('review-answer-not-seller');
    expect(answerRefusal({ ...buyerReview, serviceOrder: false }, seller)).toBe('review-answer-not-seller');
  });
});
