// The personal data export (GET /api/v1/me/export): everything personal Yorozu holds about
// a member, as one JSON document. The account, sessions, mails and activity are written
// by hand in camelCase; the other sections are the member's rows of each table the data
// map exports, with their column names and dates as ISO text. Rows are open objects: a
// column added to a table the export copies whole must not vanish from the file.
import { z } from 'zod';
import { Profile } from './accounts';
import { ContractEventDetail } from './contract-events';
import {
  ApplicationRow,
  AttachmentRow,
  BlockRow,
  Day,
  DepositRow,
  FavouriteRow,
  LedgerAccountRow,
  LedgerEntryRow,
  NotificationRow,
  OfferRow,
  PayoutRequestRow,
  PostingRow,
  ReviewRow,
  role,
  row,
  SavedSearchesSection,
  ScheduledWithdrawalRow,
  ServiceRow,
  ThreadRow,
  Time,
  WorkRewardRow,
  Yen,
} from './export-rows';

const HeldItemRow = row({ id: z.string(), kind: z.string(), status: z.string(), reason: z.string(), created_at: Time });
const ContactRequestRow = row({
  id: z.string(),
  contract_id: z.string(),
  reason_kind: z.string(),
  status: z.string(),
  created_at: Time,
});
const InquiryRow = row({ id: z.string(), service_id: z.string(), role: z.enum(['buyer', 'seller']), created_at: Time });
const QuoteRow = row({
  id: z.string(),
  inquiry_id: z.string(),
  role: z.enum(['buyer', 'seller']),
  price: Yen,
  includes: z.string(),
  valid_until: Day,
  status: z.string(),
  created_at: Time,
});

const ExportAccount = z.object({
  id: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  emailVerifiedAt: Time.nullable(),
  displayName: z.string().nullable(),
  intent: z.string(),
  status: z.string(),
  staffRole: z.string().nullable(),
  termsAcceptedAt: Time.nullable(),
  createdAt: Time,
  updatedAt: Time,
});

const ExportLoginSession = z.object({
  device: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: Time,
  lastSeenAt: Time,
  expiresAt: Time,
  revokedAt: Time.nullable(),
});

const ExportMail = z.object({
  id: z.number(),
  createdAt: Time,
  sentAt: Time.nullable(),
  to: z.string().nullable(),
  subject: z.string(),
  body: z.string().describe('The text as sent, with the tokens of its links left out'),
});

const ExportActivity = z.object({ at: Time, action: z.string(), subject: z.string(), data: z.unknown() });

const ExportBankAccount = z.object({
  bankCode: z.string(),
  bankName: z.string(),
  branchCode: z.string(),
  branchName: z.string(),
  accountType: z.string(),
  numberEndsWith: z.string(),
  updatedAt: Time,
});

const ExportPayoutSettings = z.object({ userId: z.string(), automatic: z.boolean(), updatedAt: Time });
const ExportAutomaticPayout = z.object({
  paymentDate: z.string(),
  reason: z.string(),
  outcome: z.string(),
  payoutRequestId: z.string().nullable(),
  amount: Yen,
  at: Time,
});
const ExportPayeeIdentity = z.object({
  userId: z.string(),
  legalName: z.string(),
  address: z.string(),
  updatedAt: Time,
  retainedUntil: z.string().nullable(),
});

const Milestone = row({
  id: z.string(),
  contract_id: z.string(),
  position: z.number(),
  title: z.string(),
  amount: Yen,
  tax: Yen,
  client_fee: Yen,
  client_fee_tax: Yen,
  worker_fee: Yen,
  worker_fee_tax: Yen,
  withholding: Yen,
  worker_net: Yen,
  escrow: Yen,
  due_date: Day,
  status: z.string(),
  delivery_count: z.number(),
  delivered_at: Time.nullable(),
  auto_accept_at: Time.nullable(),
  delivery_message_id: z.number().nullable(),
  funded_at: Time.nullable(),
  accepted_at: Time.nullable(),
  paid_at: Time.nullable(),
  closed_at: Time.nullable(),
  created_at: Time,
  updated_at: Time,
});

const ContractEventRow = row({
  id: z.number(),
  contract_id: z.string(),
  milestone_id: z.string().nullable(),
  action: z.string(),
  actor_role: z.string(),
  detail: ContractEventDetail,
  created_at: Time,
});

const ContractDocumentRow = row({
  id: z.number(),
  contract_id: z.string(),
  kind: z.string(),
  version: z.number(),
  body: z.record(z.string(), z.unknown()).describe('The terms document as agreed'),
  created_at: Time,
});

const SettlementLine = z.looseObject({ milestoneId: z.string(), workerAmount: Yen });

