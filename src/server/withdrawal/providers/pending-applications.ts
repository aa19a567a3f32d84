// As a worker: applications still waiting for the client's decision. Each can be
// withdrawn in place; each clears by itself when it expires.
import type { BlockerProvider } from '../registry';

export const pendingApplicationsProvider: BlockerProvider = {
  key: 'pendingApplications',
  async load(db, userId) {
    const rows = await db
      .selectFrom('applications as a')
      .innerJoin('jobs as j', 'j.id', 'a.job_id')
      .select(['a.id', 'j.title', 'a.expires_at'])
      .where('a.worker_id', '=', userId)
      .where('a.status', '=', 'pending')
      .orderBy('a.expires_at')
      .execute();
    return rows.map((a) => ({
      id: a.id,
      title: a.title,
      link: `/applications/${a.id}`,
      clearsAt: a.expires_at,
      resolve: {
        method: 'POST' as const,
        href: `/api/v1/applications/${a.id}/withdraw`,
        label: { ja: '応募を取り下げる', en: 'Withdraw this application' },
        confirm: {
          ja: '取り下げた応募は元に戻せません。同じ仕事にもう一度応募することはできます(募集中の場合)。',
          en: 'A withdrawn application cannot be restored. You can apply to the job again while it is open.',
        },
        done: { ja: '応募を取り下げました。', en: 'Your application has been withdrawn.' },
      },
    }));
  },
};
