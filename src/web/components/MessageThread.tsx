// The messages between the two parties of an application or an offer, oldest first, with
// a composer underneath. Reading the thread marks it read.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SendMessageBody } from '../../shared/api/applications';
import { type Message, messageQueries, threadsApi } from '../api/messages';
import { screeningQueries } from '../api/screening';
import { useUnread } from '../app/unread';
import { useLang } from '../i18n';
import { formatDateTime, formatMonthDayTime } from '../lib/format';
import { QueryView } from '../lib/query';
import { useQueryCache } from '../lib/useQueryCache';
import { ReportLink } from '../pages/moderation/ReportLink';
import { AttachmentList } from './Attachments';
import { Button } from './Button';
import { ApiFormFrame, StatusMessage } from './FormAlert';
import { FormAttachmentField, useAttachmentForm } from './FormFields';
import { ItemList } from './ItemList';
import { TextAreaField } from './TextField';

/** メッセージ: the thread of an application or an offer; `threadId` null when there is none yet. */
export function MessageThread({ threadId }: { threadId: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="section thread">
      <h2>{t('thread.title')}</h2>
      {threadId ? <ThreadBody threadId={threadId} /> : <p className="card empty-state">{t('thread.unavailable')}</p>}
    </section>
  );
}

function ThreadBody({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const unread = useUnread();
  const query = useQuery(messageQueries.thread(threadId));
  const { reload } = useQueryCache(messageQueries.thread(threadId));
  const held = useQueryCache(screeningQueries.heldInThread(threadId));
  const { refresh, messages: unreadCount } = unread;

  // Opening the thread marks it read: bring the header count up to date after each read.
  const loadedAt = query.dataUpdatedAt;
  useEffect(() => {
    if (loadedAt > 0) refresh();
  }, [loadedAt, refresh]);

  // When the header count goes up while the thread is open, look for new messages here.
  const lastCount = useRef(unreadCount);
  useEffect(() => {
    if (unreadCount > lastCount.current) reload();
    lastCount.current = unreadCount;
  }, [unreadCount, reload]);

  return (
    <>
      <QueryView query={query}>
        {(data) => (
          <ItemList
            items={data.items}
            empty={t('thread.empty')}
            emptyClassName="muted thread-empty"
            className="message-list"
            ordered
          >
            {(m) => <MessageItem key={m.id} message={m} />}
          </ItemList>
        )}
      </QueryView>
      <HeldMessages threadId={threadId} />
      <Composer
        threadId={threadId}
        onSent={() => {
          reload();
          held.reload();
          refresh();
        }}
      />
    </>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t } = useTranslation();
  const lang = useLang();
  const mine = message.sender.isMe;
  return (
    <li className={mine ? 'message message-mine' : 'message message-theirs'}>
      <div className="message-bubble">
        <p className="message-meta">
          <span className="message-sender">{mine ? t('thread.me') : message.sender.displayName}</span>
          <time dateTime={message.createdAt} title={formatDateTime(message.createdAt, lang)}>
            {formatMonthDayTime(message.createdAt, lang)}
          </time>
        </p>
        {message.removedByStaff ? (
          <div className="message-body muted">{t('thread.removedByStaff')}</div>
        ) : (
          <div className="message-body">{message.body}</div>
        )}
        <AttachmentList files={message.attachments} label={t('thread.attachmentsOf')} />
        {!mine && !message.removedByStaff && <ReportLink kind="message" id={message.id} label={message.body.slice(0, 40)} />}
      </div>
    </li>
  );
}

function Composer({ threadId, onSent }: { threadId: string; onSent: () => void }) {
  const { t } = useTranslation();
  const { form, attachments } = useAttachmentForm<{ body: string }>({
    schema: SendMessageBody,
    fields: ['body'],
    defaultValues: { body: '' },
    // Sent for staff review: it shows in the thread as 「スタッフ確認中」, to me only.
    onHeld: () => {
      form.reset();
      attachments.reset();
      onSent();
    },
  });
  const [sent, setSent] = useState<string | null>(null);

  const send = form.onSubmit(async ({ body }) => {
    await threadsApi.send(threadId, { body, attachmentIds: attachments.ids });
    form.reset();
    attachments.reset();
    setSent(t('thread.sent'));
    onSent();
  });
  const submit = (e: { preventDefault: () => void }) => {
    setSent(null);
    return send(e);
  };

  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form composer" heldMessage={t('screening.heldSent')}>
      <TextAreaField
        label={t('thread.body')}
        hint={t('thread.bodyHint')}
        required
        rows={4}
        {...form.register('body', { onChange: () => setSent(null) })}
        error={form.errorOf('body')}
      />
      <FormAttachmentField form={form} attachments={attachments} />
      <StatusMessage>{sent}</StatusMessage>
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('thread.send')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}

/** My messages held for staff review in this thread: 「スタッフ確認中」, seen by me only. */
function HeldMessages({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(screeningQueries.heldInThread(threadId));
  const items = (query.data?.items ?? []).filter((h) => h.status !== 'approved' && h.status !== 'discarded');
  if (items.length === 0) return null;
  const label = (status: string) =>
    status === 'pending'
      ? t('screening.heldBadge')
      : status === 'rejected'
        ? t('screening.heldRejected')
        : t('screening.heldFailed');
  return (
    <ul className="message-list held-list" aria-label={t('screening.heldBadge')}>
      {items.map((h) => (
        <li key={h.id} className="message message-mine message-held">
          <div className="message-bubble">
            <p className="message-meta">
              <span className="badge badge-state badge-state-pending">{label(h.status)}</span>
              <time dateTime={h.createdAt}>{formatMonthDayTime(h.createdAt, lang)}</time>
            </p>
            <div className="message-body">{h.texts['/body']}</div>
            <p className="muted small">{h.decisionNote ?? t('screening.heldOnlyYou')}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
