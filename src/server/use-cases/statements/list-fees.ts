// Every fee a member paid in a year (Japan time, January to December): as a client, the
// client fee of each milestone paid or settled, of each task submission approved and of
// each competition decided, and the buyer fee of tips; as a worker, the system fee of
// the same work and of tips; the fee of each transfer paid out. One row per fee, with the
// document it appears on. Read from the stored money of each event, as the documents are.
import { taxWithinFee } from '../../../domain/tax/qualified-invoice';
import { settlementPartFor } from '../../contracts/core';
import type { Db } from '../../db/database';
import type { Deps } from '../../deps';

export type FeeDocument = 'receipt' | 'payment_notice' | 'payout';

/**
 * One fee seen from one side of a deal: the paying side's receipt (手数料) or the paid
 * side's payment notice (システム利用料), each with its own fee and tax.
 */
function sideFee(
  payer: boolean,
  row: {
    date: Date;
    contractId: string | null;
    jobId: string | null;
    subject: string;
    occasion?: string;
    payer: [fee: number, tax: number];
    payee: [fee: number, tax: number];
  },
): FeeRow {
  const [amount, tax] = payer ? row.payer : row.payee;
  const what = payer ? '手数料' : 'システム利用料';
  return {
    date: row.date,
    document: payer ? 'receipt' : 'payment_notice',
    contractId: row.contractId,
    jobId: row.jobId,
    description: `${row.subject}: ${what}${row.occasion ? `(${row.occasion})` : ''}`,
    amount,
    tax,
    ratePercent: RATE,
  };
}

export interface FeeRow {
  date: Date;
  document: FeeDocument;
  /** The contract or posting the document belongs to (null for a payout). */
  contractId: string | null;
  jobId: string | null;
  description: string;
  /** The fee before consumption tax. */
  amount: number;
  tax: number;
  ratePercent: number;
}

export interface ListFeesInput {
  userId: string;
  year: number;
}

const RATE = 10;

export async function listFees(deps: Deps, input: ListFeesInput): Promise<FeeRow[]> {
  const from = new Date(Date.UTC(input.year, 0, 1) - 9 * 3_600_000);
  const to = new Date(Date.UTC(input.year + 1, 0, 1) - 9 * 3_600_000);
  const range = { userId: input.userId, from, to };
  const rows = (
    await Promise.all([
      milestoneFees(deps.db, range),
      settlementFees(deps, range),
      workFees(deps.db, range),
      tipFees(deps.db, range),
      payoutFees(deps.db, range),
    ])
  ).flat();
  // A fee of ¥0 (a free transfer, a tier at 0 %) was not paid: no row.
  return rows.filter((row) => row.amount + row.tax > 0).sort((a, b) => a.date.getTime() - b.date.getTime());
}

interface Range {
  userId: string;
  from: Date;
  to: Date;
}

/** The client fee and the worker's system fee of each milestone accepted and paid in the year. */
async function milestoneFees(db: Db, r: Range): Promise<FeeRow[]> {
  const paid = await db
    .selectFrom('milestones as m')
    .innerJoin('contracts as k', 'k.id', 'm.contract_id')
    .select([
      'm.paid_at',
      'm.title',
      'm.client_fee',
      'm.client_fee_tax',
      'm.worker_fee',
      'm.worker_fee_tax',
      'k.id',
      'k.title as contract',
      'k.client_id',
      'k.worker_id',
    ])
    .where((eb) => eb.or([eb('k.client_id', '=', r.userId), eb('k.worker_id', '=', r.userId)]))
    .where('m.status', '=', 'paid')
    .where('m.paid_at', '>=', r.from)
    .where('m.paid_at', '<', r.to)
    .execute();
  return paid.map((m) => {
    return sideFee(m.client_id === r.userId, {
      date: m.paid_at as Date,
      contractId: m.id,
      jobId: null,
      subject: `${m.contract} / ${m.title}`,
      payer: [m.client_fee, m.client_fee_tax],
      payee: [m.worker_fee, m.worker_fee_tax],
    });
  });
}

/** The fees of the part paid to the worker when a milestone was settled (途中解消) in the year. */
async function settlementFees(deps: Deps, r: Range): Promise<FeeRow[]> {
  const settled = await deps.db
    .selectFrom('contract_events as e')
    .innerJoin('contracts as k', 'k.id', 'e.contract_id')
    .innerJoin('milestones as m', 'm.id', 'e.milestone_id')
    .select([
      'e.created_at',
      'e.detail',
      'k.id',
      'k.title',
      'k.client_id',
      'k.withholding',
      'k.service_order_id',
      'm.title as milestone',
      'm.amount',
      'm.tax',
    ])
    .where((eb) => eb.or([eb('k.client_id', '=', r.userId), eb('k.worker_id', '=', r.userId)]))
    .where('e.action', '=', 'milestone.settle')
    .where('e.created_at', '>=', r.from)
    .where('e.created_at', '<', r.to)
    .execute();
  return settled
    .filter((e) => Number(e.detail.workerAmount ?? 0) > 0)
    .map((e) => {
      const part = settlementPartFor(deps, e, e, Number(e.detail.workerAmount));
      return sideFee(e.client_id === r.userId, {
        date: e.created_at,
        contractId: e.id,
        jobId: null,
        subject: `${e.title} / ${e.milestone}`,
        occasion: '途中解消の精算',
        payer: [part.clientFee, part.clientFeeTax],
        payee: [part.workerFee, part.workerFeeTax],
      });
    });
}

