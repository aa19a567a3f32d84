// The staff views of money: deposits waiting for a bank transfer to be confirmed, and
// disputes with everything staff need to settle them (the thread, the timeline).
import { AppError } from '../../domain/errors';
import type { Lang } from '../../shared/errors';
import type { Db } from '../db/database';
import type { DepositStatus } from '../db/schema';
import type { Deps } from '../deps';
import { getContractEvents } from './contract-events';

function depositQuery(db: Db) {
  return db
    .selectFrom('deposits as d')
    .leftJoin('contracts as k', 'k.id', 'd.contract_id')
    .leftJoin('milestones as m', 'm.id', 'd.milestone_id')
    .leftJoin('jobs as j', 'j.id', 'd.job_id')
    .innerJoin('users as u', 'u.id', 'd.client_id')
    .select([
      'd.id',
      'd.reference',
      'd.amount',
      'd.method',
      'd.status',
      'd.created_at',
      'k.id as contract_id',
      'k.title',
      'm.id as milestone_id',
      'm.position',
      'm.title as milestone_title',
      'j.id as job_id',
      'j.title as job_title',
      'j.kind as job_kind',
      'u.username',
    ]);
}

export async function listDeposits(db: Db, input: { status: DepositStatus | 'all' }) {
  let q = depositQuery(db);
  if (input.status !== 'all') q = q.where('d.status', '=', input.status);
  const rows = await q.orderBy('d.created_at').limit(500).execute();
  return rows.map(presentStaffDeposit);
}

export async function getStaffDeposit(db: Db, id: string) {
  const row = await depositQuery(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  return presentStaffDeposit(row);
}

function presentStaffDeposit(r: {
  id: string;
  reference: string;
  amount: number;
  method: 'bank_transfer' | 'dev_card';
  status: DepositStatus;
  created_at: Date;
  contract_id: string | null;
  title: string | null;
  milestone_id: string | null;
  position: number | null;
  milestone_title: string | null;
  job_id: string | null;
  job_title: string | null;
  job_kind: string | null;
  username: string;
}) {
  return {
    id: r.id,
    reference: r.reference,
    amount: r.amount,
    method: r.method,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    contract: r.contract_id ? { id: r.contract_id, title: r.title ?? '' } : null,
    milestone: r.milestone_id ? { id: r.milestone_id, position: r.position ?? 1, title: r.milestone_title ?? '' } : null,
    job: r.job_id
      ? { id: r.job_id, title: r.job_title ?? '', kind: r.job_kind === 'task' ? ('task' as const) : ('competition' as const) }
      : null,
    client: { username: r.username },
  };
}

function disputeQuery(db: Db) {
  return db
    .selectFrom('disputes as d')
    .innerJoin('contracts as k', 'k.id', 'd.contract_id')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .selectAll('d')
    .select(['k.title', 'k.status as contract_status', 'cu.username as client', 'wu.username as worker']);
}

async function presentDisputes(db: Db, rows: Awaited<ReturnType<ReturnType<typeof disputeQuery>['execute']>>) {
  if (rows.length === 0) return [];
  const milestones = await db
    .selectFrom('milestones')
    .select(['id', 'contract_id', 'position', 'title', 'status', 'amount', 'escrow'])
    .where(
      'contract_id',
      'in',
      rows.map((r) => r.contract_id),
    )
    .orderBy('position')
    .execute();
  return rows.map((d) => ({
    id: d.id,
    openerRole: d.opener_role,
    reason: d.reason,
    status: d.status,
    settlement: d.settlement,
    settlementNote: d.settlement_note,
    createdAt: d.created_at.toISOString(),
    settledAt: d.settled_at?.toISOString() ?? null,
    contract: { id: d.contract_id, title: d.title, status: d.contract_status },
    client: { username: d.client },
    worker: { username: d.worker },
    milestones: milestones
      .filter((m) => m.contract_id === d.contract_id)
      .map((m) => ({ id: m.id, position: m.position, title: m.title, status: m.status, amount: m.amount, escrow: m.escrow })),
  }));
}

export async function listDisputes(db: Db, input: { status: 'open' | 'settled' | 'all' }) {
  let q = disputeQuery(db);
  if (input.status !== 'all') q = q.where('d.status', '=', input.status);
  return presentDisputes(db, await q.orderBy('d.created_at').limit(500).execute());
}

export async function getDispute(deps: Deps, input: { disputeId: string; lang: Lang }) {
  const row = await disputeQuery(deps.db).where('d.id', '=', input.disputeId).executeTakeFirst();
  if (!row) throw new AppError('not-found');
  const [dispute] = await presentDisputes(deps.db, [row]);
  const messages = await deps.db
    .selectFrom('threads as t')
    .innerJoin('messages as m', 'm.thread_id', 't.id')
    .innerJoin('users as u', 'u.id', 'm.sender_id')
    .select(['m.id', 'm.body', 'm.created_at', 'u.username'])
    .where('t.subject_type', '=', 'contract')
    .where('t.subject_id', '=', row.contract_id)
    .orderBy('m.id')
    .limit(500)
    .execute();
  return {
    ...(dispute as NonNullable<typeof dispute>),
    messages: messages.map((m) => ({
      id: String(m.id),
      sender: m.username,
      body: m.body,
      createdAt: m.created_at.toISOString(),
    })),
    events: await getContractEvents(deps.db, row.contract_id, input.lang),
  };
}
