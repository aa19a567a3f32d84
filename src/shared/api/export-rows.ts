// The rows of the personal data export's marketplace, conversation and money sections
// (see export.ts): each table's columns as the export copies them, dates as ISO text.
import { z } from 'zod';
import { PARTY_ROLES } from '../../domain/contracts/process';

export const Time = z.string().describe('ISO 8601 time');
export const Day = z.string().describe('A date, YYYY-MM-DD');
export const Yen = z.number().int();
export const role = z.enum(PARTY_ROLES);

/** A row of a table as the export copies it: its columns, dates as ISO text; open, so no column is dropped. */
export const row = <T extends z.ZodRawShape>(columns: T) => z.looseObject(columns);

const JobEscrowRow = row({
  job_id: z.string(),
  kind: z.string(),
  status: z.string(),
  units: z.number(),
  unit_price: Yen,
  total: Yen,
  funded_at: Time.nullable(),
  closed_at: Time.nullable(),
  created_at: Time,
});

export const PostingRow = row({
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  deadline: Time,
  delivery_date: Day.nullable(),
  budget_min: Yen.nullable(),
  budget_max: Yen.nullable(),
  hires: z.number().nullable(),
  milestones_wished: z.number().nullable(),
  task_slots: z.number().nullable(),
  task_unit_price: Yen.nullable(),
  task_instructions: z.string().nullable(),
  prize: Yen.nullable(),
  entry_rules: z.string().nullable(),
  allow_no_winner: z.boolean(),
  published_at: Time.nullable(),
  closed_at: Time.nullable(),
  closed_reason: z.string().nullable(),
  cancelled_at: Time.nullable(),
  created_at: Time,
  updated_at: Time,
  escrow: JobEscrowRow.nullable().describe("A task's or competition's escrow"),
});

export const ServiceRow = row({
  id: z.string(),
  status: z.string(),
  hidden_reason: z.string().nullable(),
  title: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  description: z.string(),
  faq: z.array(z.object({ question: z.string(), answer: z.string() })),
  buyer_request: z.string(),
  capacity: z.number(),
  acceptance_days: z.number(),
  price_from: Yen,
  delivery_days_from: z.number(),
  version: z.number(),
  published_at: Time.nullable(),
  created_at: Time,
  updated_at: Time,
  packages: z.array(
    row({
      id: z.string(),
      position: z.number(),
      name: z.string(),
      price: Yen,
      delivery_days: z.number(),
      revisions: z.number(),
      includes: z.string(),
      removed_at: Time.nullable(),
      created_at: Time,
    }),
  ),
  options: z.array(
    row({
      id: z.string(),
      position: z.number(),
      title: z.string(),
      price: Yen,
      extra_days: z.number(),
      removed_at: Time.nullable(),
      created_at: Time,
    }),
  ),
  images: z.array(row({ attachment_id: z.string(), position: z.number() })),
});

export const ApplicationRow = row({
  id: z.string(),
  job_id: z.string(),
  job_title: z.string(),
  status: z.string(),
  shortlisted: z.boolean(),
  proposal: z.string(),
  quoted_amount: Yen,
  delivery_days: z.number(),
  decline_reason: z.string().nullable(),
  expires_at: Time,
  decided_at: Time.nullable(),
  created_at: Time,
});

export const OfferRow = row({
  id: z.string(),
  job_id: z.string(),
  job_title: z.string(),
  role,
  message: z.string(),
  amount: Yen.nullable(),
  status: z.string(),
  decline_reason: z.string().nullable(),
  expires_at: Time,
  decided_at: Time.nullable(),
  created_at: Time,
});

export const ThreadRow = row({
  id: z.string(),
  subject_type: z.string(),
  subject_id: z.string(),
  created_at: Time,
  last_message_at: Time.nullable(),
  lastReadMessageId: z.number().nullable(),
  messages: z.array(z.object({ id: z.number(), from: z.enum(['me', 'other']), body: z.string(), created_at: Time })),
});

export const NotificationRow = row({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  created_at: Time,
  read_at: Time.nullable(),
});

export const AttachmentRow = row({
  id: z.string(),
  filename: z.string(),
  content_type: z.string(),
  size_bytes: z.number(),
  message_id: z.number().nullable(),
  application_id: z.string().nullable(),
  entry_id: z.string().nullable(),
  submission_id: z.string().nullable(),
  created_at: Time,
});

export const WorkRewardRow = row({
  id: z.number(),
  job_id: z.string(),
  kind: z.string(),
  submission_id: z.string().nullable(),
  entry_id: z.string().nullable(),
  gross: Yen,
  tax: Yen,
  worker_fee: Yen,
  worker_fee_tax: Yen,
  worker_net: Yen,
  created_at: Time,
});

export const DepositRow = row({
  id: z.string(),
  milestone_id: z.string().nullable(),
  contract_id: z.string().nullable(),
  job_id: z.string().nullable(),
  method: z.string(),
  reference: z.string(),
  amount: Yen,
  status: z.string(),
  created_at: Time,
  confirmed_at: Time.nullable(),
  cancelled_at: Time.nullable(),
});

export const ReviewRow = row({
  id: z.string(),
  contract_id: z.string(),
  reviewer_role: role,
  skill: z.number(),
  quality: z.number(),
  schedule: z.number(),
  communication: z.number(),
  partnership: z.number(),
  comment: z.string(),
  created_at: Time,
  /** The seller's answer (返信) to a buyer's review of an order, in the seller's received reviews. */
  answer: z.string().nullable().optional(),
  answered_at: Time.nullable().optional(),
});

export const PayoutRequestRow = row({
  id: z.string(),
  number: z.number(),
  amount: Yen,
  fee: Yen,
  net: Yen,
  final: z.boolean(),
  status: z.string(),
  scheduled_date: Day,
  bank_code: z.string(),
  branch_code: z.string(),
  account_type: z.string(),
  number_hint: z.string(),
  failure_reason: z.string().nullable(),
  requested_at: Time,
  batched_at: Time.nullable(),
  paid_at: Time.nullable(),
  failed_at: Time.nullable(),
});

export const LedgerAccountRow = row({ id: z.string(), balance: Yen, created_at: Time });
export const LedgerEntryRow = row({
  id: z.number(),
  account_id: z.string(),
  amount: Yen,
  transaction_id: z.number(),
  kind: z.string(),
  key: z.string(),
  created_at: Time,
});

export const ScheduledWithdrawalRow = row({
  reasons: z.array(z.string()),
  other_reason: z.string(),
  erase_now: z.boolean(),
  requested_at: Time,
});

export const FavouriteRow = row({
  kind: z.string(),
  target_id: z.string(),
  name: z.string().nullable().describe("The posting's or the service's title, or the member's username"),
  created_at: Time,
});

export const BlockRow = row({
  blocked_id: z.string(),
  username: z.string().nullable().describe("The blocked member's username"),
  created_at: Time,
});

export const SavedSearchesSection = z.object({
  searches: z.array(
    row({
      id: z.string(),
      kind: z.string(),
      name: z.string(),
      query: z.record(z.string(), z.union([z.string(), z.number()])),
      notify: z.boolean(),
      created_at: Time,
      updated_at: Time,
    }),
  ),
  matches: z.array(row({ saved_search_id: z.string(), target_id: z.string(), matched_at: Time, digested_at: Time.nullable() })),
  digests: z.array(row({ day: Day, match_count: z.number().int(), sent_at: Time })),
});
