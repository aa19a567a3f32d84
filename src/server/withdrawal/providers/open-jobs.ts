// As a client: postings still open for applications. Each can be closed in place; each
// clears by itself at its deadline.
import type { BlockerProvider } from '../registry';

export const openJobsProvider: BlockerProvider = {
  key: 'openJobs',
  async load(db, userId) {
    const rows = await db
      .selectFrom('jobs')
      .select(['id', 'title', 'deadline'])
      .where('client_id', '=', userId)
      .where('status', '=', 'open')
      .orderBy('deadline')
      .execute();
    return rows.map((j) => ({
      id: j.id,
      title: j.title,
      link: `/jobs/${j.id}`,
      clearsAt: j.deadline,
      resolve: {
        method: 'POST' as const,
        href: `/api/v1/jobs/${j.id}/close`,
        label: { ja: '募集を終了する', en: 'Close this job' },
      },
    }));
  },
};
