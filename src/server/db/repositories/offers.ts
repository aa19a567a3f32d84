// Offer rows joined with their job and parties.
import type { Db } from '../database';

export interface OfferView {
  id: string;
  status: 'pending' | 'accepted' | 'declined' | 'cancelled' | 'expired';
  message: string;
  amount: number | null;
  decline_reason: string | null;
  expires_at: Date;
  decided_at: Date | null;
  created_at: Date;
  job_id: string;
  job_title: string;
  job_kind: string;
  job_status: string;
  worker_id: string;
  worker_username: string;
  worker_display_name: string | null;
  worker_status: string;
  client_id: string;
  client_username: string;
  client_display_name: string | null;
  client_status: string;
  thread_id: string | null;
  contract_id: string | null;
}

export function selectOffers(db: Db) {
  return db
    .selectFrom('offers as o')
    .innerJoin('jobs as j', 'j.id', 'o.job_id')
    .innerJoin('users as w', 'w.id', 'o.worker_id')
    .innerJoin('users as c', 'c.id', 'o.client_id')
    .leftJoin('threads as t', (join) => join.onRef('t.subject_id', '=', 'o.id').on('t.subject_type', '=', 'offer'))
    .leftJoin('contracts as k', 'k.offer_id', 'o.id')
    .select([
      'o.id',
      'o.status',
      'o.message',
      'o.amount',
      'o.decline_reason',
      'o.expires_at',
      'o.decided_at',
      'o.created_at',
      'j.id as job_id',
      'j.title as job_title',
      'j.kind as job_kind',
      'j.status as job_status',
      'w.id as worker_id',
      'w.username as worker_username',
      'w.display_name as worker_display_name',
      'w.status as worker_status',
      'c.id as client_id',
      'c.username as client_username',
      'c.display_name as client_display_name',
      'c.status as client_status',
      't.id as thread_id',
      'k.id as contract_id',
    ]);
}
