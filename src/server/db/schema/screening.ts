import type { ColumnType, Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './columns';

export type HeldItemStatus = 'pending' | 'approved' | 'rejected' | 'failed' | 'discarded';

/** One caught part, as the author was shown it and as staff review it. */
export interface StoredFinding {
  field: string;
  start: number;
  end: number;
  excerpt: string;
  ruleId: string;
}

/** A write screening caught, held for staff review at its author's request. */
export interface HeldItemsTable {
  id: Generated<string>;
  kind: string;
  author_id: string;
  /** What the write was on: a thread, a job, a service, the author's profile… */
  target_type: string;
  target_id: string | null;
  /** The exact validated input of the write (its body, as the route received it). */
  input: Json<Record<string, unknown>>;
  findings: Json<StoredFinding[]>;
  reason: string;
  status: ColumnType<HeldItemStatus, HeldItemStatus | undefined, HeldItemStatus>;
  decided_by: string | null;
  decision_note: string | null;
  /** The problem code the write answered at approval, when it could no longer be made. */
  failure_code: string | null;
  created_at: Timestamp;
  decided_at: NullableTimestamp;
}

export type ContactRequestStatus = 'pending' | 'approved' | 'rejected';
export type ContactReasonKind = 'on-site' | 'call' | 'handover' | 'other';

/** サービス外連絡申請: a party asks to exchange contact details in one contract's thread. */
export interface ContactRequestsTable {
  id: Generated<string>;
  contract_id: string;
  requester_id: string;
  reason_kind: ContactReasonKind;
  reason: string;
  status: ColumnType<ContactRequestStatus, ContactRequestStatus | undefined, ContactRequestStatus>;
  decided_by: string | null;
  decision_note: string | null;
  created_at: Timestamp;
  decided_at: NullableTimestamp;
}
