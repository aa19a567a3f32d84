// The Stripe settings (card and konbini payments). Cards and konbini are offered only when
// all three keys are set; a half-configured deployment stops at start with a message that
// names what is missing. The development card is separate and never runs in production.
import { z } from 'zod';
import type { StripeApi } from './integrations/payments/stripe-client';

export interface StripeSettings {
  /** sk_live_… / sk_test_… (or a restricted key with PaymentIntents and Refunds write). */
  secretKey: string;
  /** whsec_…: the signing secret of the webhook endpoint. */
  webhookSecret: string;
  /** pk_live_… / pk_test_…: given to the web app. */
  publishableKey: string;
  /** Offer konbini (Stripe must have it enabled for the account). */
  konbini: boolean;
  /** Days a konbini payment can be made (1–60). */
  konbiniExpiryDays: number;
  /** The Stripe API; tests pass a fake, otherwise a client is made from `secretKey`. */
  client?: StripeApi;
}

export const STRIPE_ENV_NAMES = [
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_PUBLISHABLE_KEY',
  'STRIPE_KONBINI',
  'STRIPE_KONBINI_EXPIRY_DAYS',
] as const;

const Env = z.object({
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(live|test)_\w+$/, 'expected sk_live_…, sk_test_… or a restricted key rk_…')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, 'expected whsec_…')
    .optional(),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(live|test)_\w+$/, 'expected pk_live_… or pk_test_…')
    .optional(),
  STRIPE_KONBINI: z.enum(['true', 'false']).default('true'),
  STRIPE_KONBINI_EXPIRY_DAYS: z.coerce.number().int().min(1).max(60).default(3),
});

/** Null when Stripe is not configured; throws `Failure` naming the variables otherwise. */
export function loadStripe(
  env: NodeJS.ProcessEnv,
  mode: 'development' | 'production' | 'test',
  Failure: new (message: string) => Error,
): StripeSettings | null {
  const blankless = Object.fromEntries(STRIPE_ENV_NAMES.map((k) => [k, env[k]?.trim() || undefined]));
  const parsed = Env.safeParse(blankless);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Failure(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const keys = {
    STRIPE_SECRET_KEY: e.STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: e.STRIPE_WEBHOOK_SECRET,
    STRIPE_PUBLISHABLE_KEY: e.STRIPE_PUBLISHABLE_KEY,
  };
  const missing = Object.entries(keys)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length === 3) return null;
  if (missing.length > 0) throw new Failure(`Stripe is half configured: set ${missing.join(', ')} too (or none of the three).`);
  if (mode === 'production' && /^(sk|rk)_test_/.test(e.STRIPE_SECRET_KEY ?? ''))
    throw new Failure('STRIPE_SECRET_KEY is a test key: production takes real payments with a live key.');
  return {
    secretKey: e.STRIPE_SECRET_KEY ?? '',
    webhookSecret: e.STRIPE_WEBHOOK_SECRET ?? '',
    publishableKey: e.STRIPE_PUBLISHABLE_KEY ?? '',
    konbini: e.STRIPE_KONBINI === 'true',
    konbiniExpiryDays: e.STRIPE_KONBINI_EXPIRY_DAYS,
  };
}
