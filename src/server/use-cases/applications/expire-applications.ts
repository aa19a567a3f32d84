// The `applications.expire` task: pending applications of a job whose decision period
// has ended expire, and each worker is told. Idempotent.
import type { Deps } from '../../deps';
import { notify } from '../../notifications/notify';

export async function expireApplications(deps: Deps, jobId: string, now: Date): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const expired = await trx
      .updateTable('applications')
      .set({ status: 'expired', decided_at: now, updated_at: now })
      .where('job_id', '=', jobId)
      .where('status', '=', 'pending')
      .where('expires_at', '<=', now)
      .returning(['id', 'worker_id'])
      .execute();
    if (expired.length === 0) return 0;
    const job = await trx.selectFrom('jobs').select('title').where('id', '=', jobId).executeTakeFirstOrThrow();
    for (const a of expired) {
      await notify(
        trx,
        deps.config.publicUrl,
        {
          userId: a.worker_id,
          kind: 'application.expired',
          params: { jobTitle: job.title },
          link: `/applications/${a.id}`,
        },
        now,
      );
    }
    return expired.length;
  });
}
