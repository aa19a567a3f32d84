// /mypage/work — タスク・コンペの参加状況: the member's task submissions (判定待ち・承認・
// 非承認・取り下げ, with the reason and what an approval pays) and competition entries (結果
//待ち・採用・賞金を分配・不採用・採用なし, with what they received).
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MyEntry, type MySubmission, workApi } from '../../api/work';
import { Fact } from '../../components/facts/Fact';
import { MoneySummary } from '../../components/money/MoneySummary';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { EntryResultBadge, SubmissionStatusBadge } from '../jobs/workParts';

export function MyWorkPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['my-work'], queryFn: workApi.mine });

  return (
    <Page
      className="my-work"
      title={t('work.mine.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('work.mine.lead')}
      headingExtra={
        <Link to="/jobs?kind=task" className="btn btn-secondary">
          {t('work.mine.findTasks')}
        </Link>
      }
    >
      <QueryView query={query}>
        {(data) => (
          <>
            <Totals submissions={data.submissions} entries={data.entries} />
            <WorkList id="my-work-submissions" title={t('work.mine.submissions')} empty={t('work.mine.submissionsEmpty')}>
              {data.submissions.map((s) => (
                <SubmissionItem key={s.id} item={s} />
              ))}
            </WorkList>
            <WorkList id="my-work-entries" title={t('work.mine.entries')} empty={t('work.mine.entriesEmpty')}>
              {data.entries.map((e) => (
                <EntryItem key={e.id} item={e} />
              ))}
            </WorkList>
          </>
        )}
      </QueryView>
    </Page>
  );
}

/** 受け取った報酬 (approved submissions and prizes) and what is still waiting. */
/** A section of the page: its heading, then its cards or, when there are none, the empty state. */
function WorkList({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {children.length === 0 ? <p className="card empty-state">{empty}</p> : <ul className="job-list">{children}</ul>}
    </section>
  );
}

function Totals({ submissions, entries }: { submissions: MySubmission[]; entries: MyEntry[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const earned =
    submissions.filter((s) => s.status === 'approved').reduce((sum, s) => sum + s.workerNet, 0) +
    entries.reduce((sum, e) => sum + e.received, 0);
  const waiting = submissions.filter((s) => s.status === 'pending').length;
  const pendingEntries = entries.filter((e) => e.status === 'submitted' && e.result === 'pending').length;
  return (
    <MoneySummary
      figures={[
        { label: t('work.mine.earned'), value: formatYen(earned), main: true },
        { label: t('work.mine.waiting'), value: t('work.rules.count', { n: formatNumber(waiting, lang) }) },
        { label: t('work.mine.pendingEntries'), value: t('work.mine.entryCount', { n: formatNumber(pendingEntries, lang) }) },
      ]}
    />
  );
}

function SubmissionItem({ item: s }: { item: MySubmission }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `my-submission-${s.id}-title`;
  const jobPath = `/jobs/${encodeURIComponent(s.job.id)}`;
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="job-card-title">
          <Link to={jobPath}>{s.job.title}</Link>
        </h3>
        <p className="job-card-labels">
          <span className="badge badge-kind badge-kind-task">{t('jobs.kindTask')}</span>
          <SubmissionStatusBadge status={s.status} />
          {s.status === 'approved' && s.decidedBy === 'system' && (
            <span className="muted small">{t('work.submission.bySystem')}</span>
          )}
        </p>
        <dl className="job-meta">
          <Fact label={s.status === 'pending' ? t('work.mine.reward') : t('work.mine.received')} className="job-money">
            {s.status === 'rejected' || s.status === 'withdrawn' ? t('work.mine.noReward') : formatYen(s.workerNet)}
          </Fact>
          <Fact label={t('work.submission.submittedAt')}>
            <time dateTime={s.createdAt}>{formatDate(s.createdAt, lang)}</time>
          </Fact>
          {s.judgeBy && (
            <Fact label={t('work.mine.judgeBy')}>
              <time dateTime={s.judgeBy}>{formatDateTime(s.judgeBy, lang)}</time>
            </Fact>
          )}
        </dl>
        {s.status === 'pending' && !s.judgeBy && <p className="muted small">{t('work.mine.pendingNote')}</p>}
        {s.status === 'rejected' && s.rejectReason && (
          <div className="submission-reason">
            <p className="submission-reason-label">{t('work.submission.rejectReason')}</p>
            <p className="job-text">{s.rejectReason}</p>
          </div>
        )}
        <p className="job-card-footer">
          <Link to={`${jobPath}/submissions`} className="btn btn-secondary btn-small">
            {t('work.mine.submissionLink')}
            <span className="visually-hidden">: {s.job.title}</span>
          </Link>
          {s.status === 'approved' && (
            <Link to={`${jobPath}/payment-notice`} className="btn btn-secondary btn-small">
              {t('money.statement.paymentNotice')}
              <span className="visually-hidden">: {s.job.title}</span>
            </Link>
          )}
        </p>
      </article>
    </li>
  );
}

function EntryItem({ item: e }: { item: MyEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `my-entry-${e.id}-title`;
  const jobPath = `/jobs/${encodeURIComponent(e.job.id)}`;
  const withdrawn = e.status === 'withdrawn';
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="job-card-title">
          <Link to={jobPath}>{e.job.title}</Link>
        </h3>
        <p className="job-card-labels">
          <span className="badge badge-kind badge-kind-competition">{t('jobs.kindCompetition')}</span>
          {withdrawn ? (
            <span className="badge badge-state badge-state-withdrawn">{t('entries.statusWithdrawn')}</span>
          ) : (
            <EntryResultBadge result={e.result} />
          )}
        </p>
        <dl className="job-meta">
          <Fact label={t('work.mine.entryTitle')}>{e.title}</Fact>
          <Fact label={t('entries.submittedAt')}>
            <time dateTime={e.createdAt}>{formatDate(e.createdAt, lang)}</time>
          </Fact>
          {(e.result === 'won' || e.result === 'shared') && (
            <Fact label={t('work.mine.received')} className="job-money">
              {formatYen(e.received)}
            </Fact>
          )}
          {e.result === 'pending' && e.selectionDueAt && !withdrawn && (
            <Fact label={t('work.mine.selectionDue')}>
              <time dateTime={e.selectionDueAt}>{formatDateTime(e.selectionDueAt, lang)}</time>
            </Fact>
          )}
        </dl>
        {!withdrawn && <p className="muted small">{t(`work.mine.resultNote.${e.result}`)}</p>}
        <p className="job-card-footer">
          <Link to={`${jobPath}/entries`} className="btn btn-secondary btn-small">
            {t('work.mine.entryLink')}
            <span className="visually-hidden">: {e.title}</span>
          </Link>
          {(e.result === 'won' || e.result === 'shared') && (
            <Link to={`${jobPath}/payment-notice`} className="btn btn-secondary btn-small">
              {t('money.statement.paymentNotice')}
              <span className="visually-hidden">: {e.job.title}</span>
            </Link>
          )}
        </p>
      </article>
    </li>
  );
}
