// Account rows. Explicit column lists: a password hash never leaves this file by accident.
import type { Db } from '../database';
import type { UserStatus } from '../schema';

export const USER_COLUMNS = [
  'id',
  'username',
  'email',
  'email_verified_at',
  'display_name',
  'intent',
  'status',
  'staff_role',
  'created_at',
  'withdrawn_at',
] as const;

export interface UserRow {
  id: string;
  username: string;
  email: string | null;
  email_verified_at: Date | null;
  display_name: string | null;
  intent: 'work' | 'order' | 'both';
  status: UserStatus;
  staff_role: 'support' | 'finance' | 'moderator' | 'admin' | null;
  created_at: Date;
  withdrawn_at: Date | null;
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(USER_COLUMNS).where('username', '=', username).executeTakeFirst();
}

export function findCredentialsByEmail(db: Db, email: string): Promise<(UserRow & { password_hash: string | null }) | undefined> {
  return db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function usernameExists(db: Db, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  return row !== undefined;
}

/** The account using this address, if any. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  return row?.id;
}
