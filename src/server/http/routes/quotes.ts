// Quotes (見積り・カスタマイズ相談): asking about a service, the inquiry with its quotes,
// sending and withdrawing a quote, and buying one (the preview and the purchase).
import { Ok } from '../../../shared/api/accounts';
import { Order } from '../../../shared/api/orders';
import { Inquiry, InquiryBody, InquiryStarted, QuoteBody, QuotePreview, QuotePurchaseBody } from '../../../shared/api/quotes';
import type { Deps } from '../../deps';
import { getOrder } from '../../use-cases/orders/get-order';
import { getInquiry } from '../../use-cases/quotes/get-inquiry';
import { placeQuoteOrder } from '../../use-cases/quotes/place-quote-order';
import { previewQuoteOrder } from '../../use-cases/quotes/preview-quote-order';
import { sendQuote } from '../../use-cases/quotes/send-quote';
import { startInquiry } from '../../use-cases/quotes/start-inquiry';
import { withdrawQuote } from '../../use-cases/quotes/withdraw-quote';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentInquiry } from '../presenters/quotes';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['quotes'];

export function quoteRoutes(app: App, deps: Deps) {
  inquiryRoutes(app, deps);
  quoteActionRoutes(app, deps);
  quotePurchaseRoutes(app, deps);
}

/** Asking about a service, and reading the inquiry. */
function inquiryRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/services/:id/inquiries',
    {
      config: { screening: 'inquiry' },
      schema: {
        tags,
        summary: 'Ask the seller about a service (見積り相談) with a first message; again: the same thread',
        params: IdParams,
        body: InquiryBody,
        response: { 201: InquiryStarted },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const started = await startInquiry(deps, {
        buyerId: user.id,
        serviceId: uuidOr404(request.params.id),
        message: request.body.message,
      });
      return reply.code(201).send(started);
    },
  );

  app.get(
    '/api/v1/inquiries/:id',
    {
      schema: {
        tags,
        summary: 'An inquiry with its quotes (its buyer and seller only)',
        params: IdParams,
        response: { 200: Inquiry },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const data = await getInquiry(deps, { viewerId: user.id, inquiryId: uuidOr404(request.params.id) });
      return presentInquiry(data, negotiateLang(request.headers['accept-language']));
    },
  );
}

/** The seller sends a quote in an inquiry, or withdraws one not yet bought. */
function quoteActionRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/inquiries/:id/quotes',
    {
      config: { screening: 'quote' },
      schema: {
        tags,
        summary: 'Send a quote (seller): price tax included, days, revisions, what is included, valid until',
        params: IdParams,
        body: QuoteBody,
        response: { 201: Inquiry },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const inquiryId = uuidOr404(request.params.id);
      await sendQuote(deps, { sellerId: user.id, inquiryId, ...request.body });
      const data = await getInquiry(deps, { viewerId: user.id, inquiryId });
      return reply.code(201).send(presentInquiry(data, negotiateLang(request.headers['accept-language'])));
    },
  );

  app.post(
    '/api/v1/quotes/:id/withdraw',
    { schema: { tags, summary: 'Withdraw a quote not yet bought (seller)', params: IdParams, response: { 200: Ok } } },
    async (request) => {
      const { user } = requireAuth(request);
      await withdrawQuote(deps, { sellerId: user.id, quoteId: uuidOr404(request.params.id) });
      return { ok: true as const };
    },
  );
}

/** Buying a quote: the preview with every yen, and the purchase. */
function quotePurchaseRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/quotes/:id/order-preview',
    {
      schema: {
        tags,
        summary: 'Every yen and the delivery date of a quote, before buying it (buyer)',
        params: IdParams,
        response: { 200: QuotePreview },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return previewQuoteOrder(deps, { buyerId: user.id, quoteId: uuidOr404(request.params.id) });
    },
  );

  app.post(
    '/api/v1/quotes/:id/orders',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: 'Buy a quote: pays into escrow and makes the order on its terms; Idempotency-Key',
        params: IdParams,
        body: QuotePurchaseBody,
        response: { 201: Order },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const quoteId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        const { orderId } = await placeQuoteOrder(d, { buyerId: user.id, quoteId, ...request.body });
        return { status: 201, body: await getOrder(d, { viewerId: user.id, orderId }) };
      });
    },
  );
}
