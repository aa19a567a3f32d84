// Model-based test: fast-check drives random sequences of contract actions (fund,
// deliver, revise, accept, terminate by agreement, dispute settled by staff) through the
// use cases on a real database, and after every step compares what happened with a
// small model: the action succeeds exactly when the model allows it, and every ledger
// balance moved exactly as the model's posting recipes say.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { expectLedgerWhole, hiredContract, type Party, staffMember } from '../../../test/contracts';
import { loggedInUser } from '../../../test/factories';
import { AppError } from '../../domain/errors';
import { earningsOf, escrowOf, PLATFORM_FEES, TAX_PAYABLE, WITHHOLDING_PAYABLE, WORLD } from '../../domain/ledger/recipes';
import { type MilestoneMoney, splitMilestone } from '../../domain/money/fees';
import { balanceOf } from '../db/repositories/ledger';
import type { Deps } from '../deps';
import { acceptMilestone } from '../use-cases/contracts/accept-milestone';
import { answerTermination } from '../use-cases/contracts/answer-termination';
import { answerTerms } from '../use-cases/contracts/answer-terms';
import { deliverMilestone } from '../use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../use-cases/contracts/fund-milestone';
import { openDispute } from '../use-cases/contracts/open-dispute';
import { proposeTermination } from '../use-cases/contracts/propose-termination';
import { proposeTerms } from '../use-cases/contracts/propose-terms';
import { requestRevision } from '../use-cases/contracts/request-revision';
import { settleDispute } from '../use-cases/contracts/settle-dispute';

type MStatus = 'unfunded' | 'funded' | 'delivered' | 'paid' | 'refunded' | 'settled' | 'cancelled';

interface Model {
  status: 'awaiting_escrow' | 'in_progress' | 'completed' | 'terminated';
  milestones: { status: MStatus; money: MilestoneMoney }[];
  /** Expected change of each ledger account since the run started. */
  delta: Map<string, number>;
}

interface Real {
  deps: Deps;
  contractId: string;
  milestoneIds: string[];
  clientId: string;
  workerId: string;
  staffId: string;
  /** Balances when the run started. */
  start: Map<string, number>;
}

let t: TestApp;
let client: Party;
let worker: Party;
let staffId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  client = await loggedInUser(t);
  worker = await loggedInUser(t);
  const staff = await staffMember(t, 'support');
  for (const p of [client, worker, staff]) {
    ids[p.user.username] = (
      await t.database.db.selectFrom('users').select('id').where('username', '=', p.user.username).executeTakeFirstOrThrow()
    ).id;
  }
  staffId = ids[staff.user.username] as string;
});
afterAll(async () => {
  await t?.close();
});

const live = (m: Model) => m.status === 'awaiting_escrow' || m.status === 'in_progress';
const move = (m: Model, account: string, amount: number) => m.delta.set(account, (m.delta.get(account) ?? 0) + amount);

function accounts(r: Real): string[] {
  return [WORLD, PLATFORM_FEES, TAX_PAYABLE, WITHHOLDING_PAYABLE, earningsOf(r.workerId), ...r.milestoneIds.map(escrowOf)];
}

async function balances(r: Real): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const account of accounts(r)) map.set(account, await balanceOf(t.database.db, account));
  return map;
}

/** Runs the real action; it must succeed exactly when the model allows it. */
async function expectOutcome(allowed: boolean, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (allowed) throw new Error(`refused (${error.code}) although the model allows it`);
    return;
  }
  if (!allowed) throw new Error('succeeded although the model refuses it');
}

async function compare(m: Model, r: Real): Promise<void> {
  const now = await balances(r);
  for (const account of accounts(r)) {
    expect(now.get(account), account).toBe((r.start.get(account) ?? 0) + (m.delta.get(account) ?? 0));
  }
  const contract = await t.database.db
    .selectFrom('contracts')
    .select('status')
    .where('id', '=', r.contractId)
    .executeTakeFirstOrThrow();
  expect(contract.status).toBe(m.status);
  const rows = await t.database.db.selectFrom('milestones').select(['id', 'status']).where('id', 'in', r.milestoneIds).execute();
  for (const [i, id] of r.milestoneIds.entries()) expect(rows.find((x) => x.id === id)?.status).toBe(m.milestones[i]?.status);
}

