// The notification catalogue: every kind a member can be told about, with its parameters
// and its text in Japanese and English. A notice is stored with its kind and parameters
// and rendered in the reader's language, on screen and in mail.
import { applicationNotices } from './applications';
import { autoPayoutNotices } from './auto-payouts';
import { consultationNotices } from './consultations';
import { contractNotices } from './contracts';
import { discoveryNotices } from './discovery';
import { messageNotices } from './messages';
import { moderationNotices } from './moderation';
import { offerNotices } from './offers';
import { orderNotices } from './orders';
import { payoutNotices } from './payouts';
import { quoteNotices } from './quotes';
import { screeningNotices } from './screening';
import type { Lang, NoticeDef, NoticeText } from './types';
import { withdrawalNotices } from './withdrawal';
import { workNotices } from './work';

export type { Lang, NoticeDef, NoticeText } from './types';

export const NOTIFICATIONS = {
  ...applicationNotices,
  ...offerNotices,
  ...contractNotices,
  ...workNotices,
  ...messageNotices,
  ...payoutNotices,
  ...autoPayoutNotices,
  ...withdrawalNotices,
  ...orderNotices,
  ...quoteNotices,
  ...discoveryNotices,
  ...moderationNotices,
  ...screeningNotices,
  ...consultationNotices,
};

export type NotificationKind = keyof typeof NOTIFICATIONS;

export type NotificationParams<K extends NotificationKind> = (typeof NOTIFICATIONS)[K] extends NoticeDef<infer P> ? P : never;

/** A kind with its parameters; without a type argument, the union over every kind. */
export type NotificationInput<K extends NotificationKind = NotificationKind> = {
  [k in K]: { kind: k; params: NotificationParams<k> };
}[K];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(NOTIFICATIONS, kind);
}

/** A notice's title and body in one language. */
export function renderNotification<K extends NotificationKind>(kind: K, params: NotificationParams<K>, lang: Lang): NoticeText {
  const def = NOTIFICATIONS[kind] as unknown as NoticeDef<NotificationParams<K>>;
  return def[lang](params);
}

/** The same for a kind and its parameters taken together (as a notice carries them). */
export function renderNotice(input: NotificationInput, lang: Lang): NoticeText {
  const def = NOTIFICATIONS[input.kind] as NoticeDef<typeof input.params>;
  return def[lang](input.params);
}
