// Application rows joined with their job, worker and client, ready to present.
import type { ApplicationStatus } from '../../../domain/applications/process';
import type { Db } from '../database';

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  shortlisted: boolean;
  proposal: string;
  quoted_amount: number;
  delivery_days: number;
  decline_reason: string | null;
  expires_at: Date;
  decided_at: Date | null;
  created_at: Date;
  job_id: string;
  job_title: string;
  job_kind: string;
  job_status: string;
  job_deadline: Date;
  job_hires: number | null;
  worker_id: string;
  worker_username: string;
  worker_display_name: string | null;
  worker_status: string;
  /** The worker's registration number (適格請求書発行事業者), null when not registered. */
  worker_invoice_number: string | null;
  client_id: string;
  client_username: string;
  client_display_name: string | null;
  client_status: string;
  thread_id: string | null;
  contract_id: string | null;
}

export function selectApplications(db: Db) {
  return db
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .innerJoin('users as w', 'w.id', 'a.worker_id')
    .innerJoin('users as c', 'c.id', 'j.client_id')
    .leftJoin('threads as t', (join) => join.onRef('t.subject_id', '=', 'a.id').on('t.subject_type', '=', 'application'))
    .leftJoin('contracts as k', 'k.application_id', 'a.id')
    .leftJoin('profiles as wp', 'wp.user_id', 'a.worker_id')
    .select([
      'a.id',
      'a.status',
      'a.shortlisted',
      'a.proposal',
      'a.quoted_amount',
      'a.delivery_days',
      'a.decline_reason',
      'a.expires_at',
      'a.decided_at',
      'a.created_at',
      'j.id as job_id',
      'j.title as job_title',
      'j.kind as job_kind',
      'j.status as job_status',
      'j.deadline as job_deadline',
      'j.hires as job_hires',
      'w.id as worker_id',
      'w.username as worker_username',
      'w.display_name as worker_display_name',
      'w.status as worker_status',
      'wp.invoice_number as worker_invoice_number',
      'c.id as client_id',
      'c.username as client_username',
      'c.display_name as client_display_name',
      'c.status as client_status',
      't.id as thread_id',
      'k.id as contract_id',
    ]);
}

export async function findApplicationView(db: Db, id: string): Promise<ApplicationView | undefined> {
  return (await selectApplications(db).where('a.id', '=', id).executeTakeFirst()) as ApplicationView | undefined;
}
