// Kysely's view of the tables. Keep in step with migrations/.
import type { ColumnType, Generated } from 'kysely';
import type { UserStatus } from '../../domain/accounts/process';
import type { OfferStatus } from '../../domain/applications/offers';
import type { ApplicationStatus } from '../../domain/applications/process';
import type { EntryStatus } from '../../domain/competitions/process';
import type { DisputeOpener, DisputeStatus } from '../../domain/contracts/dispute';
import type { ContractStatus, MilestoneStatus, PartyRole } from '../../domain/contracts/process';
import type { ProposalStatus } from '../../domain/contracts/termination';
import type { DepositMethod, DepositStatus } from '../../domain/deposits/process';
import type { CompetitionOutcomeKind, JobEscrowStatus } from '../../domain/jobs/escrow-process';
import type { JobKind, JobStatus } from '../../domain/jobs/posting';
import type { PayoutStatus } from '../../domain/payouts/process';
import type { Actor } from '../../domain/process/transitions';
import type { SubmissionJudge, TaskSubmissionStatus } from '../../domain/tasks/process';

export type {
  ApplicationStatus,
  CompetitionOutcomeKind,
  ContractStatus,
  DepositMethod,
  DepositStatus,
  JobEscrowStatus,
  JobKind,
  JobStatus,
  MilestoneStatus,
  OfferStatus,
  PartyRole,
  PayoutStatus,
  ProposalStatus,
  TaskSubmissionStatus,
  UserStatus,
};

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export interface UsersTable {
  id: Generated<string>;
  username: string;
  email: string | null;
  email_verified_at: NullableTimestamp;
  password_hash: string | null;
  display_name: string | null;
  intent: ColumnType<'work' | 'order' | 'both', 'work' | 'order' | 'both' | undefined>;
  status: ColumnType<UserStatus, UserStatus | undefined, UserStatus>;
  staff_role: 'support' | 'finance' | 'moderator' | 'admin' | null;
  terms_accepted_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  withdrawn_at: NullableTimestamp;
  /** The language notices and their mails are written in. */
  locale: ColumnType<'ja' | 'en', 'ja' | 'en' | undefined, 'ja' | 'en'>;
}

export interface ProfilesTable {
  user_id: string;
  bio: ColumnType<string, string | undefined>;
  skills: ColumnType<string[], string[] | undefined>;
  occupation: string | null;
  hours_per_week: number | null;
  home_only: ColumnType<boolean, boolean | undefined>;
  times_of_day: ColumnType<string[], string[] | undefined>;
  prefecture: string | null;
  portfolio_links: ColumnType<string[], string[] | undefined>;
  entity_type: ColumnType<'individual' | 'corporation', 'individual' | 'corporation' | undefined>;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
  revoked_at: NullableTimestamp;
}

export type AuthTokenKind = 'verify_email' | 'reset_password' | 'change_email';

export interface AuthTokensTable {
  token_hash: string;
  user_id: string;
  kind: AuthTokenKind;
  new_email: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: 'mail';
  to_address: string | null;
  user_id: string | null;
  template: string;
  subject: string;
  body_text: string;
  status: ColumnType<'pending' | 'sent' | 'failed', 'pending' | undefined, 'pending' | 'sent' | 'failed'>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  erase_after_send: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface DevMailboxTable {
  id: Generated<number>;
  outbox_id: number | null;
  to_address: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
}

export interface LoginThrottlesTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: NullableTimestamp;
  /** Locks since the counter was last cleared: each lock lasts twice the one before. */
  locks: ColumnType<number, number | undefined, number>;
}

