import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Application, applicationQueries, applicationsApi } from '../../api/applications';
import { AttachmentList } from '../../components/Attachments';
import { DateFact, DecidedFacts, QuoteFacts } from '../../components/applications/DecisionFacts';
import { DecisionSummary } from '../../components/applications/DecisionSummary';
import { Breadcrumbs, myJobsCrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { StaleActionAlert, StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { InvoiceStatus } from '../../components/InvoiceStatus';
import { MessageThread } from '../../components/MessageThread';
import { useApiForm } from '../../lib/form';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useQueryCache } from '../../lib/useQueryCache';
import { useRouteNoticeIs } from '../../lib/useRouteNotice';
import { ContractLink } from '../contracts/ContractLink';
import { NotFoundPage } from '../errors/NotFoundPage';
import { type ApplicationActionProps, ClientDecision } from './ClientDecision';
import { ApplicationStatusBadge, ExpiryCountdown } from './labels';

/** /applications/:id — 応募詳細, for the worker who applied and for the job's client. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('application.title'));
  const query = useQuery(applicationQueries.detail(id));
  const { set: setData, reload } = useQueryCache(applicationQueries.detail(id));
  // 「応募しました」 is shown once, not again after a reload.
  const applied = useRouteNoticeIs('applied');

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.applicationTitle')} body={t('notFound.applicationBody')} />;
  }
  const app = query.data ?? null;
  const jobLink = app ? `/jobs/${encodeURIComponent(app.job.id)}` : '';

  return (
    <div className="application-page">
      <Breadcrumbs
        items={
          app?.viewer.role === 'client'
            ? [
                ...myJobsCrumbs(t),
                { to: jobLink, label: app.job.title },
                { to: `${jobLink}/applications`, label: t('applicants.title') },
                { label: app.worker.displayName },
              ]
            : [
                { to: '/mypage', label: t('myPage.title') },
                { to: '/mypage/applications', label: t('myApplications.title') },
                { label: t('application.title') },
              ]
        }
      />
      <h1>{t('application.title')}</h1>
      <StatusMessage>{applied && t('apply.applied')}</StatusMessage>
      <QueryView query={query}>
        {(app) => (
          <>
            <ApplicationView application={app} />
            {app.viewer.role === 'worker' ? (
              <WorkerActions application={app} onChange={setData} reload={reload} />
            ) : (
              <section aria-labelledby="application-actions" className="section card">
                <h2 id="application-actions">{t('application.actions')}</h2>
                {app.status !== 'pending' && <p className="muted">{t('application.noActions')}</p>}
                <ClientDecision application={app} onChange={setData} onStale={reload} />
                <p className="decision-back">
                  <Link to={`${jobLink}/applications`}>{t('application.toApplicants')}</Link>
                </p>
              </section>
            )}
            <MessageThread threadId={app.threadId} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function ApplicationView({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const other = a.viewer.role === 'worker' ? a.client : a.worker;
  return (
    <>
      <ContractLink contractId={a.contractId} />
      <DecisionSummary
        jobLabel={t('application.job')}
        job={a.job}
        status={<ApplicationStatusBadge status={a.status} />}
        countdown={a.status === 'pending' && <ExpiryCountdown iso={a.expiresAt} kind="application" />}
        otherLabel={a.viewer.role === 'worker' ? t('application.client') : t('application.worker')}
        other={other}
      >
        <QuoteFacts amount={a.quotedAmount} days={a.deliveryDays} />
        {a.viewer.role === 'client' && (
          <Fact label={t('legal.invoice.title')}>
            <InvoiceStatus number={a.workerInvoiceNumber} />
          </Fact>
        )}
        <DateFact label={t('application.appliedAt')} iso={a.createdAt} />
        <DecidedFacts
          decidedAt={a.decidedAt}
          declineReason={a.status === 'declined' ? a.declineReason : null}
          labels={{ decidedAt: t('application.decidedAt'), declineReason: t('application.declineReason') }}
        />
      </DecisionSummary>

      <section aria-labelledby="application-proposal" className="section">
        <h2 id="application-proposal">{t('application.proposal')}</h2>
        <div className="job-text">{a.proposal}</div>
      </section>

      {a.attachments.length > 0 && (
        <section aria-labelledby="application-files" className="section">
          <h2 id="application-files">{t('attachments.title')}</h2>
          <AttachmentList files={a.attachments} />
        </section>
      )}
    </>
  );
}

/** 「応募を取り下げる」 with a confirmation on the page, while the application is pending. */
function WorkerActions({ application, onChange, reload }: ApplicationActionProps) {
  const { t } = useTranslation();
  const form = useApiForm({ fields: [] });
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const [focus, setFocus] = useState<{ target: 'status' | 'confirm' | 'open'; n: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'status') statusRef.current?.focus();
    if (focus.target === 'confirm') confirmRef.current?.focus();
    if (focus.target === 'open') document.getElementById('application-withdraw')?.focus();
  }, [focus]);
  const focusOn = (target: 'status' | 'confirm' | 'open') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const withdraw = () =>
    void form.run(async () => {
      const next = await applicationsApi.withdraw(application.id);
      onChange(next);
      setConfirming(false);
      setDone(true);
      focusOn('status');
    });

  if (application.status !== 'pending' && !done) return null;
  return (
    <section aria-labelledby="application-worker-actions" className="section card">
      <h2 id="application-worker-actions">{t('application.actionsWorker')}</h2>
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{done && t('application.withdrawn')}</StatusMessage>
      </div>
      <StaleActionAlert form={form} stale={form.problem?.code === 'application-transition-invalid'} onReload={reload} />
      {application.status === 'pending' &&
        (!confirming ? (
          <Button
            id="application-withdraw"
            variant="danger"
            onClick={() => {
              form.clearProblem();
              setConfirming(true);
              focusOn('confirm');
            }}
          >
            {t('application.withdraw')}
          </Button>
        ) : (
          <div className="confirm-panel">
            <h3 ref={confirmRef} tabIndex={-1}>
              {t('application.withdrawTitle')}
            </h3>
            <p>{t('application.withdrawBody')}</p>
            <div className="form-actions">
              <Button variant="danger" busy={form.submitting} onClick={withdraw}>
                {t('application.withdrawConfirm')}
              </Button>
              <Button
                variant="secondary"
                disabled={form.submitting}
                onClick={() => {
                  setConfirming(false);
                  focusOn('open');
                }}
              >
                {t('application.back')}
              </Button>
            </div>
          </div>
        ))}
    </section>
  );
}
