// A member's trust and safety record for the staff console: restrictions (newest first),
// the latest reports about them and by them, and their flags. Read-only.

import { AppError } from '../../../domain/errors';
import { termsArticle } from '../../../domain/moderation/articles';
import { restrictionState } from '../../../domain/moderation/restrictions';
import type { Lang } from '../../../domain/problem-codes';
import type { StaffMemberTrust } from '../../../shared/api/staff-member-trust';
import type { Deps } from '../../deps';
import { excerpt, snapshotOf } from '../../moderation/rows';

/** How many reports of each direction the console lists. */
export const TRUST_REPORTS = 20;

export async function getMemberTrust(
  deps: Deps,
  options: {
    userId: string;
    /** The language of the article titles. */
    lang: Lang;
  },
): Promise<StaffMemberTrust> {
  const { db } = deps;
  const now = deps.clock();
  const user = await db.selectFrom('users').select('id').where('id', '=', options.userId).executeTakeFirst();
  if (!user) throw new AppError('not-found');

  const restrictions = await db
    .selectFrom('account_restrictions')
    .select(['id', 'kind', 'article', 'starts_at', 'ends_at', 'lifted_at', 'appealed_at', 'appeal_decision'])
    .where('user_id', '=', user.id)
    .orderBy('starts_at', 'desc')
    .limit(50)
    .execute();

  const reports = (side: 'reporter_id' | 'target_user_id') => {
    const other = side === 'reporter_id' ? 'r.target_user_id' : 'r.reporter_id';
    return db
      .selectFrom('reports as r')
      .innerJoin('users as o', 'o.id', other)
      .select(['r.id', 'r.target_kind', 'r.reason', 'r.status', 'r.snapshot', 'r.created_at', 'o.username'])
      .where(`r.${side}`, '=', user.id)
      .orderBy('r.created_at', 'desc')
      .limit(TRUST_REPORTS)
      .execute();
  };
  const [about, by] = await Promise.all([reports('target_user_id'), reports('reporter_id')]);

  const flags = await db
    .selectFrom('member_flags')
    .select(['id', 'kind', 'withdrawn_on', 'created_at', 'resolved_at', 'resolution_note'])
    .where('user_id', '=', user.id)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();

  const present = (r: Awaited<ReturnType<typeof reports>>[number]) => ({
    id: r.id,
    targetKind: r.target_kind,
    reason: r.reason,
    status: r.status,
    excerpt: excerpt(snapshotOf(r.snapshot).text, 80),
    createdAt: r.created_at.toISOString(),
    other: { username: r.username },
  });
  return {
    restrictions: restrictions.map((r) => {
      const article = termsArticle(r.article);
      return {
        id: r.id,
        kind: r.kind,
        state: restrictionState({ liftedAt: r.lifted_at, endsAt: r.ends_at }, now),
        articleTitle: (options.lang === 'ja' ? article?.ja : article?.en) ?? r.article,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at?.toISOString() ?? null,
        appealPending: r.appealed_at !== null && r.appeal_decision === null,
      };
    }),
    reportsAbout: about.map(present),
    reportsBy: by.map(present),
    flags: flags.map((f) => ({
      id: String(f.id),
      kind: f.kind,
      withdrawnOn: f.withdrawn_on,
      createdAt: f.created_at.toISOString(),
      resolvedAt: f.resolved_at?.toISOString() ?? null,
      note: f.resolution_note,
    })),
  };
}
