// The moderation queue (通報): open reports, oldest first, a page at a time by
// (created_at, id). Screening holds can be listed next to them as another kind of item.
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { excerpt, snapshotOf } from '../../moderation/rows';

export async function listReportQueue(db: Db, query: { after?: string | undefined; limit: number }) {
  let q = db
    .selectFrom('reports as r')
    .innerJoin('users as rp', 'rp.id', 'r.reporter_id')
    .innerJoin('users as m', 'm.id', 'r.target_user_id')
    .select([
      'r.id',
      'r.target_kind',
      'r.reason',
      'r.snapshot',
      'r.created_at',
      'r.reporter_id',
      'rp.username as reporter_username',
      'rp.display_name as reporter_display_name',
      'r.target_user_id',
      'm.username as member_username',
      'm.display_name as member_display_name',
      sql<number>`(select count(*)::int from reports o where o.target_user_id = r.target_user_id and o.status = 'open')`.as(
        'open_about_member',
      ),
    ])
    .where('r.status', '=', 'open');
  if (query.after) {
    const [at, id] = query.after.split('_') as [string, string];
    q = q.where((eb) =>
      eb.or([eb('r.created_at', '>', new Date(at)), eb.and([eb('r.created_at', '=', new Date(at)), eb('r.id', '>', id)])]),
    );
  }
  const rows = await q
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: 'report' as const,
      targetKind: r.target_kind,
      reason: r.reason,
      excerpt: excerpt(snapshotOf(r.snapshot).text),
      createdAt: r.created_at.toISOString(),
      reporter: { id: r.reporter_id, username: r.reporter_username, displayName: r.reporter_display_name ?? r.reporter_username },
      member: { id: r.target_user_id, username: r.member_username, displayName: r.member_display_name ?? r.member_username },
      openAboutMember: r.open_about_member,
    })),
    next: rows.length > query.limit && last ? `${last.created_at.toISOString()}_${last.id}` : null,
  };
}
