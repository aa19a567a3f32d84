// Notices about a member's own withdrawal.
import { dateEn, longDateJa } from './format';
import { notice } from './types';

export const withdrawalNotices = {
  'withdrawal.scheduled': notice<{ completesAfter: string | null }>({
    ja: (p) => ({
      title: '退会を予約しました',
      body: `振込申請中の報酬の振込が完了すると、自動で退会します${p.completesAfter ? `(振込予定日 ${longDateJa(p.completesAfter)})` : ''}。それまで新しい応募や依頼はできません。予約は退会のページで取り消せます。`,
    }),
    en: (p) => ({
      title: 'Your withdrawal is scheduled',
      body: `Your account will be closed automatically once your requested payout has been transferred${p.completesAfter ? ` (scheduled for ${dateEn(p.completesAfter)})` : ''}. Until then you cannot apply or post new work. You can cancel this on the withdrawal page.`,
    }),
  }),
  'withdrawal.schedule_cancelled': notice<{ reason: string | null }>({
    ja: (p) => ({
      title: '退会の予約を取り消しました',
      body: p.reason ?? '退会の予約を取り消しました。これまでどおりご利用いただけます。',
    }),
    en: (p) => ({
      title: 'Your scheduled withdrawal is cancelled',
      body: p.reason ?? 'Your scheduled withdrawal has been cancelled. You can keep using Yorozu as before.',
    }),
  }),
};
