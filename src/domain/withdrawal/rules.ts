// The blocker rules of the product, in the order the pre-check lists them. Each feature
// that can leave something open adds its rule here and its provider on the server
// (src/server/withdrawal/registry.ts).
import type { BlockerRule } from './eligibility';

export const BLOCKER_RULES: readonly BlockerRule[] = [
  {
    code: 'pending-applications',
    role: 'worker',
    from: 'pendingApplications',
    title: { ja: '選考中の応募があります', en: 'You have applications under review' },
    explanation: {
      ja: '選考結果を待っている応募は、退会の前に取り下げてください。ここから取り下げられます。選考結果が出ないまま期限が来ると自動で終了します。',
      en: 'Withdraw applications still under review before leaving; you can do it here. They also end by themselves when their review period runs out.',
    },
    resolve: { label: { ja: '応募した仕事を見る', en: 'See my applications' }, link: '/mypage/applications' },
  },
  {
    code: 'open-jobs',
    role: 'client',
    from: 'openJobs',
    title: { ja: '募集中の仕事があります', en: 'You have jobs open for applications' },
    explanation: {
      ja: '募集中の仕事は、退会の前に募集を終了してください。ここから終了できます。募集期限が来ると自動で終了します。',
      en: 'Close your open jobs before withdrawing; you can do it here. They also close by themselves at their deadline.',
    },
    resolve: { label: { ja: '依頼した仕事を見る', en: 'See my jobs' }, link: '/mypage/jobs' },
  },
];
