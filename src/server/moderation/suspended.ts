// A member under a suspension (利用停止) is unavailable to others while it lasts: their
// services cannot be bought or asked about, their postings take no proposals, submissions
// or entries, nobody is sent an offer by or to them, and search and public lists leave
// their services and postings out. Nothing is deleted or changed on the rows: they come
// back by themselves when the suspension ends or is lifted. (The refusal is in
// available.ts: search imports this module and refuses nothing.)
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database';

const inForce = (userRef: ReturnType<typeof sql.ref> | string, now: Date) =>
  sql<SqlBool>`exists (select 1 from account_restrictions ar where ar.user_id = ${userRef} and ar.kind = 'suspended'
    and ar.lifted_at is null and ar.starts_at <= ${now} and (ar.ends_at is null or ar.ends_at > ${now}))`;

/** A condition on a row whose `column` names a member: they are not suspended at `now`. */
export function notSuspended(column: string, now: Date) {
  return sql<SqlBool>`not ${inForce(sql.ref(column), now)}`;
}

export async function isSuspended(db: Db, userId: string, now: Date): Promise<boolean> {
  const row = await db.selectNoFrom(inForce(userId, now).as('suspended')).executeTakeFirstOrThrow();
  return Boolean(row.suspended);
}
