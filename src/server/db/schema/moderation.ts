// The tables of trust and safety: reports (通報), staff's warnings and removals, and
// account restrictions with their appeal.
import type { ColumnType, Generated } from 'kysely';
import type { ReportReason, ReportStatus, ReportTargetKind } from '../../../domain/moderation/reports';
import type { RestrictionKind } from '../../../domain/moderation/restrictions';
import type { Json, NullableTimestamp, Timestamp } from './columns';

/** What the reported content was when the report was made (the evidence). */
export interface ReportSnapshot {
  /** A title (posting, service) or the member's name. */
  title?: string;
  /** The text reported (a message, a review's comment, a description or a profile). */
  text: string;
  /** Where it was, for staff (a path in the web app). */
  link?: string;
  at?: string;
}

export interface ReportsTable {
  id: Generated<string>;
  reporter_id: string;
  target_kind: ReportTargetKind;
  target_id: string;
  target_user_id: string;
  reason: ReportReason;
  note: ColumnType<string, string | undefined, string>;
  snapshot: Json<ReportSnapshot>;
  status: ColumnType<ReportStatus, ReportStatus | undefined, ReportStatus>;
  article: string | null;
  outcome_note: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface ModerationActionsTable {
  id: Generated<string>;
  user_id: string;
  report_id: string | null;
  kind: 'warn' | 'remove';
  article: string;
  note: string;
  content_kind: string | null;
  content_id: string | null;
  content_excerpt: string | null;
  actor_id: string;
  created_at: Timestamp;
}

export interface AccountRestrictionsTable {
  id: Generated<string>;
  user_id: string;
  kind: RestrictionKind;
  article: string;
  reason: string;
  evidence_report_ids: ColumnType<string[], string[] | undefined, string[]>;
  evidence_text: ColumnType<string, string | undefined, string>;
  starts_at: Timestamp;
  ends_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  lifted_at: NullableTimestamp;
  lifted_by: string | null;
  lift_reason: string | null;
  appeal_text: string | null;
  appealed_at: NullableTimestamp;
  appeal_decision: 'upheld' | 'lifted' | null;
  appeal_note: string | null;
  appeal_decided_by: string | null;
  appeal_decided_at: NullableTimestamp;
}