function release(m: Model, r: Real, i: number, money: MilestoneMoney): void {
  move(m, escrowOf(r.milestoneIds[i] as string), -money.escrow);
  move(m, earningsOf(r.workerId), money.workerNet);
  move(m, PLATFORM_FEES, money.workerFee + money.clientFee);
  move(m, TAX_PAYABLE, money.workerFeeTax + money.clientFeeTax);
  move(m, WITHHOLDING_PAYABLE, money.withholding);
}

function completeIfDone(m: Model): void {
  const final = m.milestones.every((x) => ['paid', 'refunded', 'settled', 'cancelled'].includes(x.status));
  if (m.status === 'in_progress' && final && m.milestones.some((x) => x.status === 'paid')) m.status = 'completed';
}

/** Applies a settlement (fraction of each escrowed milestone's amount paid to the worker) to the model. */
function settle(m: Model, r: Real, fractions: number[]) {
  const settlement = [];
  for (const [i, x] of m.milestones.entries()) {
    if (x.status === 'funded' || x.status === 'delivered') {
      const workerAmount = Math.floor(x.money.amount * (fractions[i] ?? 0));
      settlement.push({ milestoneId: r.milestoneIds[i] as string, workerAmount });
      const part = workerAmount > 0 ? splitMilestone(workerAmount, { withholding: true }) : null;
      if (part) release(m, r, i, { ...part, escrow: part.escrow });
      const refund = x.money.escrow - (part?.escrow ?? 0);
      move(m, escrowOf(r.milestoneIds[i] as string), -refund);
      move(m, WORLD, refund);
      x.status = part ? 'settled' : 'refunded';
    } else if (x.status === 'unfunded') x.status = 'cancelled';
  }
  m.status = 'terminated';
  return settlement;
}

class Fund implements fc.AsyncCommand<Model, Real> {
  constructor(readonly i: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const x = m.milestones[this.i];
    const allowed = live(m) && x?.status === 'unfunded';
    await expectOutcome(allowed, () =>
      fundMilestone(r.deps, { actorId: r.clientId, milestoneId: r.milestoneIds[this.i] as string, method: 'dev_card' }),
    );
    if (allowed && x) {
      x.status = 'funded';
      move(m, WORLD, -x.money.escrow);
      move(m, escrowOf(r.milestoneIds[this.i] as string), x.money.escrow);
      if (m.status === 'awaiting_escrow') m.status = 'in_progress';
    }
    await compare(m, r);
  }
  toString = () => `fund(${this.i})`;
}

class Deliver implements fc.AsyncCommand<Model, Real> {
  constructor(readonly i: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const x = m.milestones[this.i];
    const allowed = live(m) && x?.status === 'funded';
    await expectOutcome(allowed, () =>
      deliverMilestone(r.deps, {
        actorId: r.workerId,
        milestoneId: r.milestoneIds[this.i] as string,
        message: '納品',
        attachmentIds: [],
      }),
    );
    if (allowed && x) x.status = 'delivered';
    await compare(m, r);
  }
  toString = () => `deliver(${this.i})`;
}

class Revise implements fc.AsyncCommand<Model, Real> {
  constructor(readonly i: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const x = m.milestones[this.i];
    const allowed = live(m) && x?.status === 'delivered';
    await expectOutcome(allowed, () =>
      requestRevision(r.deps, { actorId: r.clientId, milestoneId: r.milestoneIds[this.i] as string, message: '修正を' }),
    );
    if (allowed && x) x.status = 'funded';
    await compare(m, r);
  }
  toString = () => `revise(${this.i})`;
}

