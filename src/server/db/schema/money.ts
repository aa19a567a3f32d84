// The tables of money: the ledger, idempotency keys, bank accounts, payouts, scheduled
// withdrawals, and the escrows, submissions and rewards of task and competition postings.
import type { ColumnType, Generated } from 'kysely';
import type { CompetitionOutcomeKind, JobEscrowStatus } from '../../../domain/jobs/escrow-process';
import type { PayoutStatus } from '../../../domain/payouts/process';
import type { SubmissionJudge, TaskSubmissionStatus } from '../../../domain/tasks/process';
import type { DateColumn, Int, Json, NullableTimestamp, Timestamp } from './columns';

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
