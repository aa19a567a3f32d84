// English UI text of the notifications page; its keys are top-level keys of the catalogue.
import type { notificationsJa } from './notifications.ja';

export const notificationsEn: typeof notificationsJa = {
  notifications: {
    title: 'Notifications',
    lead: 'News about applications, decisions and offers. Opening one marks it read.',
    readAll: 'Mark all as read',
    readAllDone: 'All notifications marked as read.',
    unread: 'Unread',
    empty: 'No notifications.',
    listLabel: 'Notifications',
  },
};
