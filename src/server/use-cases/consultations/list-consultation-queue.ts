// Staff's queue of consultations (相談窓口), oldest first: the active ones (open and in
// progress) unless a status is asked for. A staff member never sees their own
// consultation nor one about a contract they are a party to.
import type { ConsultationStatus } from '../../../domain/consultations/consultation';
import { consultationRows } from '../../consultations/rows';
import type { Db } from '../../db/database';

export async function listConsultationQueue(db: Db, input: { staffId: string; status: ConsultationStatus | 'active' }) {
  const statuses: ConsultationStatus[] = input.status === 'active' ? ['open', 'in_progress'] : [input.status];
  const rows = await consultationRows(db)
    .where('q.status', 'in', statuses)
    .where('q.member_id', '!=', input.staffId)
    .where((eb) =>
      eb.or([eb('k.id', 'is', null), eb.and([eb('k.client_id', '!=', input.staffId), eb('k.worker_id', '!=', input.staffId)])]),
    )
    .orderBy('q.created_at', 'asc')
    .orderBy('q.id')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      category: r.category,
      excerpt: r.description.slice(0, 80),
      member: { id: r.member_id, username: r.username, displayName: r.display_name ?? '' },
      status: r.status,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    })),
  };
}
