// A deposit as the staff's deposits page shows it: what it pays for (a milestone, a tip on
// an order, or a task's or competition's escrow) and who pays.
import type { Db } from '../db/database';
import type { DepositMethod, DepositStatus } from '../db/schema';

export function depositQuery(db: Db) {
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
      'd.tip_id',
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

export function presentStaffDeposit(r: {
  id: string;
  reference: string;
  amount: number;
  method: DepositMethod;
  status: DepositStatus;
  created_at: Date;
  tip_id: string | null;
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
    tip: r.tip_id !== null,
    milestone: r.milestone_id ? { id: r.milestone_id, position: r.position ?? 1, title: r.milestone_title ?? '' } : null,
    job: r.job_id
      ? { id: r.job_id, title: r.job_title ?? '', kind: r.job_kind === 'task' ? ('task' as const) : ('competition' as const) }
      : null,
    client: { username: r.username },
  };
}
