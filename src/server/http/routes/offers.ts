// Offers (スカウト / 直接依頼).
import { Offer, OfferBody, OfferDeclineBody, OfferList } from '../../../shared/api/applications';
import type { Deps } from '../../deps';
import { decideOffer } from '../../use-cases/offers/decide-offer';
import { getOffer } from '../../use-cases/offers/get-offer';
import { listMyOffers } from '../../use-cases/offers/list-my-offers';
import { sendOffer } from '../../use-cases/offers/send-offer';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentOffer } from '../presenters/offers';
import { negotiateLang } from '../problem';
import type { App } from './types';

export function offerRoutes(app: App, deps: Deps) {
  const tags = ['offers'];
  const one = async (viewerId: string, offerId: string, acceptLanguage: string | undefined) =>
    presentOffer(await getOffer(deps.db, { viewerId, offerId }), negotiateLang(acceptLanguage), viewerId);

  app.post(
    '/api/v1/jobs/:id/offers',
    {
      config: { screening: 'offer' },
      schema: { tags, summary: 'Invite a worker to my open job', params: IdParams, body: OfferBody, response: { 201: Offer } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = await sendOffer(deps, { clientId: user.id, jobId: uuidOr404(request.params.id), ...request.body });
      return reply.code(201).send(await one(user.id, id, request.headers['accept-language']));
    },
  );

  app.get(
    '/api/v1/me/offers',
    { schema: { tags, summary: 'Offers I received and sent', response: { 200: OfferList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const lang = negotiateLang(request.headers['accept-language']);
      const { received, sent } = await listMyOffers(deps.db, user.id);
      return {
        received: received.map((o) => presentOffer(o, lang, user.id)),
        sent: sent.map((o) => presentOffer(o, lang, user.id)),
      };
    },
  );

  app.get(
    '/api/v1/offers/:id',
    { schema: { tags, summary: 'One offer (its worker or client)', params: IdParams, response: { 200: Offer } } },
    async (request) => {
      const { user } = requireAuth(request);
      return one(user.id, uuidOr404(request.params.id), request.headers['accept-language']);
    },
  );

  for (const action of ['accept', 'cancel'] as const) {
    app.post(
      `/api/v1/offers/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'accept' ? 'Accept the offer (worker)' : 'Cancel the offer (client)',
          params: IdParams,
          response: { 200: Offer },
        },
      },
      async (request) => {
        const { user } = requireAuth(request);
        const offerId = uuidOr404(request.params.id);
        await decideOffer(deps, { actorId: user.id, offerId, action });
        return one(user.id, offerId, request.headers['accept-language']);
      },
    );
  }

  app.post(
    '/api/v1/offers/:id/decline',
    {
      schema: { tags, summary: 'Decline the offer (worker)', params: IdParams, body: OfferDeclineBody, response: { 200: Offer } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const offerId = uuidOr404(request.params.id);
      await decideOffer(deps, { actorId: user.id, offerId, action: 'decline', reason: request.body.reason });
      return one(user.id, offerId, request.headers['accept-language']);
    },
  );
}
