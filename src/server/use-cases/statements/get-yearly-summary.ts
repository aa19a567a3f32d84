// The year's payments to a worker (Japan time, January to December), for their tax
// return: per contract (and per approved task submission or competition prize) the fee with tax (支払金額), the withholding tax (源泉徴収税額), the
// system fee, what reached the earnings balance, and what was transferred to the bank.
import type { z } from 'zod';
import { taxIncluded } from '../../../domain/orders/money';
import { taxWithinFee } from '../../../domain/tax/qualified-invoice';
import type { YearlySummary } from '../../../shared/api/statements';
import { settlementPartFor } from '../../contracts/core';
import type { Db } from '../../db/database';
import type { Deps } from '../../deps';

type Summary = z.infer<typeof YearlySummary>;

export interface YearlySummaryInput {
  userId: string;
  year: number;
}

/** The year in Japan as a half-open range of moments. */
interface Year {
  userId: string;
  from: Date;
  to: Date;
}

type Line = Summary['lines'][number];

/** The date in Japan of a moment, as YYYY-MM-DD. */
const day = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

export async function getYearlySummary(deps: Deps, input: YearlySummaryInput): Promise<Summary> {
  const from = new Date(Date.UTC(input.year, 0, 1) - 9 * 3_600_000);
  const to = new Date(Date.UTC(input.year + 1, 0, 1) - 9 * 3_600_000);
  const db = deps.db;
  const year: Year = { userId: input.userId, from, to };
  const [paid, settled, rewards, tips, payouts] = await Promise.all([
    paidLines(db, year),
    settledLines(deps, year),
    rewardLines(db, year),
    tipLines(db, year),
    db
      .selectFrom('payout_requests')
      .select(['net', 'fee'])
      .where('user_id', '=', input.userId)
      .where('status', '=', 'paid')
      .where('paid_at', '>=', from)
      .where('paid_at', '<', to)
      .execute(),
  ]);
  const lines: Line[] = [...paid, ...settled, ...rewards, ...tips].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const sum = (f: (l: Line) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    year: input.year,
    lines,
    totals: {
      gross: sum((l) => l.gross),
      tax: sum((l) => l.tax),
      withholding: sum((l) => l.withholding),
      fees: sum((l) => l.fees),
      net: sum((l) => l.net),
      paidOut: payouts.reduce((s, p) => s + p.net, 0),
      payoutFees: payouts.reduce((s, p) => s + p.fee, 0),
      // Each transfer's fee is a charge of its own (one document each), its tax included.
      payoutFeesTax: payouts.reduce((s, p) => s + taxWithinFee(p.fee), 0),
    },
  };
}

/** Tips (おひねり) paid to the seller in the year: a fee of its own, its tax included in it. */
async function tipLines(db: Db, year: Year): Promise<Line[]> {
  const tips = await db
    .selectFrom('service_tips as t')
    .innerJoin('service_orders as o', 'o.id', 't.order_id')
    .innerJoin('users as c', 'c.id', 't.buyer_id')
    .select([
      't.paid_at',
      't.amount',
      't.seller_fee',
      't.seller_fee_tax',
      't.seller_net',
      't.contract_id',
      'o.service_title',
      'c.username',
    ])
    .where('t.seller_id', '=', year.userId)
    .where('t.paid_at', '>=', year.from)
    .where('t.paid_at', '<', year.to)
    .orderBy('t.paid_at')
    .execute();
  return tips.map((t) => ({
    date: day(t.paid_at as Date),
    contractId: t.contract_id,
    jobId: null,
    title: `${t.service_title}(おひねり)`,
    client: t.username,
    gross: t.amount,
    tax: taxIncluded(t.amount),
    withholding: 0,
    fees: t.seller_fee + t.seller_fee_tax,
    net: t.seller_net,
  }));
}

