import { sql } from 'kysely';
import { linkAttachments } from '../attachments/attachments';
import type { Db } from '../db/database';
import { Statement } from '../db/statement';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { requireMembership, threadLink } from './threads';

/** Writes a message (with its files) in the sender's transaction and tells the other members. */
export async function postMessage(
  trx: Db,
  deps: Deps,
  input: {
    senderId: string;
    /** The thread by id (membership is checked), or as found by a caller that checked it. */
    threadId: string;
    thread?: { id: string; subject_type: string; subject_id: string };
    body: string;
    attachmentIds: string[];
    notify?: boolean;
  },
  now: Date,
): Promise<number> {
  const thread = input.thread ?? (await requireMembership(trx, input.threadId, input.senderId));
  const statement = new Statement(trx);
  const message = addMessage(statement, { threadId: thread.id, senderId: input.senderId, body: input.body }, now);
  const messageId = Number((await statement.execute()).value<number>(message));
  await linkAttachments(trx, { ownerId: input.senderId, ids: input.attachmentIds, to: { message_id: messageId } });
  // A caller that sends its own, more specific notice (a delivery) leaves this one out.
  if (input.notify === false) return messageId;
  const others = await trx
    .selectFrom('thread_members')
    .select('user_id')
    .where('thread_id', '=', thread.id)
    .where('user_id', '!=', input.senderId)
    .execute();
  const link = threadLink(thread.subject_type, thread.subject_id, thread.id);
  const subject = await threadTitle(trx, thread.subject_type, thread.subject_id);
  // No names in the notice: it outlives a sender who withdraws.
  for (const o of others) {
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: o.user_id,
        kind: 'message.received',
        // The notice shows the message's start only: no more is kept with it.
        params: { subject, body: input.body.slice(0, 200) },
        link,
      },
      now,
    );
  }
  return messageId;
}

/**
 * The message, the thread's last-message time and the sender's read mark, as parts of a
 * step's statement (the caller checked membership). Returns the part whose `id` is the
 * message's; the statement's result carries it.
 */
export function addMessage(statement: Statement, input: { threadId: string; senderId: string; body: string }, now: Date): string {
  const message = statement.with(
    'message',
    sql`insert into messages (thread_id, sender_id, body, created_at)
        values (${input.threadId}, ${input.senderId}, ${input.body}, ${now})
        returning id`,
  );
  statement.output(message, 'id');
  statement.with('thread', sql`update threads set last_message_at = ${now} where id = ${input.threadId}`);
  statement.with(
    'mark',
    sql`update thread_members set last_read_message_id = ${statement.valueOf(message, 'id')}
        where thread_id = ${input.threadId} and user_id = ${input.senderId}`,
  );
  return message;
}

/** The title of what the thread is about, or null (the notice then names no subject, in the reader's language). */
async function threadTitle(db: Db, subjectType: string, subjectId: string): Promise<string | null> {
  if (subjectType === 'contract') {
    const contract = await db.selectFrom('contracts').select('title').where('id', '=', subjectId).executeTakeFirst();
    return contract?.title ?? null;
  }
  if (subjectType === 'inquiry') {
    const inquiry = await db
      .selectFrom('service_inquiries as q')
      .innerJoin('services as s', 's.id', 'q.service_id')
      .select('s.title')
      .where('q.id', '=', subjectId)
      .executeTakeFirst();
    return inquiry?.title ?? null;
  }
  const table = subjectType === 'application' ? 'applications' : subjectType === 'offer' ? 'offers' : null;
  if (!table) return null;
  const row = await db
    .selectFrom(`${table} as s` as 'applications as s')
    .innerJoin('jobs as j', 'j.id', 's.job_id')
    .select('j.title')
    .where('s.id', '=', subjectId)
    .executeTakeFirst();
  return row?.title ?? null;
}
