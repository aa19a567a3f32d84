// The Stripe adapter of the payment port: cards (stripe_card) and konbini (stripe_konbini).
//
// `collect` creates a PaymentIntent keyed by the deposit id (Stripe's idempotency key: a
// retried request gets the same intent) with the deposit id and kind in its metadata, and
// answers `awaiting`; only the webhook funds (stripe-events.ts → confirmDeposit).
//
// When: the port's callers ask the provider before they write the deposit, inside their
// transaction. That is safe here because nothing in `collect` takes money: a card intent
// waits for the client to confirm it with the client secret, and a konbini intent's
// payment numbers are only the means to pay — both reach the client in the response, so
// only after commit. If the transaction rolls back, the intent is never shown, a konbini
// intent lapses at its deadline, and an event for it finds no deposit and is only logged.
import { AppError } from '../../../domain/errors';
import type { Config } from '../../config';
import type { StripeSettings } from '../../config-stripe';
import type { ProviderDetails } from '../../db/schema';
import type { CollectInput, CollectResult, PaymentProvider, RefundInput, RefundResult } from './provider';
import { type StripeApi, type StripePaymentIntent, stripeClient } from './stripe-client';

const api = (settings: StripeSettings): StripeApi => settings.client ?? stripeClient(settings.secretKey);

/** Stripe cannot refund konbini payments: that money goes back by bank transfer. */
const KONBINI_REFUND = 'コンビニ決済の返金は銀行振込で行います。';

export function stripeProviders(config: Config): { stripe_card: PaymentProvider; stripe_konbini: PaymentProvider } {
  const settings = config.stripe;
  return {
    stripe_card: {
      method: 'stripe_card',
      available: settings !== null,
      collect: (input) => collectCard(need(settings), input),
      refundsThroughProvider: true,
      refund: (input) => refundThroughStripe(need(settings), input),
    },
    stripe_konbini: {
      method: 'stripe_konbini',
      available: settings?.konbini === true,
      collect: (input) => collectKonbini(need(settings), input),
      refundsThroughProvider: false,
      async refund() {
        return { status: 'failed', reason: KONBINI_REFUND };
      },
    },
  };
}

function need(settings: StripeSettings | null): StripeSettings {
  if (!settings) throw new AppError('payment-method-unavailable');
  return settings;
}

const metadataOf = (input: CollectInput) => ({ deposit_id: input.depositId, kind: input.kind, reference: input.reference });

async function createIntent(
  settings: StripeSettings,
  input: CollectInput,
  params: Omit<Parameters<StripeApi['paymentIntents']['create']>[0], 'amount' | 'currency' | 'metadata'>,
): Promise<StripePaymentIntent> {
  try {
    return await api(settings).paymentIntents.create(
      { amount: input.amount, currency: 'jpy', metadata: metadataOf(input), ...params },
      { idempotencyKey: input.depositId },
    );
  } catch (error) {
    // Stripe's own message stays in the server's log; the client gets the stable problem.
    const failure = new AppError('payment-provider-failed');
    failure.cause = error;
    throw failure;
  }
}

async function collectCard(settings: StripeSettings, input: CollectInput): Promise<CollectResult> {
  const intent = await createIntent(settings, input, {
    allowed_payment_method_types: ['card'],
    description: `よろず 仮払い ${input.reference}`,
  });
  if (!intent.client_secret) throw new AppError('payment-provider-failed');
  return {
    status: 'awaiting',
    instructions: 'カード決済: カード情報の入力後、決済サービスの確認で仮払いが完了します。',
    providerRef: intent.id,
    details: { clientSecret: intent.client_secret },
  };
}

async function collectKonbini(settings: StripeSettings, input: CollectInput): Promise<CollectResult> {
  if (!input.payer) throw new AppError('payment-method-unavailable');
  // Confirmed at once: Stripe then issues the payment numbers the client takes to the store.
  const intent = await createIntent(settings, input, {
    allowed_payment_method_types: ['konbini'],
    payment_method_data: { type: 'konbini', billing_details: { name: input.payer.name, email: input.payer.email } },
    payment_method_options: { konbini: { expires_after_days: settings.konbiniExpiryDays } },
    confirm: true,
    description: `よろず 仮払い ${input.reference}`,
  });
  const konbini = konbiniDetails(intent);
  if (!konbini) throw new AppError('payment-provider-failed');
  const expiresAt = new Date(konbini.expiresAt);
  return {
    status: 'awaiting',
    instructions: `コンビニ決済: ${formatJst(expiresAt)}までに、お支払い番号でコンビニのレジでお支払いください。`,
    providerRef: intent.id,
    details: { konbini },
    expiresAt,
  };
}

/** The payment numbers per chain and the deadline, from the intent's next action. */
export function konbiniDetails(intent: StripePaymentIntent): ProviderDetails['konbini'] | null {
  const shown = intent.next_action?.konbini_display_details;
  if (!shown) return null;
  const stores = Object.entries(shown.stores ?? {}).map(([chain, store]) => {
    const s = store as { confirmation_number?: string | null; payment_code?: string | null } | null;
    return { chain, confirmationNumber: s?.confirmation_number ?? null, paymentCode: s?.payment_code ?? null };
  });
  return { voucherUrl: shown.hosted_voucher_url, expiresAt: new Date(shown.expires_at * 1000).toISOString(), stores };
}

async function refundThroughStripe(settings: StripeSettings, input: RefundInput): Promise<RefundResult> {
  try {
    const refund = await api(settings).refunds.create(
      { payment_intent: input.providerRef, amount: input.amount, metadata: { refund_id: input.refundId } },
      { idempotencyKey: input.refundId },
    );
    if (refund.status === 'succeeded') return { status: 'sent', providerRef: refund.id };
    if (refund.status === 'failed' || refund.status === 'canceled')
      return { status: 'failed', reason: refund.failure_reason ?? refund.status };
    return { status: 'pending' };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

const jst = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function formatJst(date: Date): string {
  return jst.format(date);
}
