// Races on the Stripe webhook, on PostgreSQL across two app instances sharing one database:
//   - the same signed payment_intent.succeeded delivered several times at once, on both
//     instances: applied once (one event row, the deposit confirmed once, one escrow_fund
//     posting), every other delivery a replay;
//   - a succeeded webhook and the client calling the deposit off, or the contract being
//     ended, at once: never both funded and cancelled. Either the money funded the
//     milestone (the cancellation then takes its normal path: refused, or a settlement
//     that refunds the escrow), or the deposit was cancelled and the event is stored as
//     refused with refundNeeded, funding nothing.
// The ledger stays balanced throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectLedgerWhole, type HiredContract, hiredContract } from '../../../../test/contracts';
import { closeInstances, loginOn, postgresOnly, RACE_TIMEOUT, type TwoInstances, twoInstances } from '../../../../test/races';
import { eventFor, fakeStripe, postEvent, stripeSettings } from '../../../../test/stripe';

const onPostgres = postgresOnly('the Stripe webhook race tests');
const ROUNDS = 4;

describe.skipIf(!onPostgres)('Stripe webhook races (PostgreSQL, two instances)', RACE_TIMEOUT, () => {
  let pair: TwoInstances;
  beforeAll(async () => {
    pair = await twoInstances(() => ({ stripe: stripeSettings(fakeStripe()) }));
  });
  afterAll(async () => {
    await closeInstances(pair);
  });

  /** A hired contract whose client started a konbini payment on the first instance. */
  async function awaitingKonbini(): Promise<{ c: HiredContract; intent: { id: string; depositId: string; amount: number } }> {
    const c = await hiredContract(pair.one);
    const res = await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/fund`, { method: 'stripe_konbini' });
    expect(res.statusCode, res.body).toBe(200);
    const deposit = await pair.database.db
      .selectFrom('deposits')
      .select(['id', 'provider_ref', 'amount'])
      .where('milestone_id', '=', c.milestoneId)
      .executeTakeFirstOrThrow();
    return { c, intent: { id: deposit.provider_ref ?? '', depositId: deposit.id, amount: deposit.amount } };
  }

  const db = () => pair.database.db;
  const depositStatus = async (id: string) =>
    (await db().selectFrom('deposits').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const milestoneStatus = async (id: string) =>
    (await db().selectFrom('milestones').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const postingKeys = async (milestoneId: string) =>
    (await db().selectFrom('ledger_transactions').select('key').where('milestone_id', '=', milestoneId).execute()).map(
      (r) => r.key,
    );
  const storedEvents = async (id: string) => db().selectFrom('payment_events').selectAll().where('id', '=', id).execute();

  it('the same event delivered several times at once, on both instances: applied once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { c, intent } = await awaitingKonbini();
      const event = eventFor('payment_intent.succeeded', intent);
      const answers = await Promise.all([
        postEvent(pair.one.app, event),
        postEvent(pair.two.app, event),
        postEvent(pair.one.app, event),
        postEvent(pair.two.app, event),
      ]);
      for (const a of answers) expect(a.statusCode, a.body).toBe(200);
      const outcomes = answers.map((a) => a.json().outcome).sort();
      expect(outcomes).toEqual(['applied', 'replay', 'replay', 'replay']);
      const rows = await storedEvents(event.id);
      expect(rows.map((r) => r.outcome)).toEqual(['applied']);
      expect(await depositStatus(intent.depositId)).toBe('confirmed');
      expect(await milestoneStatus(c.milestoneId)).toBe('funded');
      const keys = await postingKeys(c.milestoneId);
      expect(keys.filter((k) => k === `escrow_fund:${c.milestoneId}`)).toHaveLength(1);
      const audits = await db()
        .selectFrom('audit_events')
        .select('id')
        .where('action', '=', 'deposit.confirm')
        .where('subject_id', '=', intent.depositId)
        .execute();
      expect(audits).toHaveLength(1);
    }
    await expectLedgerWhole(db());
  });

  /** Funded or cancelled, never both; what each outcome must leave behind. */
  async function expectOneOutcome(c: HiredContract, intent: { depositId: string; amount: number }, eventId: string) {
    const deposit = await depositStatus(intent.depositId);
    const [row] = await storedEvents(eventId);
    const keys = await postingKeys(c.milestoneId);
    const funds = keys.filter((k) => k === `escrow_fund:${c.milestoneId}`);
    if (deposit === 'confirmed') {
      expect(row?.outcome).toBe('applied');
      expect(funds).toHaveLength(1);
    } else {
      expect(deposit).toBe('cancelled');
      expect(row?.outcome).toBe('refused');
      expect(row?.detail).toMatchObject({ refundNeeded: true, amount: intent.amount });
      expect(funds).toEqual([]);
      expect(await milestoneStatus(c.milestoneId)).not.toBe('funded');
    }
    return deposit;
  }

  it('succeeded webhook vs the client calling the deposit off: funded or cancelled, never both', async () => {
    const seen = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const { c, intent } = await awaitingKonbini();
      const clientTwo = await loginOn(pair.two, c.client.user);
      const event = eventFor('payment_intent.succeeded', intent);
      const [hook, cancel] = await Promise.all([
        postEvent(round % 2 ? pair.one.app : pair.two.app, event),
        (round % 2 ? clientTwo : c.client.client).post(`/api/v1/deposits/${intent.depositId}/cancel`, {}),
      ]);
      expect(hook.statusCode, hook.body).toBe(200);
      const outcome = await expectOneOutcome(c, intent, event.id);
      seen.add(outcome);
      if (outcome === 'confirmed') {
        // The normal path: a confirmed deposit can no longer be called off.
        expect(cancel.statusCode).toBe(409);
        expect(cancel.json().code).toBe('deposit-transition-invalid');
        expect(await milestoneStatus(c.milestoneId)).toBe('funded');
      } else {
        expect(cancel.statusCode, cancel.body).toBe(200);
        expect(hook.json()).toMatchObject({ outcome: 'refused' });
      }
    }
    console.info(`webhook vs calling off: outcomes seen ${[...seen].join(', ')}`);
    await expectLedgerWhole(db());
  });

  it('succeeded webhook vs the contract ended at once: funded then refunded, or cancelled and refused', async () => {
    const seen = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const { c, intent } = await awaitingKonbini();
      const proposed = await c.client.client.post(`/api/v1/contracts/${c.contractId}/termination`, {
        reason: '事情により取りやめます。',
        settlement: [],
      });
      expect(proposed.statusCode, proposed.body).toBe(200);
      const workerTwo = await loginOn(pair.two, c.worker.user);
      const event = eventFor('payment_intent.succeeded', intent);
      const [hook, answer] = await Promise.all([
        postEvent(round % 2 ? pair.two.app : pair.one.app, event),
        (round % 2 ? c.worker.client : workerTwo).post(`/api/v1/contracts/${c.contractId}/termination/answer`, {
          agree: true,
        }),
      ]);
      expect(hook.statusCode, hook.body).toBe(200);
      expect(answer.statusCode, answer.body).toBeLessThan(500);
      const outcome = await expectOneOutcome(c, intent, event.id);
      seen.add(`${outcome}/${answer.statusCode}`);
      const contract = await db()
        .selectFrom('contracts')
        .select('status')
        .where('id', '=', c.contractId)
        .executeTakeFirstOrThrow();
      const milestone = await milestoneStatus(c.milestoneId);
      if (outcome === 'confirmed' && answer.statusCode === 200) {
        // Funded first, then ended: the settlement gave the worker nothing, so the escrow went back.
        expect(contract.status).not.toBe('active');
        expect(milestone).not.toBe('funded');
        expect((await postingKeys(c.milestoneId)).length).toBeGreaterThan(1);
      } else if (outcome === 'confirmed') {
        // The settlement proposed before the money arrived no longer fits: the contract stays, funded.
        expect(milestone).toBe('funded');
      } else {
        expect(answer.statusCode, answer.body).toBe(200);
        expect(milestone).not.toBe('funded');
      }
    }
    console.info(`webhook vs termination: outcomes seen ${[...seen].join(', ')}`);
    await expectLedgerWhole(db());
  });
});
