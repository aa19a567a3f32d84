// Ends the pending applications of a job that can no longer hire (cancelled, or its
// client withdrew), telling each worker why.
import { type NotificationParams, renderNotification } from '../../shared/notifications';
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

/** Why the applications ended, as the `application.declined` notice names it. */
export type ApplicationsClosed = NonNullable<NotificationParams<'application.declined'>['closed']>;

/** The reason in Japanese, as stored on each application and shown in the notice. */
function reasonText(closed: ApplicationsClosed): string {
  return renderNotification('application.declined', { jobTitle: '', reason: null, closed }, 'ja').body;
}

/** `closed` names why; each worker's notice says it in the worker's language. */
export async function declinePendingApplications(
  trx: Db,
  deps: Deps,
  jobId: string,
  closed: ApplicationsClosed,
  now: Date,
): Promise<void> {
  const declined = await trx
    .updateTable('applications')
    .set({ status: 'declined', decline_reason: reasonText(closed), decided_at: now, updated_at: now })
    .where('job_id', '=', jobId)
    .where('status', '=', 'pending')
    .returning(['id', 'worker_id'])
    .execute();
  if (declined.length === 0) return;
  const job = await trx.selectFrom('jobs').select('title').where('id', '=', jobId).executeTakeFirstOrThrow();
  for (const a of declined) {
    await notify(
      trx,
      deps.config.publicUrl,
      {
        userId: a.worker_id,
        kind: 'application.declined',
        params: { jobTitle: job.title, reason: null, closed },
        link: `/applications/${a.id}`,
      },
      now,
    );
  }
}
