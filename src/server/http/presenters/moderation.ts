// Restrictions as the member and as staff see them.
import { type TermsArticleId, termsArticle } from '../../../domain/moderation/articles';
import { appealDeadline, appealRefusal, decideRefusal, restrictionState } from '../../../domain/moderation/restrictions';
import type { Lang } from '../../../domain/problem-codes';
import { factsOf, type RestrictionRow } from '../../moderation/rows';

export function presentRestriction(r: RestrictionRow, viewerId: string, now: Date, lang: Lang = 'ja') {
  const article = termsArticle(r.article);
  const facts = factsOf(r);
  return {
    id: r.id,
    kind: r.kind,
    article: r.article as TermsArticleId,
    articleTitle: (lang === 'ja' ? article?.ja : article?.en) ?? r.article,
    articleSummary: (lang === 'ja' ? article?.summaryJa : article?.summaryEn) ?? '',
    reason: r.reason,
    evidence: { reports: r.evidenceReports, text: r.evidence_text },
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at?.toISOString() ?? null,
    state: restrictionState(facts, now),
    lifted: r.lifted_at ? { at: r.lifted_at.toISOString(), reason: r.lift_reason ?? '' } : null,
    appeal: r.appealed_at
      ? {
          text: r.appeal_text ?? '',
          at: r.appealed_at.toISOString(),
          decision: r.appeal_decision,
          note: r.appeal_note,
          decidedAt: r.appeal_decided_at?.toISOString() ?? null,
        }
      : null,
    appealUntil: appealDeadline(facts).toISOString(),
    canAppeal: appealRefusal(facts, viewerId, now) === null,
  };
}

export function presentStaffRestriction(r: RestrictionRow, staffId: string, now: Date) {
  return {
    ...presentRestriction(r, staffId, now),
    member: { id: r.user_id, username: r.member_username, displayName: r.member_display_name ?? r.member_username },
    createdBy: r.created_by_username,
    appealDecidedBy: r.decided_by_username,
    canDecideAppeal: decideRefusal(factsOf(r), staffId) === null,
  };
}
