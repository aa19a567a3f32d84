// Reports (通報), the moderation queue and account restrictions (利用制限) with appeals.
import { z } from 'zod';
import { TERMS_ARTICLE_IDS } from '../../domain/moderation/articles';
import {
  MODERATION_ACTIONS,
  MODERATION_NOTE_MAX,
  REPORT_NOTE_MAX,
  REPORT_REASONS,
  REPORT_STATUSES,
  REPORT_TARGET_KINDS,
} from '../../domain/moderation/reports';
import { APPEAL_TEXT_MAX, RESTRICTION_KINDS, RESTRICTION_REASON_MAX } from '../../domain/moderation/restrictions';
import { isoDateTime, paragraph, typeError, uuid } from './fields';

const required = (max: number) => paragraph(max).refine((s) => s.length > 0, { error: 'required' });

export const CreateReportBody = z.strictObject({
  targetKind: z.enum(REPORT_TARGET_KINDS, { error: typeError }),
  /** A member's username; a posting's, service's or review's id; a message's number. */
  targetId: z.string({ error: typeError }).trim().min(1, { error: 'required' }).max(100, { error: 'too-long' }),
  reason: z.enum(REPORT_REASONS, { error: typeError }),
  note: paragraph(REPORT_NOTE_MAX).default(''),
});
export type CreateReportBody = z.infer<typeof CreateReportBody>;

export const ReportOutcome = z.object({
  status: z.enum(REPORT_STATUSES),
  article: z.enum(TERMS_ARTICLE_IDS).nullable(),
  decidedAt: z.string().nullable(),
});

/** A report as its reporter sees it: what, why, and the outcome — nothing of what staff did to the other member. */
export const MyReport = z.object({
  id: z.string(),
  targetKind: z.enum(REPORT_TARGET_KINDS),
  targetLabel: z.string(),
  reason: z.enum(REPORT_REASONS),
  note: z.string(),
  createdAt: z.string(),
  outcome: ReportOutcome,
});
export const MyReportList = z.object({ items: z.array(MyReport) });
export const CreatedReport = z.object({ id: z.string() });

export const ReportSnapshotSchema = z.object({
  title: z.string().optional(),
  text: z.string(),
  link: z.string().optional(),
  at: z.string().optional(),
});

const Member = z.object({ id: z.string(), username: z.string(), displayName: z.string() });

export const QueueReport = z.object({
  id: z.string(),
  kind: z.literal('report'),
  targetKind: z.enum(REPORT_TARGET_KINDS),
  reason: z.enum(REPORT_REASONS),
  excerpt: z.string(),
  createdAt: z.string(),
  reporter: Member,
  member: Member,
  /** Open reports about the same member (this one included). */
  openAboutMember: z.number().int(),
});
export const ModerationQueue = z.object({ items: z.array(QueueReport), next: z.string().nullable() });
export const QueueQuery = z.object({
  /** The created_at and id of the last item of the previous page. */
  after: z
    .string()
    .max(80)
    .regex(/^[0-9TZ:.+-]+_[0-9a-f-]{36}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const RestrictionView = z.object({
  id: z.string(),
  kind: z.enum(RESTRICTION_KINDS),
  article: z.enum(TERMS_ARTICLE_IDS),
  articleTitle: z.string(),
  articleSummary: z.string(),
  reason: z.string(),
  evidence: z.object({
    reports: z.array(z.object({ id: z.string(), reason: z.enum(REPORT_REASONS), excerpt: z.string() })),
    text: z.string(),
  }),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  state: z.enum(['active', 'ended', 'lifted']),
  lifted: z.object({ at: z.string(), reason: z.string() }).nullable(),
  appeal: z
    .object({
      text: z.string(),
      at: z.string(),
      decision: z.enum(['upheld', 'lifted']).nullable(),
      note: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  appealUntil: z.string(),
  canAppeal: z.boolean(),
});
export const RestrictionList = z.object({ items: z.array(RestrictionView) });

/** A restriction as staff see it: who restricted, who decided. */
export const StaffRestriction = RestrictionView.extend({
  member: Member,
  createdBy: z.string().nullable(),
  appealDecidedBy: z.string().nullable(),
  canDecideAppeal: z.boolean(),
});
export const StaffRestrictionList = z.object({ items: z.array(StaffRestriction) });

export const MemberHistory = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      reason: z.enum(REPORT_REASONS),
      status: z.enum(REPORT_STATUSES),
      createdAt: z.string(),
      excerpt: z.string(),
    }),
  ),
  actions: z.array(
    z.object({ id: z.string(), kind: z.enum(['warn', 'remove']), article: z.string(), note: z.string(), createdAt: z.string() }),
  ),
  restrictions: z.array(StaffRestriction),
});

export const ReportDetail = z.object({
  id: z.string(),
  targetKind: z.enum(REPORT_TARGET_KINDS),
  targetId: z.string(),
  reason: z.enum(REPORT_REASONS),
  note: z.string(),
  snapshot: ReportSnapshotSchema,
  /** Whether the content is still there as it was reported (false: removed or erased since). */
  contentPresent: z.boolean(),
  createdAt: z.string(),
  reporter: Member,
  member: Member,
  outcome: ReportOutcome.extend({ note: z.string().nullable(), decidedBy: z.string().nullable() }),
  history: MemberHistory,
  actions: z.array(z.enum(MODERATION_ACTIONS)),
});

/** Restricting: always a rule, a reason, and an end or "until reviewed". */
export const RestrictionInput = z.strictObject({
  kind: z.enum(RESTRICTION_KINDS, { error: typeError }),
  article: z.enum(TERMS_ARTICLE_IDS, { error: typeError }),
  reason: required(RESTRICTION_REASON_MAX),
  /** The evidence in words (what was found); a report's restriction cites the report too. */
  evidence: paragraph(RESTRICTION_REASON_MAX).default(''),
  /** Reports that are the evidence. */
  reportIds: z.array(uuid()).max(20, { error: 'too-many' }).default([]),
  /** The end, or null: until reviewed (見直しまで). */
  endsAt: isoDateTime.nullable(),
});
export type RestrictionInput = z.infer<typeof RestrictionInput>;

export const DecideReportBody = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('dismiss'),
    article: z.enum(TERMS_ARTICLE_IDS).nullable().default(null),
    note: required(MODERATION_NOTE_MAX),
  }),
  z.strictObject({
    action: z.literal('warn'),
    article: z.enum(TERMS_ARTICLE_IDS, { error: typeError }),
    note: required(MODERATION_NOTE_MAX),
  }),
  z.strictObject({
    action: z.literal('remove'),
    article: z.enum(TERMS_ARTICLE_IDS, { error: typeError }),
    note: required(MODERATION_NOTE_MAX),
  }),
  z.strictObject({ action: z.literal('restrict'), restriction: RestrictionInput.omit({ reportIds: true }) }),
]);
export type DecideReportBody = z.infer<typeof DecideReportBody>;

export const LiftRestrictionBody = z.strictObject({ reason: required(MODERATION_NOTE_MAX) });
export const AppealBody = z.strictObject({ text: required(APPEAL_TEXT_MAX) });
export const DecideAppealBody = z.strictObject({
  decision: z.enum(['upheld', 'lifted'], { error: typeError }),
  note: required(MODERATION_NOTE_MAX),
});
