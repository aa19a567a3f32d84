import type { Db } from '../db/database';

export function disputeQuery(db: Db) {
  return db
    .selectFrom('disputes as d')
    .innerJoin('contracts as k', 'k.id', 'd.contract_id')
    .innerJoin('users as cu', 'cu.id', 'k.client_id')
    .innerJoin('users as wu', 'wu.id', 'k.worker_id')
    .selectAll('d')
    .select(['k.title', 'k.status as contract_status', 'cu.username as client', 'wu.username as worker']);
}

export async function presentDisputes(db: Db, rows: Awaited<ReturnType<ReturnType<typeof disputeQuery>['execute']>>) {
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
