// A stored notification's title and body in the reader's language: rows written with a
// catalogued kind and its parameters are rendered again; older rows (and kinds no longer
// in the catalogue) show the Japanese text they were written with.

import type { NotificationInput } from '../../shared/notifications';
import { isNotificationKind, type Lang, type NoticeText, renderNotice } from '../../shared/notifications';

export function noticeText(row: { kind: string; title: string; body: string; params: unknown }, lang: Lang): NoticeText {
  if (row.params == null || !isNotificationKind(row.kind)) return { title: row.title, body: row.body };
  try {
    return renderNotice({ kind: row.kind, params: row.params } as NotificationInput, lang);
  } catch {
    return { title: row.title, body: row.body };
  }
}
