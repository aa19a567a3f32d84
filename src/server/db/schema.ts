// Kysely's view of the tables, one file per area under schema/. Keep in step with migrations/.
import type { UserStatus } from '../../domain/accounts/process';
import type { OfferStatus } from '../../domain/applications/offers';
import type { ApplicationStatus } from '../../domain/applications/process';
import type { ContractStatus, MilestoneStatus, PartyRole } from '../../domain/contracts/process';
import type { ProposalStatus } from '../../domain/contracts/termination';
import type { DepositMethod, DepositStatus } from '../../domain/deposits/process';
import type { CompetitionOutcomeKind, JobEscrowStatus } from '../../domain/jobs/escrow-process';
import type { JobKind, JobStatus } from '../../domain/jobs/posting';
import type { PayoutStatus } from '../../domain/payouts/process';
import type { TaskSubmissionStatus } from '../../domain/tasks/process';
import type {
  AuditEventsTable,
  AuthTokensTable,
  DevMailboxTable,
  FormerMembersTable,
  LoginThrottlesTable,
  OutboxTable,
  ProfilesTable,
  QueueTasksTable,
  RecoveryCodesTable,
  SecondFactorsTable,
  SessionsTable,
  UsersTable,
  WithdrawalReasonsTable,
  WithdrawalVaultTable,
} from './schema/accounts';
import type { MemberBlocksTable, MemberFlagsTable } from './schema/blocks';
import type { ConsultationsTable } from './schema/consultations';
import type {
  ContractDocumentsTable,
  ContractEventsTable,
  ContractsTable,
  DepositsTable,
  DisputesTable,
  MilestonesTable,
  ReviewsTable,
  TerminationProposalsTable,
} from './schema/contracts';
import type { FavouritesTable, SavedSearchDigestsTable, SavedSearchesTable, SavedSearchMatchesTable } from './schema/discovery';
import type {
  ApplicationsTable,
  AttachmentsTable,
  CompetitionEntriesTable,
  JobsTable,
  MessagesTable,
  NotificationsTable,
  OffersTable,
  ThreadMembersTable,
  ThreadsTable,
} from './schema/marketplace';
import type { AccountRestrictionsTable, ModerationActionsTable, ReportsTable } from './schema/moderation';
import type {
  BankAccountsTable,
  IdempotencyKeysTable,
  JobEscrowsTable,
  LedgerAccountsTable,
  LedgerBalanceSlotsTable,
  LedgerEntriesTable,
  LedgerTransactionsTable,
  PayoutBatchesTable,
  PayoutRequestsTable,
  ScheduledWithdrawalsTable,
  TaskSubmissionsTable,
  WorkRewardsTable,
} from './schema/money';
import type { ServiceInquiriesTable, ServiceOrdersTable, ServiceQuotesTable, ServiceTipsTable } from './schema/orders';
import type { AutomaticPayoutRunsTable, PayeeIdentitiesTable, PayoutSettingsTable } from './schema/payee';
import type { PaymentEventsTable } from './schema/payments';
import type { ContactRequestsTable, HeldItemsTable } from './schema/screening';
import type { ServiceImagesTable, ServiceOptionsTable, ServicePackagesTable, ServicesTable } from './schema/services';

export * from './schema/accounts';
export * from './schema/contracts';
export * from './schema/discovery';
export * from './schema/marketplace';
export * from './schema/moderation';
export * from './schema/money';
export * from './schema/orders';
export * from './schema/payee';
export * from './schema/payments';
export * from './schema/screening';
export * from './schema/services';
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

export interface DB {
  users: UsersTable;
  profiles: ProfilesTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  outbox: OutboxTable;
  dev_mailbox: DevMailboxTable;
  login_throttles: LoginThrottlesTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
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
  payment_events: PaymentEventsTable;
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
  services: ServicesTable;
  service_packages: ServicePackagesTable;
  service_options: ServiceOptionsTable;
  service_images: ServiceImagesTable;
  favourites: FavouritesTable;
  member_blocks: MemberBlocksTable;
  member_flags: MemberFlagsTable;
  saved_searches: SavedSearchesTable;
  saved_search_matches: SavedSearchMatchesTable;
  saved_search_digests: SavedSearchDigestsTable;
  service_orders: ServiceOrdersTable;
  held_items: HeldItemsTable;
  contact_requests: ContactRequestsTable;
  service_inquiries: ServiceInquiriesTable;
  service_quotes: ServiceQuotesTable;
  service_tips: ServiceTipsTable;
  reports: ReportsTable;
  moderation_actions: ModerationActionsTable;
  account_restrictions: AccountRestrictionsTable;
  payout_settings: PayoutSettingsTable;
  automatic_payout_runs: AutomaticPayoutRunsTable;
  payee_identities: PayeeIdentitiesTable;
  consultations: ConsultationsTable;
}
