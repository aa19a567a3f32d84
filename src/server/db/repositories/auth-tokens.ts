// Single-use links (email verification, password reset, email change). Only the token's
// SHA-256 is stored; using a token is a compare-and-set, so a link works exactly once.
import { AppError } from '../../../domain/errors';
import { randomToken, sha256 } from '../../security/tokens';
import type { Db } from '../database';
import type { AuthTokenKind } from '../schema';

export async function issueAuthToken(
  db: Db,
  input: { userId: string; kind: AuthTokenKind; now: Date; ttlMinutes: number; newEmail?: string },
): Promise<string> {
  // A new link replaces older unused ones of the same kind.
  await db
    .updateTable('auth_tokens')
    .set({ used_at: input.now })
    .where('user_id', '=', input.userId)
    .where('kind', '=', input.kind)
    .where('used_at', 'is', null)
    .execute();
  const token = randomToken();
  await db
    .insertInto('auth_tokens')
    .values({
      token_hash: sha256(token),
      user_id: input.userId,
      kind: input.kind,
      new_email: input.newEmail ?? null,
      created_at: input.now,
      expires_at: new Date(input.now.getTime() + input.ttlMinutes * 60_000),
    })
    .execute();
  return token;
}

/** Marks the token used and returns its row; refuses unknown, used and expired tokens. */
export async function consumeAuthToken(db: Db, token: string, kind: AuthTokenKind, now: Date) {
  const hash = sha256(token);
  const used = await db
    .updateTable('auth_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hash)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'new_email'])
    .executeTakeFirst();
  if (used) return used;
  const existing = await db
    .selectFrom('auth_tokens')
    .select(['used_at', 'expires_at'])
    .where('token_hash', '=', hash)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (existing && existing.used_at === null) throw new AppError('token-expired');
  throw new AppError('token-invalid');
}

export async function revokeAuthTokens(db: Db, userId: string, now: Date): Promise<void> {
  await db.updateTable('auth_tokens').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