const TerminationProposalRow = row({
  id: z.string(),
  contract_id: z.string(),
  proposer_role: role,
  reason: z.string(),
  settlement: z.array(SettlementLine),
  status: z.string(),
  respond_by: Time,
  refusal_reason: z.string().nullable(),
  created_at: Time,
  decided_at: Time.nullable(),
});

const DisputeRow = row({
  id: z.string(),
  contract_id: z.string(),
  opener_role: z.string(),
  reason: z.string(),
  status: z.string(),
  settlement: z.array(SettlementLine).nullable(),
  settlement_note: z.string().nullable(),
  created_at: Time,
  settled_at: Time.nullable(),
});

const ExportContract = z.looseObject({
  id: z.string(),
  title: z.string(),
  role,
  status: z.string(),
  createdAt: Time,
  endedAt: Time.nullable(),
  job_id: z.string().nullable().optional(),
  service_order_id: z.string().nullable().optional(),
  acceptance_days: z.number().nullable().optional(),
  application_id: z.string().nullable().optional(),
  offer_id: z.string().nullable().optional(),
  withholding: z.boolean().optional(),
  terms_version: z.number().optional(),
  started_at: Time.nullable().optional(),
  reviews_revealed_at: Time.nullable().optional(),
  updated_at: Time.optional(),
  milestones: z.array(Milestone),
  events: z.array(ContractEventRow),
  documents: z.array(ContractDocumentRow),
  terminationProposals: z.array(TerminationProposalRow),
  disputes: z.array(DisputeRow),
  /** The service order the contract carries, as bought (null for a job's contract). */
  order: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Tips (おひねり) on the order, sent or received, each row as stored. */
  tips: z.array(z.record(z.string(), z.unknown())).optional(),
});

const ExportSubmission = z.object({
  id: z.string(),
  job: z.string(),
  body: z.string(),
  status: z.string(),
  rejectReason: z.string().nullable(),
  createdAt: Time,
});

const ExportEntry = z.object({
  id: z.string(),
  job: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.string(),
  createdAt: Time,
});

export const PersonalDataExport = z
  .object({
    format: z.string().describe('Always `yorozu-personal-data-export`'),
    version: z.number().int().describe('The version of this format: 1'),
    exportedAt: Time,
    account: ExportAccount,
    profile: Profile,
    loginSessions: z.array(ExportLoginSession),
    mails: z.array(ExportMail),
    activity: z.array(ExportActivity),
    payoutBankAccount: ExportBankAccount.nullable().describe('Named by its bank, branch and last digits'),
    payoutSettings: ExportPayoutSettings.nullable().describe('Automatic payouts (自動出金) on or off'),
    automaticPayouts: z.array(ExportAutomaticPayout).describe('Each payment date the automatic payout run looked at the member'),
    payeeIdentity: ExportPayeeIdentity.nullable().describe('The legal name and address the 支払調書 names'),
    contracts: z.array(ExportContract),
    taskSubmissions: z.array(ExportSubmission),
    competitionEntries: z.array(ExportEntry),
    earningsBalance: Yen,
    earnings: z.object({ accounts: z.array(LedgerAccountRow), history: z.array(LedgerEntryRow) }),
    postings: z.array(PostingRow),
    services: z.array(ServiceRow).describe('The services the member offers as a seller, with packages, options and image ids'),
    applications: z.array(ApplicationRow),
    offers: z.array(OfferRow),
    threads: z.array(ThreadRow),
    notifications: z.array(NotificationRow),
    attachments: z.array(AttachmentRow),
    workRewards: z.array(WorkRewardRow),
    deposits: z.array(DepositRow),
    reviews: z.object({ written: z.array(ReviewRow), received: z.array(ReviewRow) }),
    payoutRequests: z.array(PayoutRequestRow),
    scheduledWithdrawal: ScheduledWithdrawalRow.nullable(),
    favourites: z.array(FavouriteRow),
    blocks: z.array(BlockRow).describe('Members the member blocked'),
    quotes: z
      .object({ inquiries: z.array(InquiryRow), quotes: z.array(QuoteRow) })
      .describe('Quote requests about a service the member made or received, and the quotes in them'),
    savedSearches: SavedSearchesSection.describe('Saved searches, what matched them, and the days a digest mail was sent'),
    heldItems: z
      .array(HeldItemRow)
      .describe('Writes screening caught that the member sent for staff review, with what was caught and the decision'),
    contactRequests: z
      .array(ContactRequestRow)
      .describe('Requests to exchange contact details (サービス外連絡申請) in the member’s contracts'),
  })
  .describe('Everything personal Yorozu holds about the member');
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;
