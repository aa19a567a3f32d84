// Threads and messages between the parties of an application (later offers and
// contracts). Only members see a thread; everyone else gets "not found".
import { sql } from 'kysely';
import { linkAttachments } from '../attachments/attachments';
import { lockActiveAccount } from '../db/account-lock';
import type { Db } from '../db/database';
import { Statement } from '../db/statement';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { requireMembership, threadLink } from '../threads/threads';

export interface ThreadRow {
  id: string;
  subject_type: 'application' | 'offer' | 'contract';
  subject_id: string;
  last_message_at: Date | null;
  title: string;
  other_username: string;
  other_display_name: string | null;
  other_status: string;
  unread: number;
}

function threadsOf(db: Db, userId: string) {
  return db
    .selectFrom('thread_members as me')
    .innerJoin('threads as t', 't.id', 'me.thread_id')
    .innerJoin('thread_members as other', (j) =>
      j.onRef('other.thread_id', '=', 't.id').onRef('other.user_id', '!=', 'me.user_id'),
    )
    .innerJoin('users as o', 'o.id', 'other.user_id')
    .leftJoin('applications as a', (j) => j.onRef('a.id', '=', 't.subject_id').on('t.subject_type', '=', 'application'))
    .leftJoin('offers as ofr', (j) => j.onRef('ofr.id', '=', 't.subject_id').on('t.subject_type', '=', 'offer'))
    .leftJoin('contracts as k', (j) => j.onRef('k.id', '=', 't.subject_id').on('t.subject_type', '=', 'contract'))
    .leftJoin('jobs as j', (j) =>
      j.on((eb) =>
        eb.or([eb('j.id', '=', eb.ref('a.job_id')), eb('j.id', '=', eb.ref('ofr.job_id')), eb('j.id', '=', eb.ref('k.job_id'))]),
      ),
    )
    .select((eb) => [
      't.id',
      't.subject_type',
      't.subject_id',
      't.last_message_at',
      eb.fn.coalesce('j.title', eb.val('')).as('title'),
      'o.username as other_username',
      'o.display_name as other_display_name',
      'o.status as other_status',
      eb
        .selectFrom('messages as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.thread_id', '=', 't.id')
        .whereRef('m.sender_id', '!=', 'me.user_id')
        .whereRef('m.id', '>', 'me.last_read_message_id')
        .as('unread'),
    ])
    .where('me.user_id', '=', userId);
}

export async function listThreads(db: Db, userId: string): Promise<ThreadRow[]> {
  const rows = await threadsOf(db, userId)
    .orderBy('t.last_message_at', (ob) => ob.desc().nullsLast())
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...r, unread: Number(r.unread ?? 0) })) as ThreadRow[];
}

export async function readThread(db: Db, input: { userId: string; threadId: string; now: Date }) {
  await requireMembership(db, input.threadId, input.userId);
  const thread = await threadsOf(db, input.userId).where('t.id', '=', input.threadId).executeTakeFirstOrThrow();
  const messages = await db
    .selectFrom('messages as m')
    .innerJoin('users as u', 'u.id', 'm.sender_id')
    .select(['m.id', 'm.body', 'm.created_at', 'm.sender_id', 'u.username', 'u.display_name', 'u.status'])
    .where('m.thread_id', '=', input.threadId)
    .orderBy('m.id', 'asc')
    .limit(500)
    .execute();
  // Reading the thread also reads its message notices.
  await db
    .updateTable('notifications')
    .set({ read_at: input.now })
    .where('user_id', '=', input.userId)
    .where('kind', '=', 'message.received')
    .where('link', '=', threadLink(thread.subject_type, thread.subject_id, thread.id))
    .where('read_at', 'is', null)
    .execute();
  const last = messages.at(-1);
  if (last) {
    await db
      .updateTable('thread_members')
      .set({ last_read_message_id: Number(last.id) })
      .where('thread_id', '=', input.threadId)
      .where('user_id', '=', input.userId)
      .where('last_read_message_id', '<', Number(last.id))
      .execute();
  }
  return { thread: { ...thread, unread: 0 } as ThreadRow, messages };
}

export async function sendMessage(
  deps: Deps,
  input: { senderId: string; threadId: string; body: string; attachmentIds: string[] },
): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    // The account lock, as every write of a member takes it: a message racing its sender's
    // withdrawal is written before the withdrawal or refused, never after it.
    await lockActiveAccount(trx, input.senderId);
    await postMessage(trx, deps, input, now);
  });
}

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
        title: `「${subject}」に新しいメッセージが届きました`,
        body: input.body.slice(0, 200),
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

async function threadTitle(db: Db, subjectType: string, subjectId: string): Promise<string> {
  if (subjectType === 'contract') {
    const contract = await db.selectFrom('contracts').select('title').where('id', '=', subjectId).executeTakeFirst();
    return contract?.title ?? 'メッセージ';
  }
  const table = subjectType === 'application' ? 'applications' : subjectType === 'offer' ? 'offers' : null;
  if (!table) return 'メッセージ';
  const row = await db
    .selectFrom(`${table} as s` as 'applications as s')
    .innerJoin('jobs as j', 'j.id', 's.job_id')
    .select('j.title')
    .where('s.id', '=', subjectId)
    .executeTakeFirst();
  return row?.title ?? 'メッセージ';
}
