// The payment provider's webhook: Stripe posts its events here. No session and no CSRF
// token: the Stripe-Signature header over the raw body proves the sender, and a body whose
// signature does not verify is refused (400) before anything is read from it. Each event is
// applied once (apply-stripe-event.ts); a redelivery is answered 200 and changes nothing.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../domain/errors';
import type { Deps } from '../../deps';
import { verifiedStripeEvent } from '../../integrations/payments/stripe-client';
import { applyStripeEvent } from '../../use-cases/payments/apply-stripe-event';
import type { App } from './types';

/** Stripe's events are small; a larger body is not one of them. */
const WEBHOOK_BODY_LIMIT = 512 * 1024;

export async function paymentRoutes(app: App, deps: Deps): Promise<void> {
  // Its own context, so the raw-body parser applies to this route only.
  await app.register(async (app: FastifyInstance) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
    app.post(
      '/api/v1/payments/stripe/webhook',
      {
        // Stripe retries and bursts; its deliveries must not be throttled like a member's writes.
        config: { auth: 'public', csrf: false, rateLimit: { max: 10_000, timeWindow: '1 minute' } },
        schema: { hide: true },
      },
      async (request, reply) => {
        const settings = deps.config.stripe;
        if (!settings) throw new AppError('not-found');
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const header = request.headers['stripe-signature'];
        const event = verifiedStripeEvent(raw, typeof header === 'string' ? header : undefined, settings.webhookSecret);
        if (!event) throw new AppError('webhook-signature-invalid');
        const result = await applyStripeEvent(deps, event);
        const log = { eventId: event.id, type: event.type, ...result };
        if (result.outcome === 'unknown_deposit' || result.outcome === 'refused')
          request.log.warn(log, 'payment event not applied');
        else request.log.info(log, 'payment event');
        return reply.code(200).send({ received: true, outcome: result.outcome, ...(result.code ? { code: result.code } : {}) });
      },
    );
  });
}
