// A report for staff: the evidence (the snapshot taken when reported), whether the content
// is still there, and the member's history — earlier reports, warnings, removals and
// restrictions.
import { AppError } from '../../../domain/errors';
import type { TermsArticleId } from '../../../domain/moderation/articles';
import { canRemove } from '../../../domain/moderation/reports';
import type { Db } from '../../db/database';
import { excerpt, restrictionRows, snapshotOf } from '../../moderation/rows';
import { contentPresent } from '../../moderation/targets';

export async function getReport(db: Db, input: { reportId: string; staffId: string; now: Date }) {
  const r = await db
    .selectFrom('reports as r')
    .innerJoin('users as rp', 'rp.id', 'r.reporter_id')
    .innerJoin('users as m', 'm.id', 'r.target_user_id')
    .leftJoin('users as d', 'd.id', 'r.decided_by')
    .selectAll('r')
    .select([
      'rp.username as reporter_username',
      'rp.display_name as reporter_display_name',
      'm.username as member_username',
      'm.display_name as member_display_name',
      'd.username as decided_by_username',
    ])
    .where('r.id', '=', input.reportId)
    .executeTakeFirst();
  if (!r) throw new AppError('not-found');
  const [reports, actions, restrictions, present] = await Promise.all([
    db
      .selectFrom('reports')
      .select(['id', 'reason', 'status', 'created_at', 'snapshot'])
      .where('target_user_id', '=', r.target_user_id)
      .where('id', '!=', r.id)
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute(),
    db
      .selectFrom('moderation_actions')
      .select(['id', 'kind', 'article', 'note', 'created_at'])
      .where('user_id', '=', r.target_user_id)
      .orderBy('created_at', 'desc')
      .limit(50)
      .execute(),
    restrictionRows(db, { userId: r.target_user_id }),
    contentPresent(db, r.target_kind, r.target_id),
  ]);
  const conflicted = input.staffId === r.reporter_id || input.staffId === r.target_user_id;
  return {
    id: r.id,
    targetKind: r.target_kind,
    targetId: r.target_id,
    reason: r.reason,
    note: r.note,
    snapshot: snapshotOf(r.snapshot),
    contentPresent: present,
    createdAt: r.created_at.toISOString(),
    reporter: { id: r.reporter_id, username: r.reporter_username, displayName: r.reporter_display_name ?? r.reporter_username },
    member: { id: r.target_user_id, username: r.member_username, displayName: r.member_display_name ?? r.member_username },
    outcome: {
      status: r.status,
      article: r.article as TermsArticleId | null,
      decidedAt: r.decided_at?.toISOString() ?? null,
      note: r.outcome_note,
      decidedBy: r.decided_by_username,
    },
    history: {
      reports: reports.map((h) => ({
        id: h.id,
        reason: h.reason,
        status: h.status,
        createdAt: h.created_at.toISOString(),
        excerpt: excerpt(snapshotOf(h.snapshot).text, 60),
      })),
      actions: actions.map((a) => ({
        id: a.id,
        kind: a.kind,
        article: a.article,
        note: a.note,
        createdAt: a.created_at.toISOString(),
      })),
      restrictions,
    },
    actions:
      r.status !== 'open' || conflicted
        ? []
        : (
            ['dismiss', 'warn', ...(canRemove(r.target_kind) && present ? (['remove'] as const) : []), 'restrict'] as const
          ).slice(),
  };
}