/** The milestones paid to the worker in the year. */
async function paidLines(db: Db, year: Year): Promise<Line[]> {
  const paid = await db
    .selectFrom('milestones as m')
    .innerJoin('contracts as k', 'k.id', 'm.contract_id')
    .innerJoin('users as c', 'c.id', 'k.client_id')
    .select([
      'm.paid_at',
      'm.amount',
      'm.tax',
      'm.withholding',
      'm.worker_fee',
      'm.worker_fee_tax',
      'm.worker_net',
      'k.id',
      'k.title',
      'c.username',
    ])
    .where('k.worker_id', '=', year.userId)
    .where('m.status', '=', 'paid')
    .where('m.paid_at', '>=', year.from)
    .where('m.paid_at', '<', year.to)
    .orderBy('m.paid_at')
    .execute();
  return paid.map((m) => ({
    date: day(m.paid_at as Date),
    contractId: m.id,
    jobId: null,
    title: m.title,
    client: m.username,
    gross: m.amount + m.tax,
    tax: m.tax,
    withholding: m.withholding,
    fees: m.worker_fee + m.worker_fee_tax,
    net: m.worker_net,
  }));
}

/** The parts of milestones paid to the worker by a settlement in the year. */
async function settledLines(deps: Deps, year: Year): Promise<Line[]> {
  const settled = await deps.db
    .selectFrom('contract_events as e')
    .innerJoin('contracts as k', 'k.id', 'e.contract_id')
    .innerJoin('users as c', 'c.id', 'k.client_id')
    .innerJoin('milestones as m', 'm.id', 'e.milestone_id')
    .select([
      'e.created_at',
      'e.detail',
      'k.id',
      'k.title',
      'k.withholding',
      'k.service_order_id',
      'm.amount',
      'm.tax',
      'c.username',
    ])
    .where('k.worker_id', '=', year.userId)
    .where('e.action', '=', 'milestone.settle')
    .where('e.created_at', '>=', year.from)
    .where('e.created_at', '<', year.to)
    .orderBy('e.created_at')
    .execute();
  return settled
    .filter((e) => Number(e.detail.workerAmount ?? 0) > 0)
    .map((e) => {
      const part = settlementPartFor(deps, e, e, Number(e.detail.workerAmount));
      return {
        date: day(e.created_at),
        contractId: e.id,
        jobId: null,
        title: e.title,
        client: e.username,
        gross: part.amount + part.tax,
        tax: part.tax,
        withholding: part.withholding,
        fees: part.workerFee + part.workerFeeTax,
        net: part.workerNet,
      };
    });
}

/** Task and competition work in the year: withholding is not offered for it (as on the large services). */
async function rewardLines(db: Db, year: Year): Promise<Line[]> {
  const rewards = await db
    .selectFrom('work_rewards as r')
    .innerJoin('jobs as j', 'j.id', 'r.job_id')
    .innerJoin('users as c', 'c.id', 'j.client_id')
    // One line per posting: a busy task worker would otherwise get hundreds of lines.
    .select((eb) => [
      'j.id',
      'j.title',
      'c.username',
      eb.fn.max('r.created_at').as('created_at'),
      eb.fn.sum<string>('r.gross').as('gross'),
      eb.fn.sum<string>('r.tax').as('tax'),
      eb.fn.sum<string>(eb('r.worker_fee', '+', eb.ref('r.worker_fee_tax'))).as('fees'),
      eb.fn.sum<string>('r.worker_net').as('net'),
    ])
    .where('r.worker_id', '=', year.userId)
    .where('r.created_at', '>=', year.from)
    .where('r.created_at', '<', year.to)
    .groupBy(['j.id', 'j.title', 'c.username'])
    .execute();
  return rewards.map((r) => ({
    date: day(new Date(r.created_at)),
    contractId: null,
    jobId: r.id,
    title: r.title,
    client: r.username,
    gross: Number(r.gross),
    tax: Number(r.tax),
    withholding: 0,
    fees: Number(r.fees),
    net: Number(r.net),
  }));
}
