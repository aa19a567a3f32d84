// Message threads: one per application, offer, contract or inquiry (見積り相談), between its parties.
import { AppError } from '../../domain/errors';
import type { Db } from '../db/database';
import type { ThreadSubjectType } from '../db/schema';

export async function createThread(
  trx: Db,
  subject: { type: ThreadSubjectType; id: string },
  memberIds: string[],
  now: Date,
): Promise<string> {
  const thread = await trx
    .insertInto('threads')
    .values({ subject_type: subject.type, subject_id: subject.id, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('thread_members')
    .values(memberIds.map((user_id) => ({ thread_id: thread.id, user_id })))
    .execute();
  return thread.id;
}

export async function findThreadId(db: Db, subject: { type: ThreadSubjectType; id: string }): Promise<string | null> {
  const row = await db
    .selectFrom('threads')
    .select('id')
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The thread, if this user takes part in it; otherwise "not found". */
export async function requireMembership(db: Db, threadId: string, userId: string) {
  const row = await db
    .selectFrom('threads as t')
    .innerJoin('thread_members as m', 'm.thread_id', 't.id')
    .select(['t.id', 't.subject_type', 't.subject_id', 't.last_message_at'])
    .where('t.id', '=', threadId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new AppError('not-found');
  return row;
}

/** Where a thread lives in the web app. */
export function threadLink(subjectType: string, subjectId: string, threadId: string): string {
  if (subjectType === 'application') return `/applications/${subjectId}`;
  if (subjectType === 'offer') return `/offers/${subjectId}`;
  if (subjectType === 'contract') return `/contracts/${subjectId}`;
  if (subjectType === 'inquiry') return `/inquiries/${subjectId}`;
  return `/messages/${threadId}`;
}
