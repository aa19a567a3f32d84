// Reports (通報): what may be reported, why, and what staff may decide about a report.

export const REPORT_TARGET_KINDS = ['member', 'job', 'service', 'message', 'review'] as const;
export type ReportTargetKind = (typeof REPORT_TARGET_KINDS)[number];

export const REPORT_REASONS = ['direct_deal', 'fraud', 'inappropriate', 'harassment', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, { ja: string; en: string }> = {
  direct_deal: { ja: '直接取引の勧誘', en: 'Invitation to deal directly' },
  fraud: { ja: '詐欺の疑い', en: 'Suspected fraud' },
  inappropriate: { ja: '不適切な内容', en: 'Inappropriate content' },
  harassment: { ja: 'ハラスメント', en: 'Harassment' },
  other: { ja: 'その他', en: 'Other' },
};

export const REPORT_STATUSES = ['open', 'dismissed', 'warned', 'removed', 'restricted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What staff may do with an open report; each names an article of the terms. */
export const MODERATION_ACTIONS = ['dismiss', 'warn', 'remove', 'restrict'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const REPORT_NOTE_MAX = 1000;
export const MODERATION_NOTE_MAX = 2000;

/** The report's status once the action is taken. */
export function reportOutcome(action: ModerationAction): Exclude<ReportStatus, 'open'> {
  return ({ dismiss: 'dismissed', warn: 'warned', remove: 'removed', restrict: 'restricted' } as const)[action];
}

/** Content can be removed; a member cannot (restrict them instead). */
export function canRemove(kind: ReportTargetKind): boolean {
  return kind !== 'member';
}
