// Finds members for staff (会員検索): by id (a UUID), by email address (exact, normalised
// as registration stores it), or by the beginning of a username; withdrawn accounts too.
import { sql } from 'kysely';
import { normaliseEmail } from '../../../domain/accounts/email';
import { normaliseUsername } from '../../../domain/accounts/username';
import { STAFF_USERS_PAGE_SIZE, type StaffUserList, type StaffUserQuery } from '../../../shared/api/staff-users';
import type { Db } from '../../db/database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How a query is read: an id, an email (an @ after the first character), else a username's beginning. */
export function readUserQuery(q: string): { by: StaffUserList['matchedBy']; value: string } {
  const text = q.normalize('NFKC').trim();
  if (UUID.test(text)) return { by: 'id', value: text.toLowerCase() };
  if (text.indexOf('@', 1) > 0) return { by: 'email', value: normaliseEmail(text) };
  return { by: 'username', value: normaliseUsername(text.replace(/^@/, '')) };
}

export async function searchUsers(db: Db, query: StaffUserQuery): Promise<StaffUserList> {
  const { by, value } = readUserQuery(query.q);
  const offset = (query.page - 1) * STAFF_USERS_PAGE_SIZE;
  let q = db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'email', 'status', 'staff_role', 'created_at'])
    .orderBy('username')
    .limit(STAFF_USERS_PAGE_SIZE + 1)
    .offset(offset);
  if (by === 'id') q = q.where('id', '=', value);
  else if (by === 'email') q = q.where('email', '=', value);
  // A prefix without LIKE's wildcards (usernames hold "_"): the range [value, value + U+FFFF).
  else q = q.where(sql<boolean>`username collate "C" >= ${value} and username collate "C" < ${`${value}\uffff`}`);
  const rows = await q.execute();
  return {
    matchedBy: by,
    page: query.page,
    hasMore: rows.length > STAFF_USERS_PAGE_SIZE,
    items: rows.slice(0, STAFF_USERS_PAGE_SIZE).map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      email: r.email,
      status: r.status,
      staffRole: r.staff_role,
      registeredAt: r.created_at.toISOString(),
    })),
  };
}
