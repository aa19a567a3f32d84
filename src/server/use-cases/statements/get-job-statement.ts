// The receipt (領収書) of a task or competition for its client, and the payment notice
// (支払通知書) for each worker paid from it. Prices of such work are written tax
// included, so the work's tax is the tax within them. Read from the posting's escrow,
// the rewards paid (work_rewards) and the refunds in the ledger.
import type { Selectable } from 'kysely';
import { AppError } from '../../../domain/errors';
import { includedTax } from '../../../domain/jobs/work-money';
import type { Db } from '../../db/database';
import type { JobEscrowsTable, WorkRewardsTable } from '../../db/schema';
import type { Deps } from '../../deps';
import {
  japanDay as day,
  feesPart,
  invoiceNumbersOf,
  type Line,
  operatorIssuer,
  type Party,
  type StatementView,
  sumOf,
  withholdingOf,
  workPart,
} from '../../statements/documents';

export interface JobStatementInput {
  viewerId: string;
  jobId: string;
  kind: 'receipt' | 'payment_notice';
}

type Escrow = Selectable<JobEscrowsTable>;
type Reward = Selectable<WorkRewardsTable> & { username: string; display_name: string | null; status: string };

export async function getJobStatement(deps: Deps, input: JobStatementInput): Promise<StatementView> {
  const db = deps.db;
  const job = await db
    .selectFrom('jobs as j')
    .innerJoin('job_escrows as e', 'e.job_id', 'j.id')
    .innerJoin('users as c', 'c.id', 'j.client_id')
    .select(['j.id', 'j.title', 'j.kind', 'j.client_id', 'c.username', 'c.display_name', 'c.status'])
    .where('j.id', '=', input.jobId)
    .executeTakeFirst();
  if (!job) throw new AppError('not-found');
  const rewards: Reward[] = await db
    .selectFrom('work_rewards as r')
    .innerJoin('users as u', 'u.id', 'r.worker_id')
    .selectAll('r')
    .select(['u.username', 'u.display_name', 'u.status'])
    .where('r.job_id', '=', job.id)
    .orderBy('r.id')
    .execute();
  const mine = rewards.filter((r) => r.worker_id === input.viewerId);
  const isClient = job.client_id === input.viewerId;
  if (!isClient && mine.length === 0) throw new AppError('not-found');
  if (input.kind === 'receipt' ? !isClient : mine.length === 0) throw new AppError('forbidden');

  const escrow = await db.selectFrom('job_escrows').selectAll().where('job_id', '=', job.id).executeTakeFirstOrThrow();
  const paid = input.kind === 'receipt' ? rewards : mine;
  const numbers = await invoiceNumbersOf(db, [...new Set(paid.map((r) => r.worker_id))]);
  const lines = input.kind === 'receipt' ? await receiptLines(db, job.title, escrow) : mine.map((r) => rewardLine(job.title, r));
  const fees = feesPart(
    deps,
    lines.map((l) => ({ amount: l.fee, postedTax: l.feeTax })),
  );
  const first = mine[0];
  return {
    kind: input.kind,
    subject: job.kind === 'task' ? 'task' : 'competition',
    contractId: null,
    jobId: job.id,
    title: job.title,
    issuedAt: deps.clock().toISOString(),
    client: { username: job.username, displayName: job.display_name, status: job.status },
    worker: input.kind === 'payment_notice' && first ? partyOf(first) : null,
    lines,
    total: sumOf(lines, (l) => l.total),
    withholding: withholdingOf(lines),
    sharedPrize: paid.some((r) => r.kind === 'share'),
    // The work is each worker's sale: one part per worker paid, each with its own number.
    invoice: [...workParts(paid, numbers), fees],
    platform: operatorIssuer(deps),
  };
}

const partyOf = (r: Reward): Party => ({ username: r.username, displayName: r.display_name, status: r.status });

function workParts(rewards: Reward[], numbers: Map<string, string>) {
  const byWorker = new Map<string, Reward[]>();
  for (const r of rewards) byWorker.set(r.worker_id, [...(byWorker.get(r.worker_id) ?? []), r]);
  return [...byWorker.entries()].map(([workerId, rs]) =>
    workPart(
      partyOf(rs[0] as Reward),
      numbers.get(workerId) ?? null,
      rs.map((r) => ({ amount: r.gross, postedTax: r.tax })),
      true,
    ),
  );
}

/** One unit of work paid to the worker: a task submission, a prize or a share of it. */
function rewardLine(title: string, r: Reward): Line {
  return {
    milestone: title,
    date: day(r.created_at),
    kind: r.kind,
    amount: r.gross - r.tax,
    tax: r.tax,
    fee: r.worker_fee,
    feeTax: r.worker_fee_tax,
    withholding: 0,
    withholdingBase: 0,
    total: r.worker_net,
  };
}

/** `units` units of the posting's escrow, each figure times `sign`; `withFee` false: the prize alone. */
function unitsLine(title: string, date: string, kind: string, e: Escrow, units: number, sign: 1 | -1, withFee: boolean): Line {
  const fee = withFee ? e.client_fee : 0;
  const feeTax = withFee ? e.client_fee_tax : 0;
  return {
    milestone: title,
    date,
    kind,
    amount: sign * units * (e.unit_price - e.unit_tax),
    tax: sign * units * e.unit_tax,
    fee: sign * units * fee,
    feeTax: sign * units * feeTax,
    withholding: 0,
    withholdingBase: 0,
    total: sign * units * (e.unit_price + fee + feeTax),
  };
}

/**
 * The client's receipt: the budget paid into escrow at publishing, and every refund —
 * unused or rejected task slots (whole units with their client fee), a cancelled posting,
 * a competition without entries (everything), or without a winner (the prize, the client
 * fee kept) — each split into the work, its tax, the client fee and its tax.
 */
async function receiptLines(db: Db, title: string, e: Escrow): Promise<Line[]> {
  const lines: Line[] = [];
  if (e.funded_at) lines.push(unitsLine(title, day(e.funded_at), 'escrow', e, e.units, 1, true));
  const refunds = await db
    .selectFrom('ledger_entries as le')
    .innerJoin('ledger_transactions as t', 't.id', 'le.transaction_id')
    .select(['le.amount', 't.created_at'])
    .where('t.job_id', '=', e.job_id)
    .where('t.kind', 'in', ['task_refund', 'job_cancel', 'competition_close'])
    .where('le.account_id', '=', 'world')
    .orderBy('le.id')
    .execute();
  for (const r of refunds) {
    const amount = Number(r.amount);
    if (amount % e.unit_escrow === 0)
      lines.push(unitsLine(title, day(r.created_at), 'refund', e, amount / e.unit_escrow, -1, true));
    else if (amount % e.unit_price === 0)
      lines.push(unitsLine(title, day(r.created_at), 'refund', e, amount / e.unit_price, -1, false));
    else {
      // Not a whole number of units (never posted so far): the tax within it, no fee.
      const tax = includedTax(amount);
      lines.push({
        milestone: title,
        date: day(r.created_at),
        kind: 'refund',
        amount: -(amount - tax),
        tax: -tax,
        fee: 0,
        feeTax: 0,
        withholding: 0,
        withholdingBase: 0,
        total: -amount,
      });
    }
  }
  return lines;
}
