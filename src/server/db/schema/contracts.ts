// The tables of contracts: the contract, its milestones, timeline and documents, deposits,
// termination proposals, disputes and reviews.
import type { ColumnType, Generated } from 'kysely';
import type { DisputeOpener, DisputeStatus } from '../../../domain/contracts/dispute';
import type { ContractStatus, MilestoneStatus, PartyRole } from '../../../domain/contracts/process';
import type { ProposalStatus } from '../../../domain/contracts/termination';
import type { DepositMethod, DepositStatus } from '../../../domain/deposits/process';
import type { Actor } from '../../../domain/process/transitions';
import type { DateColumn, Int, Json, NullableTimestamp, Timestamp } from './columns';
import type { ProviderDetails } from './payments';

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
  /** The job the contract was made for; null for a service order's contract. */
  job_id: string | null;
  /** The service order (取引) the contract carries; null for a job's contract. */
  service_order_id: ColumnType<string | null, string | null | undefined, never>;
  /** Days after a delivery before it is accepted by itself; null: the platform's setting. */
  acceptance_days: ColumnType<number | null, number | null | undefined, never>;
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
  /** Set instead of the milestone when the deposit pays a tip (おひねり); contract_id names the order's contract. */
  tip_id: ColumnType<string | null, string | null | undefined, never>;
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
  /** What the web app needs to finish a provider payment (client secret, konbini numbers). */
  provider_details: Json<ProviderDetails | null>;
  payment_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Why the provider's payment failed or lapsed (DEPOSIT_FAILURES). */
  failure_code: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** The seller's answer (返信) to a buyer's review of an order; once, never edited. */
  answer: ColumnType<string | null, string | null | undefined, string | null>;
  answered_at: NullableTimestamp;
  /** Hidden by staff (moderation): no longer shown anywhere. */
  hidden_at: NullableTimestamp;
  hidden_by: string | null;
}
