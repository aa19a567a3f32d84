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
        confirm: {
          ja: '募集を終了すると、新しい応募・提出は受け付けなくなります。タスク・コンペでは、判定や選定が終わるまで仮払い金をお預かりします。',
          en: 'Once closed, the job takes no new applications or submissions. For a task or competition, the escrow is held until judging or selection is over.',
        },
        done: { ja: '募集を終了しました。', en: 'The job has been closed.' },
      },
    }));
  },
};
