import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { messageQueries, type ThreadSummary } from '../../api/messages';
import { ItemList } from '../../components/ItemList';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDayTime, formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

/** /messages — メッセージ: every thread of the member, newest first, with unread counts. */
export function MessagesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('messages.title'));
  // The header's unread count reads the same query: new messages show here as they arrive.
  const threads = useQuery(messageQueries.threads());

  return (
    <div className="messages-page">
      <h1>{t('messages.title')}</h1>
      <p className="lead">{t('messages.lead')}</p>
      <QueryView query={threads}>
        {(data) => (
          <ItemList items={data.items} empty={t('messages.empty')} className="thread-list">
            {(thread) => <ThreadItem key={thread.id} thread={thread} />}
          </ItemList>
        )}
      </QueryView>
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
    inquiry: t('messages.subjectInquiry'),
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
