import { useQuery } from '@tanstack/react-query';
import { type MouseEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { messageQueries, type Notification, type NotificationList, notificationsApi } from '../../api/messages';
import { useUnread } from '../../app/unread';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { ItemList } from '../../components/ItemList';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime, formatMonthDayTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useQueryCache } from '../../lib/useQueryCache';

/** A notification's link as a path of this site; null for anything that points elsewhere. */
function sitePath(link: string): string | null {
  if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\')) return link;
  try {
    const url = new URL(link);
    return url.origin === window.location.origin ? url.pathname + url.search + url.hash : null;
  } catch {
    return null;
  }
}

/** /notifications — お知らせ: newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  // The header's unread count reads the same query.
  const query = useQuery(messageQueries.notifications());
  const { set: setData } = useQueryCache(messageQueries.notifications());
  const unread = useUnread();
  const form = useApiForm({ fields: [] });
  const [done, setDone] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  const readAll = (data: NotificationList) =>
    void form.run(async () => {
      await notificationsApi.readAll();
      const now = new Date().toISOString();
      setData({ unreadCount: 0, items: data.items.map((n) => ({ ...n, readAt: n.readAt ?? now })) });
      setDone(true);
      unread.refresh();
      statusRef.current?.focus();
    });

  return (
    <div className="notifications-page">
      <div className="page-head">
        <h1>{t('notifications.title')}</h1>
        {query.data && query.data.unreadCount > 0 && (
          <Button variant="secondary" busy={form.submitting} onClick={() => readAll(query.data)}>
            {t('notifications.readAll')}
          </Button>
        )}
      </div>
      <p className="lead">{t('notifications.lead')}</p>
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{done && t('notifications.readAllDone')}</StatusMessage>
      </div>
      <FormAlert problem={form.problem} alertRef={form.alertRef} />
      <QueryView query={query}>
        {(data) => (
          <ItemList
            items={data.items}
            empty={t('notifications.empty')}
            className="notification-list"
            label={t('notifications.listLabel')}
          >
            {(n) => <NotificationItem key={n.id} notification={n} />}
          </ItemList>
        )}
      </QueryView>
    </div>
  );
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { refresh } = useUnread();
  const path = sitePath(n.link);
  const unread = n.readAt === null;

  const open = async (e: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle new tabs and windows; the notification is then read there.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (unread) {
      try {
        await notificationsApi.read(n.id);
      } catch {
        // Opening the page matters more than the read mark; the next visit tries again.
      }
      refresh();
    }
    if (path) navigate(path);
    else window.location.assign(n.link);
  };

  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <a href={path ?? n.link} className="notification-link" onClick={(e) => void open(e)}>
        <span className="notification-head">
          {unread && <span className="badge badge-unread">{t('notifications.unread')}</span>}
          <span className="notification-title">{n.title}</span>
        </span>
        <span className="notification-body">{n.body}</span>
        <time className="notification-time" dateTime={n.createdAt} title={formatDateTime(n.createdAt, lang)}>
          {formatMonthDayTime(n.createdAt, lang)}
        </time>
      </a>
    </li>
  );
}
