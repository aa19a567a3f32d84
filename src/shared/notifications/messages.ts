// Notices about messages.
import { notice } from './types';

export const messageNotices = {
  'message.received': notice<{ subject: string; body: string }>({
    ja: (p) => ({ title: `「${p.subject}」に新しいメッセージが届きました`, body: p.body.slice(0, 200) }),
    en: (p) => ({ title: `New message about "${p.subject}"`, body: p.body.slice(0, 200) }),
  }),
};
