// Reviews of services: the buyer's review of an order, listed on the service page with the
// seller's answer (返信), and the seller's answer itself.
import { z } from 'zod';
import { REVIEW_ANSWER_MAX } from '../../domain/reviews/answers';
import { paragraph, typeError } from './fields';

export const ReviewAnswerBody = z.strictObject({
  answer: paragraph(REVIEW_ANSWER_MAX).refine((s) => s.length > 0, { error: 'required' }),
});
export type ReviewAnswerBody = z.infer<typeof ReviewAnswerBody>;

export const ReviewAnswer = z.object({ text: z.string(), createdAt: z.string() });
export type ReviewAnswer = z.infer<typeof ReviewAnswer>;

export const ServiceReview = z.object({
  id: z.string(),
  /** Mean of the five items, one decimal. */
  score: z.number(),
  skill: z.number().int(),
  quality: z.number().int(),
  schedule: z.number().int(),
  communication: z.number().int(),
  partnership: z.number().int(),
  comment: z.string(),
  /** The buyer's display name (退会済みユーザー once they left). */
  buyer: z.object({ displayName: z.string(), withdrawn: z.boolean() }),
  /** The package the order bought. */
  packageName: z.string(),
  createdAt: z.string(),
  answer: ReviewAnswer.nullable(),
});
export type ServiceReview = z.infer<typeof ServiceReview>;

export const ServiceReviewsQuery = z.strictObject({
  page: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(1000, { error: 'too-big' })
    .default(1),
});

export const ServiceReviewsResult = z.object({
  items: z.array(ServiceReview),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ServiceReviewsResult = z.infer<typeof ServiceReviewsResult>;
