import type { Lang } from '../../../shared/errors';
import type { ThreadRow } from '../../threads/thread-rows';
import { threadLink } from '../../threads/threads';
import { presentParty } from './accounts';

export function presentThread(t: ThreadRow, lang: Lang) {
  return {
    id: t.id,
    subjectType: t.subject_type,
    subjectId: t.subject_id,
    title: t.title,
    link: threadLink(t.subject_type, t.subject_id, t.id),
    otherParty: presentParty({ username: t.other_username, displayName: t.other_display_name, status: t.other_status }, lang),
    lastMessageAt: t.last_message_at?.toISOString() ?? null,
    unreadCount: t.unread,
  };
}
