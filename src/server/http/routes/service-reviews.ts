// Reviews of services: a service's revealed buyer reviews with the seller's answers
// (public), and the seller's answer (返信) to one of them.
import { ReviewAnswer, ReviewAnswerBody, ServiceReviewsQuery, ServiceReviewsResult } from '../../../shared/api/service-reviews';
import type { Deps } from '../../deps';
import { answerReview } from '../../use-cases/reviews/answer-review';
import { listServiceReviews } from '../../use-cases/reviews/list-service-reviews';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentServiceReviews } from '../presenters/reviews';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['services'];

export function serviceReviewRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/services/:id/reviews',
    {
      config: { auth: 'optional' },
      schema: {
        tags,
        summary: "A service's revealed buyer reviews with the seller's answers, newest first",
        params: IdParams,
        querystring: ServiceReviewsQuery,
        response: { 200: ServiceReviewsResult },
      },
    },
    async (request) =>
      presentServiceReviews(
        await listServiceReviews(deps.db, {
          serviceId: uuidOr404(request.params.id),
          viewerId: request.auth?.user.id ?? null,
          page: request.query.page,
        }),
        negotiateLang(request.headers['accept-language']),
      ),
  );

  app.post(
    '/api/v1/reviews/:id/answer',
    {
      config: { screening: 'review.answer' },
      schema: {
        tags,
        summary: "Answer the buyer's review of an order once (返信, seller), after it is revealed",
        params: IdParams,
        body: ReviewAnswerBody,
        response: { 200: ReviewAnswer },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const answer = await answerReview(deps, {
        actorId: user.id,
        reviewId: uuidOr404(request.params.id),
        answer: request.body.answer,
      });
      return { text: answer.text, createdAt: answer.createdAt.toISOString() };
    },
  );
}
