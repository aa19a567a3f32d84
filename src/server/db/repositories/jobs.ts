// Job posting rows and their presentation-ready joins.
import type { Db } from '../database';

export const JOB_COLUMNS = [
  'j.id',
  'j.client_id',
  'j.kind',
  'j.status',
  'j.title',
  'j.description',
  'j.category',
  'j.tags',
  'j.deadline',
  'j.delivery_date',
  'j.budget_min',
  'j.budget_max',
  'j.hires',
  'j.milestones_wished',
  'j.task_slots',
  'j.task_unit_price',
  'j.task_worker_limit',
  'j.task_instructions',
  'j.prize',
  'j.entry_rules',
  'j.allow_no_winner',
  'j.published_at',
  'j.closed_at',
  'j.closed_reason',
  'j.cancelled_at',
  'j.created_at',
  'j.updated_at',
] as const;

export interface JobWithClient {
  id: string;
  client_id: string;
  kind: 'project' | 'task' | 'competition';
  status: 'draft' | 'open' | 'closed' | 'cancelled';
  title: string;
  description: string;
  category: string;
  tags: string[];
  deadline: Date;
  delivery_date: string | null;
  budget_min: number | null;
  budget_max: number | null;
  hires: number | null;
  milestones_wished: number | null;
  task_slots: number | null;
  task_unit_price: number | null;
  task_worker_limit: number;
  task_instructions: string | null;
  prize: number | null;
  entry_rules: string | null;
  allow_no_winner: boolean;
  published_at: Date | null;
  closed_at: Date | null;
  closed_reason: 'client' | 'deadline' | 'staff' | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
  client_username: string;
  client_display_name: string | null;
  client_status: string;
}

export function selectJobsWithClient(db: Db) {
  return db
    .selectFrom('jobs as j')
    .innerJoin('users as u', 'u.id', 'j.client_id')
    .select([
      ...JOB_COLUMNS,
      'u.username as client_username',
      'u.display_name as client_display_name',
      'u.status as client_status',
    ]);
}

export async function findJobWithClient(db: Db, id: string): Promise<JobWithClient | undefined> {
  return (await selectJobsWithClient(db).where('j.id', '=', id).executeTakeFirst()) as JobWithClient | undefined;
}
