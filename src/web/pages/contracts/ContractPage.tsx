import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type Contract, contractQueries } from '../../api/contracts';
import { StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { MessageThread } from '../../components/MessageThread';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatNumber, formatYen } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { noticeIn, useRouteNotice } from '../../lib/useRouteNotice';
import { NotFoundPage } from '../errors/NotFoundPage';
import { OrderSummary } from '../orders/OrderSummary';
import { TipsSection } from '../orders/TipsSection';
import { ContactRequestSection } from './ContactRequestSection';
import { ContractStatusBadge, type OnContractChange, PartyName, useYenExcl } from './contractParts';
import { DisputeView, HelpSection } from './DisputeSection';
import { MilestonesSection } from './MilestonesSection';
import { ReviewsSection } from './ReviewsSection';
import { TerminationSection } from './TerminationSection';
import { TermsSection } from './TermsSection';
import { Timeline } from './Timeline';

/** Where the contract's messages are on its page. */
const MESSAGES_ANCHOR = 'contract-messages';

/** /contracts/:id — 契約詳細, for its client and its worker. */
export function ContractPage() {
  const { id = '' } = useParams();
  // A new contract starts with a clean page: no announcement from the previous one.
  return <ContractPageContent key={id} id={id} />;
}

function ContractPageContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const query = useQuery(contractQueries.detail(id));
  const contract = query.data ?? null;
  // The page that led here may say what just happened (「購入しました」 after a purchase).
  const arrived = useRouteNotice((state) => {
    const text = noticeIn(state);
    return typeof text === 'string' ? text : null;
  });
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(arrived ? { text: arrived, n: 1 } : null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) statusRef.current?.focus();
  }, [notice]);

  // Every action answers with the whole contract: it replaces the cached one, and the
  // lists that show it load again when next opened.
  const onChange: OnContractChange = useCallback(
    (next, text) => {
      queryClient.setQueryData(contractQueries.detail(id).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: ['contracts'] });
      setNotice((n) => ({ text, n: (n?.n ?? 0) + 1 }));
    },
    [queryClient, id],
  );
  const { refetch } = query;
  const onStale = useCallback(() => void refetch(), [refetch]);

  // /contracts/:id#contract-messages: show the thread once the page has loaded.
  const loaded = contract !== null;
  const hash = location.hash;
  useEffect(() => {
    if (!loaded || hash !== `#${MESSAGES_ANCHOR}`) return;
    document.getElementById(MESSAGES_ANCHOR)?.scrollIntoView();
  }, [loaded, hash]);

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('contracts.page.notFoundTitle')} body={t('contracts.page.notFoundBody')} />;
  }

  return (
    <Page
      className="contract-page"
      title={contract?.title ?? t('contracts.page.title')}
      crumbs={[
        { to: '/mypage', label: t('myPage.title') },
        { to: '/contracts', label: t('contracts.list.title') },
      ]}
    >
      <div ref={statusRef} tabIndex={-1} className="contract-notice">
        <StatusMessage>{notice?.text}</StatusMessage>
      </div>
      <QueryView query={query}>{(data) => <ContractView contract={data} onChange={onChange} onStale={onStale} />}</QueryView>
    </Page>
  );
}

function ContractView({ contract, onChange, onStale }: { contract: Contract; onChange: OnContractChange; onStale: () => void }) {
  const panel = { contract, onChange, onStale };
  const terminationPending = contract.termination?.status === 'pending';
  return (
    <>
      <ContractSummary contract={contract} />
      <StatusBanner contract={contract} />
      {contract.order && <OrderSummary order={contract.order} {...panel} />}
      {contract.dispute && <DisputeView contract={contract} />}
      {terminationPending && <TerminationSection {...panel} />}
      <TermsSection {...panel} />
      <MilestonesSection {...panel} />
      {contract.order && <TipsSection orderId={contract.order.id} contractId={contract.id} onChange={onChange} />}
      <ReviewsSection {...panel} />
      {!terminationPending && <TerminationSection {...panel} />}
      <HelpSection {...panel} />
      <ContactRequestSection contractId={contract.id} />
      <Timeline contract={contract} />
      <div id={MESSAGES_ANCHOR} className="contract-messages">
        <MessageThread threadId={contract.threadId} />
      </div>
    </>
  );
}

