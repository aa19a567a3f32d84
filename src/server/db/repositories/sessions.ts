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
  };
}

export async function createSession(
  db: Db,
  input: { userId: string; userAgent: string | null; ip: string | null; now: Date; ttlDays: number },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomToken();
  const id = sha256(token);
  const expiresAt = new Date(input.now.getTime() + input.ttlDays * 86_400_000);
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

/** The live session for a cookie token, with its user, or undefined. */
export async function findSessionUser(db: Db, token: string, now: Date): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
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
    ])
    .where('s.id', '=', sha256(token))
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now)
    .where('u.status', 'in', ['active', 'withdrawing'])
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, last_seen_at, ...user } = row;
  return { sessionId: session_id, lastSeenAt: last_seen_at, user };
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
