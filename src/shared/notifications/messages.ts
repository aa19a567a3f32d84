// Notices about messages.
import { notice } from './types';

export const messageNotices = {
  /** `subject`: the title of what the thread is about, null when it is gone. */
  'message.received': notice<{ subject: string | null; body: string }>({
    ja: (p) => ({ title: `「${p.subject ?? 'メッセージ'}」に新しいメッセージが届きました`, body: p.body.slice(0, 200) }),
    en: (p) => ({ title: p.subject === null ? 'New message' : `New message about "${p.subject}"`, body: p.body.slice(0, 200) }),
  }),
};
