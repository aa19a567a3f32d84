// Skill services (出品): search, the service page and its images, the fee preview, the
// seller's editor and status steps, My services and a member's services.
import { z } from 'zod';
import { serviceFees } from '../../../domain/money/fees';
import {
  MyServicesResult,
  ServiceDetail,
  ServiceFeePreview,
  ServiceFeePreviewQuery,
  ServiceInput,
  ServiceSearchQuery,
  ServiceSearchResult,
  ServiceStatusBody,
  UserServicesResult,
} from '../../../shared/api/services';
import { hasAnyBlock, searcherOf } from '../../blocks/filter';
import { TtlCache } from '../../cache/ttl-cache';
import type { Deps } from '../../deps';
import { changeServiceStatus } from '../../use-cases/services/change-service-status';
import { createService } from '../../use-cases/services/create-service';
import { getService } from '../../use-cases/services/get-service';
import { listMyServices } from '../../use-cases/services/list-my-services';
import { listUserServices } from '../../use-cases/services/list-user-services';
import { openServiceImage } from '../../use-cases/services/open-service-image';
import { PAGE_SIZE, searchServices } from '../../use-cases/services/search-services';
import { updateService } from '../../use-cases/services/update-service';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentMyServiceRow, presentServiceCard, presentServiceDetail } from '../presenters/services';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['services'];
const lang = (headers: { 'accept-language'?: string }) => negotiateLang(headers['accept-language']);

type ServiceView = (serviceId: string, viewerId: string | null, l: 'ja' | 'en') => Promise<ServiceDetail>;

export function serviceRoutes(app: App, deps: Deps) {
  const view: ServiceView = async (serviceId, viewerId, l) =>
    presentServiceDetail(await getService(deps.db, { serviceId, viewerId, now: deps.clock() }), viewerId, deps.config.fees, l);
  serviceReadRoutes(app, deps, view);
  serviceWriteRoutes(app, deps, view);
  sellerListRoutes(app, deps);
}

/** Search, one service, its images and the fee preview: public. */
function serviceReadRoutes(app: App, deps: Deps, view: ServiceView) {
  const searchCache = new TtlCache<Awaited<ReturnType<typeof searchServices>>>(deps.config.publicCacheSeconds * 1000, 500);

  app.get(
    '/api/v1/services',
    {
      config: { auth: 'optional' },
      schema: { tags, summary: 'Search services', querystring: ServiceSearchQuery, response: { 200: ServiceSearchResult } },
    },
    async (request) => {
      // A member with a block either way gets their own answer (never cached); others the public one.
      const searcher = searcherOf(request.auth);
      const result =
        searcher && (await hasAnyBlock(deps.db, searcher))
          ? await searchServices(deps.db, request.query, searcher, deps.clock())
          : await searchCache.getOrSet(JSON.stringify(request.query), () =>
              searchServices(deps.db, request.query, null, deps.clock()),
            );
      const l = lang(request.headers);
      return {
        ...result,
        items: result.items.map((s) => presentServiceCard(s, l)),
        page: request.query.page,
        pageSize: PAGE_SIZE,
      };
    },
  );

  app.get(
    '/api/v1/services/fee-preview',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'What the seller keeps and the buyer pays for a price (tax included)',
        querystring: ServiceFeePreviewQuery,
        response: { 200: ServiceFeePreview },
      },
    },
    async (request) => serviceFees(request.query.price, deps.config.fees),
  );

  app.get(
    '/api/v1/services/:id',
    {
      config: { auth: 'optional' },
      schema: { tags, summary: 'One service', params: IdParams, response: { 200: ServiceDetail } },
    },
    async (request) => view(uuidOr404(request.params.id), request.auth?.user.id ?? null, lang(request.headers)),
  );

  app.get(
    '/api/v1/services/:id/images/:imageId',
    {
      config: { auth: 'optional', produces: '*/*' },
      schema: {
        tags,
        summary: 'An image of a service',
        params: z.object({ id: z.string().max(100), imageId: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      const image = await openServiceImage(deps, {
        serviceId: uuidOr404(request.params.id),
        imageId: uuidOr404(request.params.imageId),
        viewerId: request.auth?.user.id ?? null,
      });
      return reply
        .type(image.contentType)
        .header('content-length', String(image.size))
        .header('content-disposition', 'inline')
        .header('content-security-policy', "sandbox; default-src 'none'")
        .send(image.stream);
    },
  );
}

/** The seller's editor and status steps. */
function serviceWriteRoutes(app: App, deps: Deps, view: ServiceView) {
  app.post(
    '/api/v1/services',
    {
      config: { screening: 'service.create' },
      schema: { tags, summary: 'Create a service (saved as a draft)', body: ServiceInput, response: { 201: ServiceDetail } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = await createService(deps, { sellerId: user.id, service: request.body });
      return reply.code(201).send(await view(id, user.id, lang(request.headers)));
    },
  );

  app.patch(
    '/api/v1/services/:id',
    {
      config: { screening: 'service.update' },
      schema: {
        tags,
        summary: 'Edit a service (the whole editable part, with the version loaded)',
        params: IdParams,
        body: ServiceInput,
        response: { 200: ServiceDetail },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const serviceId = uuidOr404(request.params.id);
      await updateService(deps, { sellerId: user.id, serviceId, service: request.body });
      return view(serviceId, user.id, lang(request.headers));
    },
  );

  app.post(
    '/api/v1/services/:id/status',
    {
      schema: {
        tags,
        summary: 'Publish, pause, resume or hide a service',
        params: IdParams,
        body: ServiceStatusBody,
        response: { 200: ServiceDetail },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const serviceId = uuidOr404(request.params.id);
      await changeServiceStatus(deps, { sellerId: user.id, serviceId, action: request.body.action });
      return view(serviceId, user.id, lang(request.headers));
    },
  );

  // 非公開にする without a body: the withdrawal page resolves a blocker by a plain POST.
  app.post(
    '/api/v1/services/:id/hide',
    { schema: { tags, summary: 'Hide a service (非公開にする)', params: IdParams, response: { 200: ServiceDetail } } },
    async (request) => {
      const { user } = requireAuth(request);
      const serviceId = uuidOr404(request.params.id);
      await changeServiceStatus(deps, { sellerId: user.id, serviceId, action: 'hide' });
      return view(serviceId, user.id, lang(request.headers));
    },
  );
}

/** My services (any status, with actions) and a member's public services. */
function sellerListRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/services',
    { schema: { tags, summary: 'My services (as a seller)', response: { 200: MyServicesResult } } },
    async (request) => {
      const { user } = requireAuth(request);
      const l = lang(request.headers);
      return { items: (await listMyServices(deps.db, { sellerId: user.id })).map((s) => presentMyServiceRow(s, l)) };
    },
  );

  app.get(
    '/api/v1/users/:username/services',
    {
      config: { auth: 'optional' },
      schema: {
        tags,
        summary: "A member's published services",
        params: z.object({ username: z.string().min(1).max(64) }),
        response: { 200: UserServicesResult },
      },
    },
    async (request) => {
      const l = lang(request.headers);
      return {
        items: (
          await listUserServices(deps.db, {
            username: request.params.username,
            viewerId: searcherOf(request.auth),
            now: deps.clock(),
          })
        ).map((s) => presentServiceCard(s, l)),
      };
    },
  );
}
