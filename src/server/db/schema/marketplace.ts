// The tables of the marketplace: postings, applications, threads and messages,
// notifications, offers, attachments and competition entries.
import type { ColumnType, Generated } from 'kysely';
import type { OfferStatus } from '../../../domain/applications/offers';
import type { ApplicationStatus } from '../../../domain/applications/process';
import type { EntryStatus } from '../../../domain/competitions/process';
import type { JobKind, JobStatus } from '../../../domain/jobs/posting';
import type { NullableTimestamp, Timestamp } from './columns';

export interface JobsTable {
  id: Generated<string>;
  client_id: string;
  kind: JobKind;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  title: string;
  description: string;
  category: string;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  deadline: Timestamp;
  delivery_date: ColumnType<string | null, string | null | undefined, string | null>;
  budget_min: number | null;
  budget_max: number | null;
  hires: number | null;
  milestones_wished: number | null;
  task_slots: number | null;
  task_unit_price: number | null;
  /** Tasks: how many submissions one worker may make (1人あたりの提出上限); 1 and unused for other kinds. */
  task_worker_limit: ColumnType<number, number | undefined, number>;
  task_instructions: string | null;
  prize: number | null;
  entry_rules: string | null;
  allow_no_winner: ColumnType<boolean, boolean | undefined, boolean>;
  budget_sort: ColumnType<number, number | undefined, number>;
  search_text: ColumnType<string, string | undefined, string>;
  search_tokens: ColumnType<string[], string[] | undefined, string[]>;
  published_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  closed_reason: 'client' | 'deadline' | 'staff' | null;
  cancelled_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationsTable {
  id: Generated<string>;
  job_id: string;
  worker_id: string;
  status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
  shortlisted: ColumnType<boolean, boolean | undefined, boolean>;
  proposal: string;
  quoted_amount: number;
  delivery_days: number;
  decline_reason: string | null;
  expires_at: Timestamp;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type ThreadSubjectType = 'application' | 'offer' | 'contract' | 'inquiry';

export interface ThreadsTable {
  id: Generated<string>;
  subject_type: ThreadSubjectType;
  subject_id: string;
  created_at: Timestamp;
  last_message_at: NullableTimestamp;
}

export interface ThreadMembersTable {
  thread_id: string;
  user_id: string;
  last_read_message_id: ColumnType<number, number | undefined, number>;
}

export interface MessagesTable {
  id: Generated<number>;
  thread_id: string;
  sender_id: string;
  body: string;
  created_at: Timestamp;
  /** Removed by staff (moderation): shown as 「スタッフにより削除されました」. */
  removed_at: NullableTimestamp;
  removed_by: string | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: string;
  kind: string;
  title: string;
  body: ColumnType<string, string | undefined, string>;
  /** The kind's parameters (src/shared/notifications); null for rows written before them. */
  params: ColumnType<unknown, string | null | undefined, string | null>;
  link: string;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface OffersTable {
  id: Generated<string>;
  job_id: string;
  client_id: string;
  worker_id: string;
  message: string;
  amount: number | null;
  status: ColumnType<OfferStatus, OfferStatus | undefined, OfferStatus>;
  decline_reason: string | null;
  expires_at: Timestamp;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AttachmentsTable {
  id: Generated<string>;
  owner_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  message_id: number | null;
  application_id: string | null;
  entry_id: string | null;
  submission_id: string | null;
  created_at: Timestamp;
}

export interface CompetitionEntriesTable {
  id: Generated<string>;
  job_id: string;
  worker_id: string;
  title: string;
  description: string;
  status: ColumnType<EntryStatus, EntryStatus | undefined, EntryStatus>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
