// /inquiries/:id — 見積り相談: the service asked about, the two parties, the quotes (the
// buyer buys one, the seller withdraws one), the seller's quote form, and the messages.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Inquiry, quoteQueries } from '../../api/quotes';
import { FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { Fact } from '../../components/facts/Fact';
import { MessageThread } from '../../components/MessageThread';
import { Page } from '../../components/Page';
import { QueryView, queryProblem } from '../../lib/query';
import { noticeIn, useRouteNotice } from '../../lib/useRouteNotice';
import { NotFoundPage } from '../errors/NotFoundPage';
import { QuoteCard } from './QuoteCard';
import { QuoteForm } from './QuoteForm';
import styles from './quotes.module.css';

export function InquiryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(quoteQueries.inquiry(id));
  if (queryProblem(query)?.code === 'not-found') return <NotFoundPage />;
  return (
    <Page
      className="inquiry-page"
      title={query.data ? `${t('quotes.page.title')}: ${query.data.service.title}` : t('quotes.page.title')}
      crumbs={[{ to: '/messages', label: t('quotes.page.crumbMessages') }]}
    >
      <QueryView query={query}>{(inquiry) => <InquiryBody inquiry={inquiry} />}</QueryView>
    </Page>
  );
}

function InquiryBody({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notice = useFocusedNotice();
  const asked = useRouteNotice((state) => (noticeIn(state) === 'asked' ? 'asked' : null));
  const { announce } = notice;
  useEffect(() => {
    if (asked) announce(t('quotes.ask.sent'));
  }, [asked, announce, t]);
  const key = quoteQueries.inquiry(inquiry.id).queryKey;
  const changed = (message: string | null) => {
    void queryClient.invalidateQueries({ queryKey: key });
    if (message) notice.announce(message);
  };
  const other = inquiry.role === 'buyer' ? inquiry.seller : inquiry.buyer;
  const seller = inquiry.role === 'seller';

  return (
    <>
      <FocusedStatus notice={notice} />
      <dl className="facts facts-compact card">
        <Fact label={t('quotes.page.service')}>
          <Link to={`/services/${encodeURIComponent(inquiry.service.id)}`}>{inquiry.service.title}</Link>
        </Fact>
        <Fact label={seller ? t('quotes.page.buyer') : t('quotes.page.seller')}>
          {other.withdrawn ? other.displayName : <Link to={`/u/${encodeURIComponent(other.username)}`}>{other.displayName}</Link>}
        </Fact>
      </dl>
      <section aria-labelledby="inquiry-quotes" className="section">
        <h2 id="inquiry-quotes">{t('quotes.page.quotes')}</h2>
        {inquiry.quotes.length === 0 ? (
          <p className="muted">{seller ? t('quotes.page.noQuotesSeller') : t('quotes.page.noQuotes')}</p>
        ) : (
          <ul className={styles.quotes}>
            {inquiry.quotes.map((q) => (
              <QuoteCard key={q.id} quote={q} onChange={changed} />
            ))}
          </ul>
        )}
      </section>
      {seller &&
        (inquiry.canQuote ? (
          <QuoteForm
            inquiry={inquiry}
            onSent={(next) => {
              queryClient.setQueryData(key, next);
              notice.announce(t('quotes.form.sent'));
            }}
          />
        ) : (
          <p className="alert alert-info">{t('quotes.page.serviceNotOpen')}</p>
        ))}
      <MessageThread threadId={inquiry.threadId} />
    </>
  );
}
