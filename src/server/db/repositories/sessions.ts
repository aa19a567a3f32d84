// Login sessions. The cookie holds a random token; the table holds its SHA-256 as the id.
import { randomToken, sha256 } from '../../security/tokens';
import type { Db } from '../database';
import type { UserStatus } from '../schema';

export interface SessionUser {
  sessionId: string;
  lastSeenAt: Date;
  user: {
    id: string;
    username: string;
    display_name: string | null;
    email: string | null;
    email_verified_at: Date | null;
    intent: 'work' | 'order' | 'both';
    status: UserStatus;
    staff_role: 'support' | 'finance' | 'moderator' | 'admin' | null;
    created_at: Date;
    /** A TOTP second factor is enabled. */
    second_factor_enabled: boolean;
  };
}

/** How long staff sessions last (config.staffSession), in milliseconds. */
export interface StaffSessionLimits {
  absoluteMs: number;
  idleMs: number;
}

export function staffSessionLimits(config: { staffSession: { hours: number; idleMinutes: number } }): StaffSessionLimits {
  return { absoluteMs: config.staffSession.hours * 3_600_000, idleMs: config.staffSession.idleMinutes * 60_000 };
}

export async function createSession(
  db: Db,
  input: { userId: string; userAgent: string | null; ip: string | null; now: Date; ttlDays: number; ttlMs?: number },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomToken();
  const id = sha256(token);
  const expiresAt = new Date(input.now.getTime() + (input.ttlMs ?? input.ttlDays * 86_400_000));
  await db
    .insertInto('sessions')
    .values({
      id,
      user_id: input.userId,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: expiresAt,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
    })
    .execute();
  return { token, id, expiresAt };
}

/**
 * The live session for a cookie token, with its user, or undefined. A staff member's
 * session also ends `staff.absoluteMs` after it began and `staff.idleMs` after its last
 * request, whenever the role was given (a member made staff keeps no long session).
 */
export async function findSessionUser(
  db: Db,
  token: string,
  now: Date,
  staff: StaffSessionLimits,
): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('second_factors as f', 'f.user_id', 'u.id')
    .select([
      's.id as session_id',
      's.last_seen_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.email',
      'u.email_verified_at',
      'u.intent',
      'u.status',
      'u.staff_role',
      'u.created_at',
      's.created_at as session_created_at',
      'f.enabled_at',
    ])
    .where('s.id', '=', sha256(token))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('u.status', 'in', ['active', 'withdrawing'])
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, last_seen_at, session_created_at, enabled_at, ...user } = row;
  if (
    user.staff_role !== null &&
    (now.getTime() - session_created_at.getTime() >= staff.absoluteMs || now.getTime() - last_seen_at.getTime() >= staff.idleMs)
  )
    return undefined;
  return { sessionId: session_id, lastSeenAt: last_seen_at, user: { ...user, second_factor_enabled: enabled_at !== null } };
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function listLiveSessions(db: Db, userId: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_agent', 'ip', 'created_at', 'last_seen_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** Revokes one session of this user; false when it is not theirs or already ended. */
export async function revokeSession(db: Db, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function revokeAllSessions(db: Db, userId: string, now: Date, exceptId?: string): Promise<number> {
  let query = db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