class Accept implements fc.AsyncCommand<Model, Real> {
  constructor(readonly i: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const x = m.milestones[this.i];
    const allowed = live(m) && x?.status === 'delivered';
    await expectOutcome(allowed, () =>
      acceptMilestone(r.deps, { actorId: r.clientId, milestoneId: r.milestoneIds[this.i] as string }),
    );
    if (allowed && x) {
      release(m, r, this.i, x.money);
      x.status = 'paid';
      completeIfDone(m);
    }
    await compare(m, r);
  }
  toString = () => `accept(${this.i})`;
}

class Terminate implements fc.AsyncCommand<Model, Real> {
  constructor(readonly fractions: number[]) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const allowed = live(m);
    const snapshot = structuredClone({ status: m.status, milestones: m.milestones });
    const settlement = allowed ? settle(m, r, this.fractions) : [];
    await expectOutcome(allowed, async () => {
      await proposeTermination(r.deps, { actorId: r.clientId, contractId: r.contractId, reason: '途中解消', settlement });
      await answerTermination(r.deps, { actorId: r.workerId, contractId: r.contractId, agree: true, reason: null });
    });
    if (!allowed) Object.assign(m, snapshot);
    await compare(m, r);
  }
  toString = () => `terminate(${this.fractions.map((f) => f.toFixed(2)).join(',')})`;
}

class DisputeSettled implements fc.AsyncCommand<Model, Real> {
  constructor(readonly fractions: number[]) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const allowed = live(m);
    const settlement = allowed ? settle(m, r, this.fractions) : [];
    await expectOutcome(allowed, async () => {
      await openDispute(r.deps, { actorId: r.workerId, contractId: r.contractId, reason: '相談' });
      const dispute = await t.database.db
        .selectFrom('disputes')
        .select('id')
        .where('contract_id', '=', r.contractId)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      await settleDispute(r.deps, { staffId: r.staffId, disputeId: dispute.id, settlement, note: '裁定' });
    });
    await compare(m, r);
  }
  toString = () => `dispute+settle(${this.fractions.map((f) => f.toFixed(2)).join(',')})`;
}

describe('contracts against a model', () => {
  it('random action sequences keep the ledger equal to the model', async () => {
    const index = fc.integer({ min: 0, max: 2 });
    const fractions = fc.array(
      fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      { minLength: 3, maxLength: 3 },
    );
    const commands = [
      index.map((i) => new Fund(i)),
      index.map((i) => new Deliver(i)),
      index.map((i) => new Revise(i)),
      index.map((i) => new Accept(i)),
      fractions.map((f) => new Terminate(f)),
      fractions.map((f) => new DisputeSettled(f)),
    ];
    const amounts = fc.array(fc.integer({ min: 1_000, max: 1_500_000 }), { minLength: 3, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(amounts, fc.commands(commands, { maxCommands: 14 }), async (amounts, cmds) => {
        const c = await hiredContract(t, { client, worker });
        const deps = t.app.deps;
        // Three milestones with withholding, agreed before funding.
        await proposeTerms(deps, {
          actorId: ids[client.user.username] as string,
          contractId: c.contractId,
          milestones: amounts.map((amount, i) => ({ title: `第${i + 1}回`, amount, dueDate: '2099-12-31' })),
          withholding: true,
        });
        await answerTerms(deps, {
          actorId: ids[worker.user.username] as string,
          contractId: c.contractId,
          agree: true,
          reason: null,
        });
        const rows = await t.database.db
          .selectFrom('milestones')
          .select('id')
          .where('contract_id', '=', c.contractId)
          .where('status', '=', 'unfunded')
          .orderBy('position')
          .execute();
        const real: Real = {
          deps,
          contractId: c.contractId,
          milestoneIds: rows.map((x) => x.id),
          clientId: ids[client.user.username] as string,
          workerId: ids[worker.user.username] as string,
          staffId,
          start: new Map(),
        };
        real.start = await balances(real);
        const model: Model = {
          status: 'awaiting_escrow',
          milestones: amounts.map((amount) => ({ status: 'unfunded', money: splitMilestone(amount, { withholding: true }) })),
          delta: new Map(),
        };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 40 },
    );
    await expectLedgerWhole(t.database.db);
  });
});
