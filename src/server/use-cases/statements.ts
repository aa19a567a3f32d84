// Statements: per contract a receipt for the client (領収書) and a payment notice for the
// worker (支払通知書), a monthly statement per user (取引明細), and the earnings balance
// (報酬残高). All read from the ledger and the deposits, never from a second bookkeeping.
import { sql } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../domain/errors';
import { earningsOf } from '../../domain/ledger/recipes';
import type { ContractStatement, MonthlyStatement } from '../../shared/api/contracts';
import type { Lang } from '../../shared/errors';
import { splitFor } from '../contracts/core';
import type { Db } from '../db/database';
import { balanceOf } from '../db/repositories/ledger';
import type { Deps } from '../deps';
import { presentParty, presentReview } from '../http/presenters';

type Statement = z.infer<typeof ContractStatement>;
type Monthly = z.infer<typeof MonthlyStatement>;

const PLATFORM = { name: 'よろず', invoiceNumber: null };

export async function contractStatement(
  deps: Deps,
  input: { viewerId: string; contractId: string; kind: 'receipt' | 'payment_notice'; lang: Lang },
): Promise<Statement> {
  const db = deps.db;
  const c = await db
    .selectFrom('contracts as k')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .select([
      'k.id',
      'k.title',
      'k.client_id',
      'k.worker_id',
      'k.withholding',
      'cu.username as cu',
      'cu.display_name as cdn',
      'cu.status as cs',
      'wu.username as wu',
      'wu.display_name as wdn',
      'wu.status as ws',
    ])
    .where('k.id', '=', input.contractId)
    .executeTakeFirst();
  const owner = input.kind === 'receipt' ? c?.client_id : c?.worker_id;
  if (!c || (c.client_id !== input.viewerId && c.worker_id !== input.viewerId)) throw new AppError('not-found');
  if (owner !== input.viewerId) throw new AppError('forbidden');
  const milestones = await db.selectFrom('milestones').selectAll().where('contract_id', '=', c.id).orderBy('position').execute();
  const lines: Statement['lines'] = [];
  const day = (d: Date | null) => (d ? new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10) : '');

  if (input.kind === 'receipt') {
    const refunds = await db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
      .select(['t.milestone_id', 'e.amount', 't.created_at'])
      .where('t.contract_id', '=', c.id)
      .where('t.kind', 'in', ['escrow_refund', 'escrow_settle'])
      .where('e.account_id', '=', 'world')
      .execute();
    for (const m of milestones) {
      if (m.funded_at) {
        lines.push({
          milestone: m.title,
          date: day(m.funded_at),
          kind: 'escrow',
          amount: m.amount,
          tax: m.tax,
          fee: m.client_fee,
          feeTax: m.client_fee_tax,
          withholding: 0,
          total: m.escrow,
        });
      }
      const refund = refunds.find((r) => r.milestone_id === m.id);
      if (refund) {
        const amount = Number(refund.amount);
        lines.push({
          milestone: m.title,
          date: day(refund.created_at),
          kind: 'refund',
          amount: -amount,
          tax: 0,
          fee: 0,
          feeTax: 0,
          withholding: 0,
          total: -amount,
        });
      }
    }
  } else {
    const settles = await db
      .selectFrom('contract_events')
      .select(['milestone_id', 'detail', 'created_at'])
      .where('contract_id', '=', c.id)
      .where('action', '=', 'milestone.settle')
      .execute();
    for (const m of milestones) {
      if (m.status === 'paid') {
        lines.push({
          milestone: m.title,
          date: day(m.paid_at),
          kind: 'paid',
          amount: m.amount,
          tax: m.tax,
          fee: m.worker_fee,
          feeTax: m.worker_fee_tax,
          withholding: m.withholding,
          total: m.worker_net,
        });
      }
      const settle = settles.find((s) => s.milestone_id === m.id);
      const workerAmount = Number(settle?.detail.workerAmount ?? 0);
      if (settle && workerAmount > 0) {
        const part = splitFor(deps, workerAmount, c.withholding);
        lines.push({
          milestone: m.title,
          date: day(settle.created_at),
          kind: 'settled',
          amount: part.amount,
          tax: part.tax,
          fee: part.workerFee,
          feeTax: part.workerFeeTax,
          withholding: part.withholding,
          total: part.workerNet,
        });
      }
    }
  }
  return {
    kind: input.kind,
    contractId: c.id,
    title: c.title,
    issuedAt: deps.clock().toISOString(),
    client: presentParty({ username: c.cu, displayName: c.cdn, status: c.cs }, input.lang),
    worker: presentParty({ username: c.wu, displayName: c.wdn, status: c.ws }, input.lang),
    lines,
    total: lines.reduce((s, l) => s + l.total, 0),
    platform: PLATFORM,
  };
}

/** The first instant of a month in Japan, and of the next month. */
function japanMonth(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, m - 1, 1) - 9 * 3_600_000);
  const to = new Date(Date.UTC(y, m, 1) - 9 * 3_600_000);
  return { from, to };
}

export function currentJapanMonth(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
}

const LINE_LABELS: Record<string, { ja: string; en: string }> = {
  escrow_release: { ja: '報酬(検収)', en: 'Fee (accepted)' },
  escrow_settle: { ja: '報酬(途中解消の精算)', en: 'Fee (settlement)' },
  task_approve: { ja: '報酬(タスク承認)', en: 'Fee (task approved)' },
  competition_close: { ja: '報酬(コンペ賞金)', en: 'Fee (competition prize)' },
  deposit: { ja: '仮払い', en: 'Escrow payment' },
  payout_request: { ja: '振込申請', en: 'Payout request' },
  payout_failed: { ja: '振込失敗による返金', en: 'Payout returned (transfer failed)' },
  refund: { ja: '仮払い金の返金', en: 'Escrow refund' },
};

