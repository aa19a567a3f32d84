// My contracts, as worker and as client, each with the next thing someone has to do.

import type { ContractSummary } from '../../../shared/api/contracts';
import { nextStep } from '../../contracts/next-step';
import type { Db } from '../../db/database';
import type { ContractStatus } from '../../db/schema';

/** A contract summary with the other party as a row: the HTTP presenter shows it. */
export type ContractSummaryRow = Omit<ContractSummary, 'other'> & {
  other: { username: string; displayName: string | null; status: string };
};

const ACTIVE: ContractStatus[] = ['awaiting_escrow', 'in_progress', 'disputed'];

export interface ListContractsInput {
  userId: string;
  role: 'client' | 'worker' | 'all';
  status: 'active' | 'ended' | 'all';
}

export async function listContracts(db: Db, input: ListContractsInput): Promise<ContractSummaryRow[]> {
  let q = db
    .selectFrom('contracts as k')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .select([
      'k.id',
      'k.title',
      'k.status',
      'k.client_id',
      'k.created_at',
      'k.updated_at',
      'cu.username as client_username',
      'cu.display_name as client_display_name',
      'cu.status as client_status',
      'wu.username as worker_username',
      'wu.display_name as worker_display_name',
      'wu.status as worker_status',
    ]);
  if (input.role === 'client') q = q.where('k.client_id', '=', input.userId);
  else if (input.role === 'worker') q = q.where('k.worker_id', '=', input.userId);
  else q = q.where((eb) => eb.or([eb('k.client_id', '=', input.userId), eb('k.worker_id', '=', input.userId)]));
  if (input.status === 'active') q = q.where('k.status', 'in', ACTIVE);
  if (input.status === 'ended') q = q.where('k.status', 'not in', ACTIVE);
  const rows = await q.orderBy('k.updated_at', 'desc').limit(200).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [milestones, proposals, reviews] = await Promise.all([
    db
      .selectFrom('milestones')
      .select(['contract_id', 'status', 'amount', 'due_date', 'auto_accept_at'])
      .where('contract_id', 'in', ids)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('termination_proposals')
      .select(['contract_id', 'proposer_role', 'respond_by'])
      .where('contract_id', 'in', ids)
      .where('status', '=', 'pending')
      .execute(),
    db
      .selectFrom('reviews')
      .select('contract_id')
      .where('contract_id', 'in', ids)
      .where('reviewer_id', '=', input.userId)
      .execute(),
  ]);
  return rows.map((r) => {
    const role = r.client_id === input.userId ? 'client' : 'worker';
    const own = milestones.filter((m) => m.contract_id === r.id);
    const next = nextStep({
      role,
      status: r.status,
      milestones: own,
      proposal: proposals.find((p) => p.contract_id === r.id) ?? null,
      reviewed: reviews.some((x) => x.contract_id === r.id),
    });
    const other =
      role === 'client'
        ? { username: r.worker_username, displayName: r.worker_display_name, status: r.worker_status }
        : { username: r.client_username, displayName: r.client_display_name, status: r.client_status };
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      role,
      other,
      amount: own.filter((m) => m.status !== 'cancelled').reduce((s, m) => s + m.amount, 0),
      nextStep: next.step,
      nextDate: next.date,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}
