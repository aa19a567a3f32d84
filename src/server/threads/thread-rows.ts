import type { Db } from '../db/database';
import type { ThreadSubjectType } from '../db/schema';

export interface ThreadRow {
  id: string;
  subject_type: ThreadSubjectType;
  subject_id: string;
  last_message_at: Date | null;
  title: string;
  other_username: string;
  other_display_name: string | null;
  other_status: string;
  unread: number;
}

export function threadsOf(db: Db, userId: string) {
  return (
    db
      .selectFrom('thread_members as me')
      .innerJoin('threads as t', 't.id', 'me.thread_id')
      .innerJoin('thread_members as other', (j) =>
        j.onRef('other.thread_id', '=', 't.id').onRef('other.user_id', '!=', 'me.user_id'),
      )
      .innerJoin('users as o', 'o.id', 'other.user_id')
      .leftJoin('applications as a', (j) => j.onRef('a.id', '=', 't.subject_id').on('t.subject_type', '=', 'application'))
      .leftJoin('offers as ofr', (j) => j.onRef('ofr.id', '=', 't.subject_id').on('t.subject_type', '=', 'offer'))
      .leftJoin('contracts as k', (j) => j.onRef('k.id', '=', 't.subject_id').on('t.subject_type', '=', 'contract'))
      .leftJoin('service_inquiries as q', (j) => j.onRef('q.id', '=', 't.subject_id').on('t.subject_type', '=', 'inquiry'))
      // A service order's contract and an inquiry are named by the service.
      .leftJoin('service_orders as so', 'so.id', 'k.service_order_id')
      .leftJoin('services as s', 's.id', 'q.service_id')
      .leftJoin('jobs as j', (j) =>
        j.on((eb) =>
          eb.or([
            eb('j.id', '=', eb.ref('a.job_id')),
            eb('j.id', '=', eb.ref('ofr.job_id')),
            eb('j.id', '=', eb.ref('k.job_id')),
          ]),
        ),
      )
      .select((eb) => [
        't.id',
        't.subject_type',
        't.subject_id',
        't.last_message_at',
        eb.fn.coalesce('j.title', 'so.service_title', 's.title', eb.val('')).as('title'),
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
      .where('me.user_id', '=', userId)
  );
}