export async function monthlyStatement(db: Db, input: { userId: string; month: string; lang: Lang }): Promise<Monthly> {
  const { from, to } = japanMonth(input.month);
  const [earned, deposits, refunds] = await Promise.all([
    db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
      .leftJoin('contracts as k', 'k.id', 't.contract_id')
      .leftJoin('jobs as j', 'j.id', 't.job_id')
      .select(['e.amount', 'e.created_at', 't.kind', 't.contract_id', 't.job_id', 'k.title', 'j.title as job_title'])
      .where('e.account_id', '=', earningsOf(input.userId))
      .where('e.created_at', '>=', from)
      .where('e.created_at', '<', to)
      .orderBy('e.id')
      .execute(),
    db
      .selectFrom('deposits as d')
      .leftJoin('contracts as k', 'k.id', 'd.contract_id')
      .leftJoin('jobs as j', 'j.id', 'd.job_id')
      .select(['d.amount', 'd.confirmed_at', 'd.contract_id', 'd.job_id', 'k.title', 'j.title as job_title'])
      .where('d.client_id', '=', input.userId)
      .where('d.status', '=', 'confirmed')
      .where('d.confirmed_at', '>=', from)
      .where('d.confirmed_at', '<', to)
      .execute(),
    // Money going back to the client: a contract's escrow refunded or settled, a posting's
    // unused slots, cancellation or competition without a winner.
    db
      .selectFrom('ledger_entries as e')
      .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
      .leftJoin('contracts as k', 'k.id', 't.contract_id')
      .leftJoin('jobs as j', 'j.id', 't.job_id')
      .select(['e.amount', 'e.created_at', 't.contract_id', 't.job_id', 'k.title', 'j.title as job_title'])
      .where((eb) => eb.or([eb('k.client_id', '=', input.userId), eb('j.client_id', '=', input.userId)]))
      .where('t.kind', 'in', ['escrow_refund', 'escrow_settle', 'task_refund', 'job_cancel', 'competition_close'])
      .where('e.account_id', '=', 'world')
      .where('e.created_at', '>=', from)
      .where('e.created_at', '<', to)
      .execute(),
  ]);
  const label = (k: string) => LINE_LABELS[k]?.[input.lang] ?? k;
  const subject = (r: { contract_id: string | null; job_id: string | null; title: string | null; job_title: string | null }) => ({
    contractId: r.contract_id,
    jobId: r.job_id,
    title: r.title ?? r.job_title ?? '',
  });
  const lines: Monthly['lines'] = [
    ...earned.map((e) => ({
      date: e.created_at.toISOString(),
      kind: e.kind,
      label: label(e.kind),
      ...subject(e),
      amount: Number(e.amount),
    })),
    ...deposits.map((d) => ({
      date: d.confirmed_at?.toISOString() ?? '',
      kind: 'deposit',
      label: label('deposit'),
      ...subject(d),
      amount: -d.amount,
    })),
    ...refunds.map((r) => ({
      date: r.created_at.toISOString(),
      kind: 'refund',
      label: label('refund'),
      ...subject(r),
      amount: Number(r.amount),
    })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const sum = (kinds: string[]) => lines.filter((l) => kinds.includes(l.kind)).reduce((s, l) => s + l.amount, 0);
  return {
    month: input.month,
    lines,
    totals: {
      earned: sum(['escrow_release', 'escrow_settle', 'task_approve', 'competition_close']),
      paid: -sum(['deposit']),
      refunded: sum(['refund']),
    },
    earningsBalance: await balanceOf(db, earningsOf(input.userId)),
  };
}

export async function earningsBalance(db: Db, userId: string): Promise<number> {
  return balanceOf(db, earningsOf(userId));
}

/** Revealed reviews a member received, with averages (public). */
export async function profileReviews(db: Db, input: { username: string; lang: Lang }) {
  const user = await db.selectFrom('users').select(['id', 'status']).where('username', '=', input.username).executeTakeFirst();
  if (!user || user.status === 'withdrawn') throw new AppError('not-found');
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .selectAll('r')
    .select(['k.title', 'u.username', 'u.display_name', 'u.status'])
    .where('r.reviewee_id', '=', user.id)
    .where('k.reviews_revealed_at', 'is not', null)
    .orderBy('r.created_at', 'desc')
    .limit(100)
    .execute();
  const stats = await db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<string>`avg(r.skill)`.as('skill'),
      sql<string>`avg(r.quality)`.as('quality'),
      sql<string>`avg(r.schedule)`.as('schedule'),
      sql<string>`avg(r.communication)`.as('communication'),
      sql<string>`avg(r.partnership)`.as('partnership'),
    ])
    .where('r.reviewee_id', '=', user.id)
    .where('k.reviews_revealed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  const round = (v: string | null) => (v === null ? undefined : Math.round(Number(v) * 10) / 10);
  const count = Number(stats.n);
  const averages =
    count === 0
      ? null
      : {
          skill: round(stats.skill),
          quality: round(stats.quality),
          schedule: round(stats.schedule),
          communication: round(stats.communication),
          partnership: round(stats.partnership),
        };
  const all = averages ? Object.values(averages).filter((v): v is number => v !== undefined) : [];
  return {
    count,
    average: all.length ? Math.round((all.reduce((a, b) => a + b, 0) / all.length) * 10) / 10 : null,
    averages,
    items: rows.map((r) => ({
      ...presentReview(r, input.lang),
      contractTitle: r.title,
      reviewee: r.reviewer_role === 'client' ? ('worker' as const) : ('client' as const),
    })),
  };
}