function ContractSummary({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  const lang = useLang();
  const yenExcl = useYenExcl();
  const role = c.viewer.role;
  const base = `/contracts/${encodeURIComponent(c.id)}`;
  const you = (party: 'client' | 'worker') => (role === party ? t('contracts.you') : '');
  return (
    <div className="card contract-summary">
      <p className="job-card-labels">
        <ContractStatusBadge status={c.status} />
        <span className={`badge badge-role-${role}`}>{t('contracts.page.yourRole', { role: t(`contracts.role.${role}`) })}</span>
      </p>
      <dl className="facts facts-compact">
        {c.job && (
          <Fact label={t('contracts.page.job')}>
            <Link to={`/jobs/${encodeURIComponent(c.job.id)}`}>{c.job.title}</Link>
          </Fact>
        )}
        <Fact label={t('contracts.page.client')}>
          <PartyName party={c.client} />
          {you('client')}
        </Fact>
        <Fact label={t('contracts.page.worker')}>
          <PartyName party={c.worker} />
          {you('worker')}
        </Fact>
        <Fact label={t('contracts.page.totalAmount')} className="job-money">
          {yenExcl(c.totals.amount)}
        </Fact>
        {role === 'client' ? (
          <Fact label={t('contracts.page.totalEscrow')}>{formatYen(c.totals.escrow)}</Fact>
        ) : (
          <Fact label={t('contracts.page.totalWorkerNet')}>{formatYen(c.totals.workerNet)}</Fact>
        )}
        {(c.withholdingAllowed || c.withholding) && (
          <Fact label={t('contracts.page.withholding')}>
            {c.withholding ? t('contracts.page.withholdingOn') : t('contracts.page.withholdingOff')}
          </Fact>
        )}
        <Fact label={t('contracts.page.createdAt')}>
          <time dateTime={c.createdAt}>{formatDate(c.createdAt, lang)}</time>
        </Fact>
        {c.startedAt && (
          <Fact label={t('contracts.page.startedAt')}>
            <time dateTime={c.startedAt}>{formatDate(c.startedAt, lang)}</time>
          </Fact>
        )}
        {c.endedAt && (
          <Fact label={t('contracts.page.endedAt')}>
            <time dateTime={c.endedAt}>{formatDate(c.endedAt, lang)}</time>
          </Fact>
        )}
        <Fact label={t('contracts.page.termsVersion')}>
          {t('contracts.page.termsVersionValue', { n: formatNumber(c.termsVersion, lang) })}
        </Fact>
      </dl>
      <nav aria-label={t('contracts.page.linksLabel')} className="contract-links">
        <ul>
          <li>
            <a href={`#${MESSAGES_ANCHOR}`}>{t('contracts.page.messagesLink')}</a>
          </li>
          <li>
            <Link to={`${base}/terms`}>{t('contracts.page.termsLink')}</Link>
          </li>
          <li>
            {role === 'client' ? (
              <Link to={`${base}/receipt`}>{t('contracts.page.receiptLink')}</Link>
            ) : (
              <Link to={`${base}/payment-notice`}>{t('contracts.page.paymentNoticeLink')}</Link>
            )}
          </li>
          <li>
            <Link to={`/consultations/new?contract=${encodeURIComponent(c.id)}`}>{t('consultations.link')}</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

/** What the contract's state means for the viewer, above everything else. */
function StatusBanner({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (c.status) {
    case 'disputed':
      return (
        <div className="alert alert-warning contract-banner">
          <p className="alert-title">{t('contracts.banner.disputedTitle')}</p>
          <p>{t('contracts.banner.disputed')}</p>
        </div>
      );
    case 'awaiting_escrow':
      return (
        <div className="alert alert-info contract-banner">
          <p>{c.viewer.role === 'client' ? t('contracts.banner.awaitingClient') : t('contracts.banner.awaitingWorker')}</p>
        </div>
      );
    case 'in_progress':
      return (
        <p className="note contract-banner">
          {t('contracts.banner.inProgress', { days: formatNumber(c.rules.autoAcceptDays, lang) })}
        </p>
      );
    case 'completed':
      return <p className="note contract-banner">{t('contracts.banner.completed')}</p>;
    case 'terminated':
      return <p className="note contract-banner">{t('contracts.banner.terminated')}</p>;
  }
}
