// The Stripe webhook through the API, without the network: a konbini payment is started
// (the fake Stripe answers with its payment numbers), then recorded events, signed as
// Stripe signs them, fund it once — whatever is replayed, forged or unknown.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { expectLedgerWhole, hiredContract } from '../../../../test/contracts';
import { eventFor, type FakeStripe, fakeStripe, postEvent, stripeSettings } from '../../../../test/stripe';

describe('Stripe webhook', () => {
  let t: TestApp;
  let stripe: FakeStripe;

  beforeAll(async () => {
    stripe = fakeStripe();
    t = await startTestApp({ stripe: stripeSettings(stripe) });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function startPayment(method: 'stripe_konbini' | 'stripe_card') {
    const c = await hiredContract(t);
    const res = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method });
    expect(res.statusCode, res.body).toBe(200);
    const deposit = await t.database.db
      .selectFrom('deposits')
      .selectAll()
      .where('milestone_id', '=', c.milestoneId)
      .executeTakeFirstOrThrow();
    return {
      c,
      contract: res.json(),
      deposit,
      intent: { id: deposit.provider_ref ?? '', depositId: deposit.id, amount: deposit.amount },
    };
  }

  const milestone = async (id: string) =>
    t.database.db.selectFrom('milestones').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
  const postings = async () => (await t.database.db.selectFrom('ledger_transactions').select('id').execute()).length;

  it('konbini: the intent is keyed by the deposit, the client sees the payment numbers, the worker does not', async () => {
    const { c, contract, deposit } = await startPayment('stripe_konbini');
    const call = stripe.intents.at(-1);
    expect(call?.idempotencyKey).toBe(deposit.id);
    expect(call?.params.metadata).toMatchObject({ deposit_id: deposit.id, kind: 'milestone' });
    expect(call?.params.amount).toBe(deposit.amount);
    expect(deposit.status).toBe('pending');
    const shown = contract.milestones[0].deposit;
    expect(shown.method).toBe('stripe_konbini');
    expect(shown.payment.konbini.stores[0].confirmationNumber).toBe('12345678901');
    expect(shown.payment.konbini.expiresAt).toBe(new Date(1765465199 * 1000).toISOString());
    const workerView = (await c.worker.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(workerView.milestones[0].deposit.payment).toBeNull();
  });

  it('a bad or missing signature is refused with 400 and applies nothing', async () => {
    const { c, intent } = await startPayment('stripe_konbini');
    const event = eventFor('payment_intent.succeeded', intent);
    for (const res of [
      await postEvent(t.app, event, { secret: 'whsec_someone_else' }),
      await postEvent(t.app, event, { signature: null }),
      await postEvent(t.app, event, { signature: 't=1,v1=deadbeef' }),
    ]) {
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('webhook-signature-invalid');
    }
    // A body changed after signing.
    const signed = JSON.stringify(event);
    const { signStripePayload } = await import('../../integrations/payments/stripe-client');
    const header = signStripePayload(signed, 'whsec_test_fixture_secret');
    const tampered = await postEvent(t.app, signed.replace(String(intent.amount), '1'), { signature: header });
    expect(tampered.statusCode).toBe(400);
    expect((await milestone(c.milestoneId)).status).toBe('unfunded');
    const stored = await t.database.db.selectFrom('payment_events').select('id').where('id', '=', event.id).execute();
    expect(stored).toEqual([]);
  });

  it('payment_intent.succeeded funds the milestone once; the replay answers 200 and applies nothing', async () => {
    const { c, intent } = await startPayment('stripe_konbini');
    const event = eventFor('payment_intent.succeeded', intent);
    const first = await postEvent(t.app, event);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json(), first.body).toMatchObject({ outcome: 'applied' });
    expect((await milestone(c.milestoneId)).status).toBe('funded');
    const after = await postings();
    const again = await postEvent(t.app, event);
    expect(again.statusCode).toBe(200);
    expect(again.json().outcome).toBe('replay');
    expect(await postings()).toBe(after);
    const view = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(view.milestones[0].status).toBe('funded');
    expect(view.milestones[0].deposit.status).toBe('confirmed');
    await expectLedgerWhole(t.database.db);
  });

  it('an unknown event type is answered 200 and ignored', async () => {
    const res = await postEvent(t.app, eventFor('customer.created', { id: 'x', depositId: randomUUID() }));
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toBe('ignored');
  });

  it('an event for an unknown deposit is answered 200, stored and applies nothing', async () => {
    const before = await postings();
    const event = eventFor('payment_intent.succeeded', { id: 'pi_test_unknown', depositId: randomUUID(), amount: 11_000 });
    const res = await postEvent(t.app, event);
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toBe('unknown_deposit');
    expect(await postings()).toBe(before);
    const row = await t.database.db.selectFrom('payment_events').selectAll().where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(row.outcome).toBe('unknown_deposit');
  });

  it('a declined card calls the deposit off with the reason the client sees, and they can pay again', async () => {
    const { c, intent } = await startPayment('stripe_card');
    expect(stripe.intents.at(-1)?.params.allowed_payment_method_types).toEqual(['card']);
    const res = await postEvent(t.app, eventFor('payment_intent.payment_failed', intent));
    expect(res.json().outcome).toBe('applied');
    const view = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(view.milestones[0].deposit).toBeNull();
    expect(view.milestones[0].paymentFailure).toMatchObject({ failure: 'card_declined', method: 'stripe_card' });
    expect(view.milestones[0].actions).toContain('fund');
    const again = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'bank_transfer' });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('a konbini payment not made in time (canceled) lapses as expired', async () => {
    const { c, intent } = await startPayment('stripe_konbini');
    await postEvent(t.app, eventFor('payment_intent.canceled', intent));
    const view = (await c.client.client.get(`/api/v1/contracts/${c.contractId}`)).json();
    expect(view.milestones[0].paymentFailure?.failure).toBe('expired');
    // Money arriving after all is refused and kept for a refund, never funding.
    const late = await postEvent(t.app, eventFor('payment_intent.succeeded', intent));
    expect(late.json().outcome).toBe('refused');
    expect((await milestone(c.milestoneId)).status).toBe('unfunded');
    await expectLedgerWhole(t.database.db);
  });

  it('refund events are stored for the refunds step', async () => {
    const { intent } = await startPayment('stripe_card');
    const event = eventFor('charge.refunded', intent);
    const res = await postEvent(t.app, event);
    expect(res.json().outcome).toBe('recorded');
    const row = await t.database.db.selectFrom('payment_events').selectAll().where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(row.deposit_id).toBe(intent.depositId);
  });

  it('a payment service that cannot be reached is a 502 problem and leaves no deposit', async () => {
    const c = await hiredContract(t);
    stripe.down = true;
    const res = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'stripe_card' });
    stripe.down = false;
    expect(res.statusCode).toBe(502);
    expect(res.json().code).toBe('payment-provider-failed');
    const rows = await t.database.db.selectFrom('deposits').select('id').where('milestone_id', '=', c.milestoneId).execute();
    expect(rows).toEqual([]);
  });

  it('the payment methods the operator page lists include card and konbini', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/operator' });
    expect(res.json().payments.methods).toEqual(['bank_transfer', 'card', 'konbini']);
  });

  it('without Stripe configured card and konbini are refused', async () => {
    const plain = await startTestApp({ devCardPayments: false });
    try {
      const listed = await plain.app.inject({ method: 'GET', url: '/api/v1/operator' });
      expect(listed.json().payments.methods).toEqual(['bank_transfer']);
      const c = await hiredContract(plain);
      const res = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'stripe_konbini' });
      expect(res.json().code).toBe('payment-method-unavailable');
    } finally {
      await plain.close();
    }
  });
});
