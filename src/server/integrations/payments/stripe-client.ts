// The part of the Stripe API the adapter uses, so tests can hand it a fake (no network in
// tests), and the one real client per secret key.
import Stripe from 'stripe';

export type StripeEvent = Stripe.Event;
export type StripePaymentIntent = Stripe.PaymentIntent;

export interface StripeApi {
  paymentIntents: {
    create(params: Stripe.PaymentIntentCreateParams, options: Stripe.RequestOptions): Promise<Stripe.PaymentIntent>;
  };
  refunds: {
    create(params: Stripe.RefundCreateParams, options: Stripe.RequestOptions): Promise<Stripe.Refund>;
  };
}

const clients = new Map<string, StripeApi>();

/** The real client for `secretKey`, made once (it keeps its own connection pool). */
export function stripeClient(secretKey: string): StripeApi {
  let client = clients.get(secretKey);
  if (!client) {
    client = new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 20_000 });
    clients.set(secretKey, client);
  }
  return client;
}

/**
 * The event in `rawBody` if its Stripe-Signature header verifies against `secret` (and is
 * recent: five minutes, Stripe's default tolerance); null otherwise.
 */
export function verifiedStripeEvent(rawBody: Buffer, signature: string | undefined, secret: string): Stripe.Event | null {
  if (!signature) return null;
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return null;
  }
}

/** Signs a payload as Stripe does (tests and the development simulator). */
export function signStripePayload(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}
