// Stripe without the network: a fake of the calls the adapter makes, the settings that
// turn card and konbini on with it, and recorded event payloads (test/fixtures/stripe)
// signed as Stripe signs them, posted to the webhook.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { StripeSettings } from '../src/server/config-stripe';
import type { StripeApi, StripeEvent, StripePaymentIntent } from '../src/server/integrations/payments/stripe-client';
import { signStripePayload } from '../src/server/integrations/payments/stripe-client';

export const WEBHOOK_SECRET = 'whsec_test_fixture_secret';
const FIXTURES = join(import.meta.dirname, 'fixtures', 'stripe');

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as T;
}

type CreateCall = { params: Parameters<StripeApi['paymentIntents']['create']>[0]; idempotencyKey: string | undefined };
type RefundCall = { params: Parameters<StripeApi['refunds']['create']>[0]; idempotencyKey: string | undefined };

export interface FakeStripe extends StripeApi {
  intents: CreateCall[];
  refundCalls: RefundCall[];
  /** What the next refund answers. */
  refundStatus: 'succeeded' | 'pending' | 'failed';
  /** Makes every call fail as a network error would. */
  down: boolean;
}

/** Answers as Stripe does: one intent per idempotency key, konbini with its payment numbers. */
export function fakeStripe(): FakeStripe {
  const byKey = new Map<string, StripePaymentIntent>();
  const fake: FakeStripe = {
    intents: [],
    refundCalls: [],
    refundStatus: 'succeeded',
    down: false,
    paymentIntents: {
      async create(params, options) {
        if (fake.down) throw new Error('connect ECONNREFUSED');
        fake.intents.push({ params, idempotencyKey: options.idempotencyKey });
        const key = options.idempotencyKey ?? randomBytes(8).toString('hex');
        const known = byKey.get(key);
        if (known) return known;
        const id = `pi_test_${randomBytes(8).toString('hex')}`;
        const konbini = params.allowed_payment_method_types?.includes('konbini');
        const base = konbini ? fixture<StripePaymentIntent>('konbini_intent') : ({} as StripePaymentIntent);
        const intent = {
          ...base,
          id,
          object: 'payment_intent',
          amount: params.amount,
          currency: params.currency,
          client_secret: `${id}_secret_${randomBytes(6).toString('hex')}`,
          metadata: params.metadata ?? {},
          status: konbini ? 'requires_action' : 'requires_payment_method',
          payment_method_types: params.allowed_payment_method_types ?? ['card'],
        } as StripePaymentIntent;
        byKey.set(key, intent);
        return intent;
      },
    },
    refunds: {
      async create(params, options) {
        if (fake.down) throw new Error('connect ECONNREFUSED');
        fake.refundCalls.push({ params, idempotencyKey: options.idempotencyKey });
        return {
          id: `re_test_${randomBytes(6).toString('hex')}`,
          object: 'refund',
          amount: params.amount ?? 0,
          status: fake.refundStatus,
          failure_reason: fake.refundStatus === 'failed' ? 'expired_or_canceled_card' : undefined,
          payment_intent: params.payment_intent ?? null,
          metadata: params.metadata ?? {},
        } as Awaited<ReturnType<StripeApi['refunds']['create']>>;
      },
    },
  };
  return fake;
}

export function stripeSettings(client: StripeApi): StripeSettings {
  return {
    secretKey: 'sk_test_fixture',
    webhookSecret: WEBHOOK_SECRET,
    publishableKey: 'pk_test_fixture',
    konbini: true,
    konbiniExpiryDays: 3,
    client,
  };
}

/** A recorded event, pointed at `intent` (the id and the deposit its metadata names), with a fresh event id unless given. */
export function eventFor(
  name: string,
  intent: { id: string; depositId: string; amount?: number },
  eventId = `evt_test_${randomBytes(8).toString('hex')}`,
): StripeEvent {
  const event = fixture<StripeEvent & { data: { object: Record<string, unknown> } }>(name);
  const object = event.data.object;
  if (object.object === 'payment_intent') {
    object.id = intent.id;
    object.metadata = { ...(object.metadata as object), deposit_id: intent.depositId };
    if (intent.amount !== undefined) {
      object.amount = intent.amount;
      if (object.status === 'succeeded') object.amount_received = intent.amount;
    }
  } else if (object.object === 'charge') object.payment_intent = intent.id;
  return { ...event, id: eventId };
}

/** Posts the event to the webhook, signed with `secret` (or with the given header, or none). */
export function postEvent(
  app: FastifyInstance,
  event: StripeEvent | string,
  options: { secret?: string; signature?: string | null } = {},
) {
  const payload = typeof event === 'string' ? event : JSON.stringify(event);
  const signature =
    options.signature === undefined ? signStripePayload(payload, options.secret ?? WEBHOOK_SECRET) : options.signature;
  return app.inject({
    method: 'POST',
    url: '/api/v1/payments/stripe/webhook',
    payload,
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'stripe-signature': signature }) },
  });
}
