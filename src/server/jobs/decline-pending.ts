// Ends the pending applications of a job that can no longer hire (cancelled, or its
// client withdrew), telling each worker why.
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';

export async function declinePendingApplications(trx: Db, deps: Deps, jobId: string, reason: string, now: Date): Promise<void> {
  const declined = await trx
    .updateTable('applications')
    .set({ status: 'declined', decline_reason: reason, decided_at: now, updated_at: now })
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
        title: `「${job.title}」の応募が終了しました`,
        body: reason,
        link: `/applications/${a.id}`,
      },
      now,
    );
  }
}