export interface AuditEventsTable {
  id: Generated<number>;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  data: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface WithdrawalVaultTable {
  user_id: string;
  email_hmac: string;
  restore_token_hash: string;
  ciphertext: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface FormerMembersTable {
  id: Generated<number>;
  email_hmac: string;
  withdrawn_on: ColumnType<string, string, string>;
  purge_after: Timestamp;
}

export interface WithdrawalReasonsTable {
  id: Generated<number>;
  month: ColumnType<string, string, string>;
  reasons: string[];
  other_text: string;
  erase_now: boolean;
}

export interface QueueTasksTable {
  id: Generated<number>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  run_at: Timestamp;
  status: ColumnType<'pending' | 'running' | 'done' | 'failed', 'pending' | undefined, 'pending' | 'running' | 'done' | 'failed'>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  locked_until: NullableTimestamp;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

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

export interface ThreadsTable {
  id: Generated<string>;
  subject_type: 'application' | 'offer' | 'contract';
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

type DateColumn = ColumnType<string, string, string>;
type Int = ColumnType<number, number | undefined, number>;

export type ActorRole = Actor;

export interface PendingTerms {
  milestones: { title: string; amount: number; dueDate: string }[];
  withholding: boolean;
  proposedAt: string;
}

/** Yen the worker receives (before tax) from each milestone's escrow; the rest goes back to the client. */
export type Settlement = { milestoneId: string; workerAmount: number }[];
/** A settlement as executed: with the worker's net and the client's refund per milestone. */
export type SettledLines = { milestoneId: string; workerAmount: number; workerNet: number; refund: number }[];

export interface ContractsTable {
  id: Generated<string>;
  job_id: string;
  application_id: string | null;
  offer_id: string | null;
  client_id: string;
  worker_id: string;
  title: string;
  status: ColumnType<ContractStatus, ContractStatus | undefined, ContractStatus>;
  withholding: ColumnType<boolean, boolean | undefined, boolean>;
  pending_terms: Json<PendingTerms | null>;
  terms_version: Int;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  reviews_revealed_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface MilestonesTable {
  id: Generated<string>;
  contract_id: string;
  position: number;
  title: string;
  amount: number;
  tax: number;
  client_fee: number;
  client_fee_tax: number;
  worker_fee: number;
  worker_fee_tax: number;
  withholding: number;
  worker_net: number;
  escrow: number;
  due_date: DateColumn;
  status: ColumnType<MilestoneStatus, MilestoneStatus | undefined, MilestoneStatus>;
  delivery_count: Int;
  delivered_at: NullableTimestamp;
  auto_accept_at: NullableTimestamp;
  delivery_message_id: number | null;
  funded_at: NullableTimestamp;
  accepted_at: NullableTimestamp;
  paid_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContractEventsTable {
  id: Generated<number>;
  contract_id: string;
  milestone_id: string | null;
  action: string;
  actor_role: ActorRole;
  actor_id: string | null;
  detail: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface ContractDocumentsTable {
  id: Generated<number>;
  contract_id: string;
  kind: 'terms';
  version: number;
  body: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface DepositsTable {
  id: Generated<string>;
  milestone_id: string | null;
  contract_id: string | null;
  /** Set instead of the milestone when the deposit funds a task's or competition's escrow. */
  job_id: string | null;
  client_id: string;
  method: DepositMethod;
  reference: string;
  amount: number;
  status: ColumnType<DepositStatus, DepositStatus | undefined, DepositStatus>;
  provider_ref: string | null;
  created_at: Timestamp;
  confirmed_at: NullableTimestamp;
  confirmed_by: string | null;
  cancelled_at: NullableTimestamp;
}

export interface TerminationProposalsTable {
  id: Generated<string>;
  contract_id: string;
  proposer_id: string;
  proposer_role: PartyRole;
  reason: string;
  settlement: Json<Settlement>;
  status: ColumnType<ProposalStatus, ProposalStatus | undefined, ProposalStatus>;
  respond_by: Timestamp;
  refusal_reason: string | null;
  created_at: Timestamp;
  decided_at: NullableTimestamp;
}

export interface DisputesTable {
  id: Generated<string>;
  contract_id: string;
  opened_by: string | null;
  opener_role: DisputeOpener;
  reason: string;
  status: ColumnType<DisputeStatus, DisputeStatus | undefined, DisputeStatus>;
  settlement: Json<SettledLines | null>;
  settled_by: string | null;
  settlement_note: string | null;
  created_at: Timestamp;
  settled_at: NullableTimestamp;
}

export interface ReviewsTable {
  id: Generated<string>;
  contract_id: string;
  reviewer_id: string;
  reviewee_id: string;
  reviewer_role: PartyRole;
  skill: number;
  quality: number;
  schedule: number;
  communication: number;
  partnership: number;
  comment: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}

export interface LedgerAccountsTable {
  id: string;
  user_id: string | null;
  /** bigint, parsed as a number (int8 parser): yen amounts stay far below 2^53. */
  balance: Int;
  created_at: Timestamp;
}

/** Part of the cached balance of a service account (see LEDGER_SLOTS in ledger.ts). */
export interface LedgerBalanceSlotsTable {
  account_id: string;
  slot: number;
  /** bigint, parsed as a number. */
  balance: Int;
}

export interface LedgerTransactionsTable {
  id: Generated<number>;
  key: string;
  kind: string;
  contract_id: string | null;
  milestone_id: string | null;
  job_id: string | null;
  created_at: Timestamp;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  transaction_id: number;
  account_id: string;
  amount: number;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: Timestamp;
}

export interface BankAccountsTable {
  user_id: string;
  bank_code: string;
  bank_name: string;
  branch_code: string;
  branch_name: string;
  account_type: 'ordinary' | 'current' | 'savings';
  number_hint: string;
  sealed: Buffer;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PayoutBatchesTable {
  id: Generated<string>;
  payment_date: DateColumn;
  created_by: string;
  created_at: Timestamp;
}

export interface PayoutRequestsTable {
  id: Generated<string>;
  number: Generated<number>;
  user_id: string;
  amount: number;
  fee: number;
  net: number;
  final: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<PayoutStatus, PayoutStatus | undefined, PayoutStatus>;
  scheduled_date: DateColumn;
  batch_id: string | null;
  bank_code: string;
  branch_code: string;
  account_type: 'ordinary' | 'current' | 'savings';
  number_hint: string;
  sealed: Buffer | null;
  failure_reason: string | null;
  requested_at: Timestamp;
  batched_at: NullableTimestamp;
  paid_at: NullableTimestamp;
  failed_at: NullableTimestamp;
}

export interface ScheduledWithdrawalsTable {
  user_id: string;
  reasons: ColumnType<string[], string[] | undefined, string[]>;
  other_reason: ColumnType<string, string | undefined, string>;
  erase_now: boolean;
  requested_at: Timestamp;
}

export interface JobEscrowsTable {
  job_id: string;
  client_id: string;
  kind: 'task' | 'competition';
  status: ColumnType<JobEscrowStatus, JobEscrowStatus | undefined, JobEscrowStatus>;
  units: number;
  unit_price: number;
  unit_tax: number;
  client_fee: number;
  client_fee_tax: number;
  worker_fee: number;
  worker_fee_tax: number;
  worker_net: number;
  unit_escrow: number;
  total: number;
  allow_no_winner: ColumnType<boolean, boolean | undefined, boolean>;
  judge_by: NullableTimestamp;
  selection_due_at: NullableTimestamp;
  outcome: CompetitionOutcomeKind | null;
  winner_entry_id: string | null;
  no_winner_reason: string | null;
  funded_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaskSubmissionsTable {
  id: Generated<string>;
  job_id: string;
  worker_id: string;
  body: string;
  status: ColumnType<TaskSubmissionStatus, TaskSubmissionStatus | undefined, TaskSubmissionStatus>;
  reject_reason: string | null;
  decided_by: SubmissionJudge | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkRewardsTable {
  id: Generated<number>;
  job_id: string;
  worker_id: string;
  kind: 'task' | 'prize' | 'share';
  submission_id: string | null;
  entry_id: string | null;
  gross: number;
  tax: number;
  worker_fee: number;
  worker_fee_tax: number;
  worker_net: number;
  created_at: Timestamp;
}

export interface DB {
  users: UsersTable;
  profiles: ProfilesTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  outbox: OutboxTable;
  dev_mailbox: DevMailboxTable;
  login_throttles: LoginThrottlesTable;
  audit_events: AuditEventsTable;
  withdrawal_vault: WithdrawalVaultTable;
  former_members: FormerMembersTable;
  withdrawal_reasons: WithdrawalReasonsTable;
  queue_tasks: QueueTasksTable;
  jobs: JobsTable;
  applications: ApplicationsTable;
  threads: ThreadsTable;
  thread_members: ThreadMembersTable;
  messages: MessagesTable;
  notifications: NotificationsTable;
  offers: OffersTable;
  attachments: AttachmentsTable;
  competition_entries: CompetitionEntriesTable;
  contracts: ContractsTable;
  milestones: MilestonesTable;
  contract_events: ContractEventsTable;
  contract_documents: ContractDocumentsTable;
  deposits: DepositsTable;
  job_escrows: JobEscrowsTable;
  task_submissions: TaskSubmissionsTable;
  work_rewards: WorkRewardsTable;
  termination_proposals: TerminationProposalsTable;
  disputes: DisputesTable;
  reviews: ReviewsTable;
  ledger_accounts: LedgerAccountsTable;
  ledger_balance_slots: LedgerBalanceSlotsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
  idempotency_keys: IdempotencyKeysTable;
  bank_accounts: BankAccountsTable;
  payout_batches: PayoutBatchesTable;
  payout_requests: PayoutRequestsTable;
  scheduled_withdrawals: ScheduledWithdrawalsTable;
}