/**
 * Task and competition work: the worker's system fee on each reward; the client's fee on
 * each approved task submission (one unit each) and once on a decided competition (a
 * winner, a shared prize, or none where the rules allow it: the fee is kept then).
 */
async function workFees(db: Db, r: Range): Promise<FeeRow[]> {
  const rewards = await db
    .selectFrom('work_rewards as w')
    .innerJoin('jobs as j', 'j.id', 'w.job_id')
    .innerJoin('job_escrows as e', 'e.job_id', 'j.id')
    .select([
      'w.created_at',
      'w.kind',
      'w.worker_id',
      'w.worker_fee',
      'w.worker_fee_tax',
      'j.id',
      'j.title',
      'j.client_id',
      'e.client_fee',
      'e.client_fee_tax',
    ])
    .where((eb) =>
      eb.or([eb('w.worker_id', '=', r.userId), eb.and([eb('j.client_id', '=', r.userId), eb('w.kind', '=', 'task')])]),
    )
    .where('w.created_at', '>=', r.from)
    .where('w.created_at', '<', r.to)
    .orderBy('w.id')
    .execute();
  const decided = await db
    .selectFrom('job_escrows as e')
    .innerJoin('jobs as j', 'j.id', 'e.job_id')
    .select(['e.closed_at', 'e.client_fee', 'e.client_fee_tax', 'e.outcome', 'j.id', 'j.title'])
    .where('e.client_id', '=', r.userId)
    .where('e.kind', '=', 'competition')
    .where('e.outcome', 'in', ['winner', 'shared', 'no_winner'])
    .where('e.closed_at', '>=', r.from)
    .where('e.closed_at', '<', r.to)
    .execute();
  const kindLabel = { task: 'タスク承認', prize: 'コンペ賞金', share: 'コンペ賞金の分配(分配額ごとに計算)' } as const;
  return [
    ...rewards.map((w) =>
      sideFee(w.worker_id !== r.userId, {
        date: w.created_at,
        contractId: null,
        jobId: w.id,
        subject: w.title,
        occasion: kindLabel[w.kind],
        payer: [w.client_fee, w.client_fee_tax],
        payee: [w.worker_fee, w.worker_fee_tax],
      }),
    ),
    ...decided.map(
      (e): FeeRow => ({
        date: e.closed_at as Date,
        document: 'receipt',
        contractId: null,
        jobId: e.id,
        description: `${e.title}: 手数料(コンペ)`,
        amount: e.client_fee,
        tax: e.client_fee_tax,
        ratePercent: RATE,
      }),
    ),
  ];
}

/** Tips (おひねり): the buyer's fee and the seller's system fee. */
async function tipFees(db: Db, r: Range): Promise<FeeRow[]> {
  const tips = await db
    .selectFrom('service_tips as t')
    .innerJoin('service_orders as o', 'o.id', 't.order_id')
    .select([
      't.paid_at',
      't.buyer_id',
      't.buyer_fee',
      't.buyer_fee_tax',
      't.seller_fee',
      't.seller_fee_tax',
      't.contract_id',
      'o.service_title',
    ])
    .where((eb) => eb.or([eb('t.buyer_id', '=', r.userId), eb('t.seller_id', '=', r.userId)]))
    .where('t.paid_at', '>=', r.from)
    .where('t.paid_at', '<', r.to)
    .execute();
  return tips.map((t) => {
    return sideFee(t.buyer_id === r.userId, {
      date: t.paid_at as Date,
      contractId: t.contract_id,
      jobId: null,
      subject: t.service_title,
      occasion: 'おひねり',
      payer: [t.buyer_fee, t.buyer_fee_tax],
      payee: [t.seller_fee, t.seller_fee_tax],
    });
  });
}

/** The fee of each transfer paid out: written tax included (¥500 holds ¥45 of tax). */
async function payoutFees(db: Db, r: Range): Promise<FeeRow[]> {
  const payouts = await db
    .selectFrom('payout_requests')
    .select(['paid_at', 'fee'])
    .where('user_id', '=', r.userId)
    .where('status', '=', 'paid')
    .where('fee', '>', 0)
    .where('paid_at', '>=', r.from)
    .where('paid_at', '<', r.to)
    .execute();
  return payouts.map((p) => {
    const tax = taxWithinFee(p.fee);
    return {
      date: p.paid_at as Date,
      document: 'payout',
      contractId: null,
      jobId: null,
      description: '振込手数料',
      amount: p.fee - tax,
      tax,
      ratePercent: RATE,
    };
  });
}
