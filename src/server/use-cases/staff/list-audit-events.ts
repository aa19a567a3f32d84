// Reads the audit log for staff: newest first, a page at a time by event id, with the
// filters of AuditQuery. Days are Japan's: "to 2026-12-07" ends at midnight in Tokyo.
import { type SqlBool, sql } from 'kysely';
import type { AuditPage, AuditQuery } from '../../../shared/api/audit';
import type { Db } from '../../db/database';

const japanMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);
const dayAfter = (day: string) => new Date(japanMidnight(day).getTime() + 86_400_000);

export async function listAuditEvents(db: Db, query: AuditQuery): Promise<AuditPage> {
  let q = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.id',
      'e.created_at',
      'e.action',
      'e.subject_type',
      'e.subject_id',
      'e.data',
      'u.username',
      'u.display_name',
      'u.staff_role',
    ]);
  if (query.actor === 'system') q = q.where('e.actor_user_id', 'is', null);
  else if (query.actor) {
    const actor = await db.selectFrom('users').select('id').where('username', '=', query.actor.toLowerCase()).executeTakeFirst();
    // An unknown name matches nothing: the answer is an empty page, not an error.
    if (!actor) return { items: [], next: null };
    q = q.where('e.actor_user_id', '=', actor.id);
  }
  if (query.action)
    q = q.where((eb) => eb.or([eb('e.action', '=', query.action ?? ''), eb('e.action', 'like', `${query.action}.%`)]));
  if (query.subjectType) q = q.where('e.subject_type', '=', query.subjectType);
  if (query.subjectId) q = q.where('e.subject_id', '=', query.subjectId);
  if (query.from) q = q.where('e.created_at', '>=', japanMidnight(query.from));
  if (query.to) q = q.where('e.created_at', '<', dayAfter(query.to));
  if (query.before) q = q.where(sql<SqlBool>`e.id < ${query.before}::bigint`);
  const rows = await q
    .orderBy('e.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      at: r.created_at.toISOString(),
      actor: r.username ? { username: r.username, displayName: r.display_name ?? r.username, staffRole: r.staff_role } : null,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      data: (typeof r.data === 'string' ? JSON.parse(r.data) : (r.data ?? {})) as Record<string, unknown>,
    })),
    next: rows.length > query.limit ? String(page[page.length - 1]?.id) : null,
  };
}
