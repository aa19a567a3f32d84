// Reading consultations (相談窓口) with the member and the contract they name: one query
// for the member's own list, staff's queue and one consultation.
import type { Db } from '../db/database';

export function consultationRows(db: Db) {
  return db
    .selectFrom('consultations as q')
    .innerJoin('users as u', 'u.id', 'q.member_id')
    .leftJoin('contracts as k', 'k.id', 'q.contract_id')
    .select([
      'q.id',
      'q.member_id',
      'q.category',
      'q.description',
      'q.contract_id',
      'q.status',
      'q.answer',
      'q.answered_by',
      'q.answered_at',
      'q.created_at',
      'q.updated_at',
      'u.username',
      'u.display_name',
      'k.title as contract_title',
      'k.service_order_id',
      'k.client_id',
      'k.worker_id',
    ]);
}

export type ConsultationRow = Awaited<ReturnType<ReturnType<typeof consultationRows>['executeTakeFirstOrThrow']>>;

/** The contract a consultation names, for the member or staff. */
export function referenceOf(r: ConsultationRow) {
  return r.contract_id
    ? { contractId: r.contract_id, title: r.contract_title ?? '', isOrder: r.service_order_id !== null }
    : null;
}

/** The consultation as its member reads it. */
export function presentMine(r: ConsultationRow) {
  return {
    id: r.id,
    category: r.category,
    description: r.description,
    reference: referenceOf(r),
    status: r.status,
    answer: r.answer,
    answeredAt: r.answered_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}

/** The parties of the contract it names: staff among them leave it to someone else. */
export function partiesOf(r: ConsultationRow): string[] {
  return [r.client_id, r.worker_id].filter((id): id is string => typeof id === 'string');
}
