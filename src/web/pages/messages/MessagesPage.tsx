import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ThreadSummary, threadsApi } from '../../api/messages';
import { useUnread } from '../../app/unread';
import { Button } from '../../components/Button';
import { ProblemMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDayTime, formatNumber } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** /messages — メッセージ: every thread of the member, newest first, with unread counts. */
export function MessagesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('messages.title'));
  const { state, reload } = useAsync(() => threadsApi.mine(), 'threads');
  const { messages: unreadTotal } = useUnread();

  // New messages counted in the header: show them here as well.
  const loadedTotal = state.status === 'done' ? state.data.unreadTotal : null;
  useEffect(() => {
    if (loadedTotal !== null && unreadTotal > loadedTotal) reload();
  }, [unreadTotal, loadedTotal, reload]);

  return (
    <div className="messages-page">
      <h1>{t('messages.title')}</h1>
      <p className="lead">{t('messages.lead')}</p>
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
          <p className="card empty-state">{t('messages.empty')}</p>
        ) : (
          <ul className="thread-list">
            {state.data.items.map((thread) => (
              <ThreadItem key={thread.id} thread={thread} />
            ))}
          </ul>
        ))}
    </div>
  );
}

function ThreadItem({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const subject = {
    application: t('messages.subjectApplication'),
    offer: t('messages.subjectOffer'),
    contract: t('messages.subjectContract'),
  }[thread.subjectType];
  const unread = thread.unreadCount > 0;
  return (
    <li className={unread ? 'thread-item thread-item-unread' : 'thread-item'}>
      <h2 className="thread-item-title">
        <Link to={thread.link}>
          {thread.title}
          {unread && <span className="visually-hidden"> {t('messages.unread', { count: thread.unreadCount })}</span>}
        </Link>
      </h2>
      <p className="thread-item-meta">
        <span className="badge badge-subject">{subject}</span>
        <span>{t('messages.with', { name: thread.otherParty.displayName })}</span>
        {unread && (
          <span className="badge badge-unread" aria-hidden="true">
            {t('messages.unread', { count: formatNumber(thread.unreadCount, lang) })}
          </span>
        )}
      </p>
      <p className="thread-item-time muted small">
        {thread.lastMessageAt ? (
          <time dateTime={thread.lastMessageAt} title={formatDateTime(thread.lastMessageAt, lang)}>
            {t('messages.lastAt', { when: formatMonthDayTime(thread.lastMessageAt, lang) })}
          </time>
        ) : (
          t('messages.noMessages')
        )}
      </p>
    </li>
  );
}
