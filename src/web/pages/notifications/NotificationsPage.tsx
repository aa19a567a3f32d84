import { type MouseEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Notification, type NotificationList, notificationsApi } from '../../api/messages';
import { useUnread } from '../../app/unread';
import { Button } from '../../components/Button';
import { FormAlert, ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDayTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';

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
  const { state, reload, setData } = useAsync(() => notificationsApi.mine(), 'notifications');
  const unread = useUnread();
  const form = useFormSubmit([]);
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
        {state.status === 'done' && state.data.unreadCount > 0 && (
          <Button variant="secondary" busy={form.submitting} onClick={() => readAll(state.data)}>
            {t('notifications.readAll')}
          </Button>
        )}
      </div>
      <p className="lead">{t('notifications.lead')}</p>
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{done && t('notifications.readAllDone')}</StatusMessage>
      </div>
      <FormAlert problem={form.problem} alertRef={form.alertRef} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <Button variant="secondary" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {state.status === 'done' &&
        (state.data.items.length === 0 ? (
          <p className="card empty-state">{t('notifications.empty')}</p>
        ) : (
          <ul className="notification-list" aria-label={t('notifications.listLabel')}>
            {state.data.items.map((n) => (
              <NotificationItem key={n.id} notification={n} />
            ))}
          </ul>
        ))}
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
