import type { z } from 'zod';
import { earningsOf } from '../../../domain/ledger/recipes';
import type { MonthlyStatement } from '../../../shared/api/statements';
import type { Lang } from '../../../shared/errors';
import type { Db } from '../../db/database';
import { balanceOf } from '../../db/repositories/ledger';
import { japanMonth } from '../../statements/months';

type Monthly = z.infer<typeof MonthlyStatement>;

const LINE_LABELS: Record<string, { ja: string; en: string }> = {
  escrow_release: { ja: '報酬(検収)', en: 'Fee (accepted)' },
  escrow_settle: { ja: '報酬(途中解消の精算)', en: 'Fee (settlement)' },
  task_approve: { ja: '報酬(タスク承認)', en: 'Fee (task approved)' },
  competition_close: { ja: '報酬(コンペ賞金)', en: 'Fee (competition prize)' },
  tip: { ja: 'おひねり(手数料差引後)', en: 'Tip (after fees)' },
  deposit: { ja: '仮払い', en: 'Escrow payment' },
  tip_deposit: { ja: 'おひねりのお支払い', en: 'Tip paid' },
  payout_request: { ja: '振込申請', en: 'Payout request' },
  payout_failed: { ja: '振込失敗による返金', en: 'Payout returned (transfer failed)' },
  refund: { ja: '仮払い金の返金', en: 'Escrow refund' },
};

export interface MonthlyStatementInput {
  userId: string;
  month: string;
  lang: Lang;
}

export async function getMonthlyStatement(db: Db, input: MonthlyStatementInput): Promise<Monthly> {
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
      .select(['d.amount', 'd.confirmed_at', 'd.contract_id', 'd.job_id', 'd.tip_id', 'k.title', 'j.title as job_title'])
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
      kind: d.tip_id ? 'tip_deposit' : 'deposit',
      label: label(d.tip_id ? 'tip_deposit' : 'deposit'),
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
      earned: sum(['escrow_release', 'escrow_settle', 'task_approve', 'competition_close', 'tip']),
      paid: -sum(['deposit', 'tip_deposit']),
      refunded: sum(['refund']),
    },
    earningsBalance: await balanceOf(db, earningsOf(input.userId)),
  };
}
