// Reading restrictions with what their views need: the member, who restricted and who
// decided the appeal (usernames), and the reports cited as evidence.
import type { Db } from '../db/database';

export async function restrictionRows(db: Db, where: { userId?: string; id?: string }) {
  let q = db
    .selectFrom('account_restrictions as r')
    .innerJoin('users as m', 'm.id', 'r.user_id')
    .leftJoin('users as c', 'c.id', 'r.created_by')
    .leftJoin('users as d', 'd.id', 'r.appeal_decided_by')
    .selectAll('r')
    .select([
      'm.username as member_username',
      'm.display_name as member_display_name',
      'c.username as created_by_username',
      'd.username as decided_by_username',
    ]);
  if (where.userId) q = q.where('r.user_id', '=', where.userId);
  if (where.id) q = q.where('r.id', '=', where.id);
  const rows = await q.orderBy('r.starts_at', 'desc').limit(100).execute();
  const reportIds = [...new Set(rows.flatMap((r) => r.evidence_report_ids))];
  const reports =
    reportIds.length === 0
      ? []
      : await db.selectFrom('reports').select(['id', 'reason', 'snapshot']).where('id', 'in', reportIds).execute();
  return rows.map((r) => ({
    ...r,
    evidenceReports: reports
      .filter((e) => r.evidence_report_ids.includes(e.id))
      .map((e) => ({ id: e.id, reason: e.reason, excerpt: excerpt(snapshotOf(e.snapshot).text) })),
  }));
}
export type RestrictionRow = Awaited<ReturnType<typeof restrictionRows>>[number];

export function snapshotOf(value: unknown): { title?: string; text: string; link?: string; at?: string } {
  const v = (typeof value === 'string' ? JSON.parse(value) : value) as {
    title?: string;
    text?: string;
    link?: string;
    at?: string;
  };
  return { ...v, text: v.text ?? '' };
}

export const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function factsOf(r: RestrictionRow) {
  return {
    userId: r.user_id,
    kind: r.kind,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    createdBy: r.created_by,
    liftedAt: r.lifted_at,
    appealedAt: r.appealed_at,
    appealDecidedAt: r.appeal_decided_at,
  };
}

/** A restriction FOR UPDATE: lifting, appealing and deciding on one run one at a time. */
export async function lockRestrictionRow(trx: Db, id: string) {
  return trx.selectFrom('account_restrictions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}
