// /jobs/:id/submissions — 提出された作業. The task's client judges each submission:
// 承認する (after a confirmation naming what the worker receives) or 非承認にする with a
// reason, within the rejection cap; submissions not judged by the judge-by date are
// approved by themselves. A worker sees their own submissions here.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { RejectBody } from '../../../shared/api/work';
import { jobsApi } from '../../api/jobs';
import { type Submission, type SubmissionList, workApi } from '../../api/work';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { FilterTabs, readFilter } from '../../components/FilterTabs';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';
import { ActionAlert, Countdown, useIdempotencyKey } from '../contracts/contractParts';
import { NotFoundPage } from '../errors/NotFoundPage';
import { MySubmissions } from '../jobs/TaskWork';
import { PanelHeading, SubmissionCard, workOf } from '../jobs/workParts';

type Filter = 'all' | 'pending' | 'approved' | 'rejected';
const FILTERS: [Filter, ...Filter[]] = ['all', 'pending', 'approved', 'rejected'];

/** Waiting ones first, then newest first. */
function byReviewOrder(a: Submission, b: Submission): number {
  const waiting = Number(b.status === 'pending') - Number(a.status === 'pending');
  return waiting !== 0 ? waiting : b.createdAt.localeCompare(a.createdAt);
}

export function SubmissionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state, reload, setData } = useAsync(async () => {
    const [job, list] = await Promise.all([jobsApi.get(id), workApi.submissions(id)]);
    return { job, list };
  }, id);
  const client = state.status === 'done' && state.data.list.viewer.role === 'client';
  const title = client ? t('work.review.title') : t('work.review.titleWorker');
  useDocumentTitle(title);

  if (state.status === 'error' && state.problem.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }
  const job = state.status === 'done' ? state.data.job : null;

  return (
    <div className="submissions-page">
      <Breadcrumbs
        items={[
          ...(client
            ? [
                { to: '/mypage', label: t('myPage.title') },
                { to: '/mypage/jobs', label: t('myJobs.title') },
              ]
            : [
                { to: '/mypage', label: t('myPage.title') },
                { to: '/mypage/work', label: t('work.mine.title') },
              ]),
          ...(job ? [{ to: `/jobs/${encodeURIComponent(job.id)}`, label: job.title }] : []),
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {job && <p className="lead submissions-job">{job.title}</p>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <Button variant="secondary" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {state.status === 'done' &&
        (state.data.job.kind !== 'task' ? (
          <p className="note">
            {t('work.review.notTask')} <Link to={`/jobs/${encodeURIComponent(state.data.job.id)}`}>{t('entries.toJob')}</Link>
          </p>
        ) : client ? (
          <ClientReview
            job={state.data.job}
            list={state.data.list}
            onChange={(list) => setData({ ...state.data, list })}
            onStale={reload}
          />
        ) : (
          <WorkerView job={state.data.job} list={state.data.list} onChange={(list) => setData({ ...state.data, list })} />
        ))}
    </div>
  );
}

function WorkerView({ job, list, onChange }: { job: JobDetail; list: SubmissionList; onChange: (l: SubmissionList) => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{t('work.review.toJobWorker')}</Link>
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {list.items.length === 0 ? (
        <p className="card empty-state">{t('work.review.emptyWorker')}</p>
      ) : (
        <MySubmissions
          items={list.items}
          headingLevel={2}
          onWithdrawn={(next) => {
            onChange(next);
            setNotice(t('work.submit.withdrawn'));
          }}
        />
      )}
    </>
  );
}

function ClientReview({
  job,
  list,
  onChange,
  onStale,
}: {
  job: JobDetail;
  list: SubmissionList;
  onChange: (l: SubmissionList) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const work = workOf(job);
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  const base = `/jobs/${encodeURIComponent(job.id)}/submissions`;
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  useEffect(() => {
    if (focus > 0) statusRef.current?.focus();
  }, [focus]);

  const count = (f: Filter) =>
    f === 'all' ? list.items.filter((s) => s.status !== 'withdrawn').length : list.counts[f as Exclude<Filter, 'all'>];
  const shown = list.items.filter((s) => (filter === 'all' ? s.status !== 'withdrawn' : s.status === filter)).sort(byReviewOrder);
  const label = (f: Filter) => t(`work.review.filter.${f}`);
  const changed = (next: SubmissionList, message: string) => {
    onChange(next);
    setNotice(message);
    setFocus((n) => n + 1);
  };
  const judgeBy = list.judgeBy ?? work?.task?.judgeBy ?? null;
  const autoDays = work?.task?.autoApproveDays ?? 0;

  return (
    <>
      <dl className="money-summary work-review-summary">
        <div>
          <dt>{t('work.review.pending')}</dt>
          <dd>{t('work.rules.count', { n: formatNumber(list.counts.pending, lang) })}</dd>
        </div>
        <div>
          <dt>{t('work.review.approved')}</dt>
          <dd>{t('work.rules.count', { n: formatNumber(list.counts.approved, lang) })}</dd>
        </div>
        <div>
          <dt>{t('work.review.rejected')}</dt>
          <dd>{t('work.rules.count', { n: formatNumber(list.counts.rejected, lang) })}</dd>
        </div>
        {work?.task && (
          <div>
            <dt>{t('work.rules.slotsLeft')}</dt>
            <dd>
              {t('work.rules.slotsLeftValue', {
                n: formatNumber(work.task.slotsLeft, lang),
                units: formatNumber(work.money.units, lang),
              })}
            </dd>
          </div>
        )}
      </dl>

      <div className="work-rule-box section">
        {judgeBy ? (
          <>
            <Countdown
              iso={judgeBy}
              text={(left) => t('work.review.judgeLeft', { left })}
              past={t('work.review.judgePast')}
              note={t('work.review.judgeByNote', { date: formatDateTime(judgeBy, lang) })}
            />
            <p className="small">{t('work.review.autoApproveClosed')}</p>
          </>
        ) : (
          <p className="small">{t('work.review.autoApproveOpen', { days: formatNumber(autoDays, lang) })}</p>
        )}
        <p className="small">
          {t('work.review.rejectRule', { percent: formatNumber(list.rejection.limitPercent, lang) })}
          {lang === 'en' ? ' ' : ''}
          {list.rejection.allowedNow
            ? t('work.review.rejectAllowed')
            : t('work.review.rejectCapped', { n: formatNumber(list.rejection.submissionsUntilNext ?? 0, lang) })}
        </p>
        {work && <p className="small">{t('work.review.approveRule', { amount: formatYen(work.money.unitPrice) })}</p>}
      </div>

      <div ref={statusRef} tabIndex={-1} className="decision-status section">
        <StatusMessage>{notice}</StatusMessage>
      </div>

      <FilterTabs
        label={t('work.review.filterLabel')}
        base={base}
        filters={FILTERS}
        current={filter}
        text={label}
        count={count}
        countSuffix={t('work.review.countSuffix')}
      />

      <section aria-labelledby="submissions-list" className="section">
        <h2 id="submissions-list" className="visually-hidden">
          {label(filter)}
        </h2>
        {shown.length === 0 ? (
          <p className="card empty-state">{list.items.length === 0 ? t('work.review.empty') : t('work.review.emptyFilter')}</p>
        ) : (
          <ul className="submission-list">
            {shown.map((s) => (
              <SubmissionCard key={s.id} submission={s} showWorker>
                {s.status === 'pending' && <Judge job={job} submission={s} list={list} onChange={changed} onStale={onStale} />}
              </SubmissionCard>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type Panel = 'approve' | 'reject';

/** 承認する / 非承認にする for one pending submission, each opening its own panel. */
function Judge({
  job,
  submission: s,
  list,
  onChange,
  onStale,
}: {
  job: JobDetail;
  submission: Submission;
  list: SubmissionList;
  onChange: (next: SubmissionList, message: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Panel | null>(null);
  const [back, setBack] = useState<{ panel: Panel; n: number } | null>(null);
  const name = s.worker.displayName;
  const openerId = (p: Panel) => `submission-${s.id}-${p}`;
  useEffect(() => {
    if (back) document.getElementById(`submission-${s.id}-${back.panel}`)?.focus();
  }, [back, s.id]);
  const close = () => {
    if (open) setBack((b) => ({ panel: open, n: (b?.n ?? 0) + 1 }));
    setOpen(null);
  };

  if (open === 'approve') return <ApprovePanel job={job} submission={s} onChange={onChange} onStale={onStale} onCancel={close} />;
  if (open === 'reject') return <RejectPanel submission={s} list={list} onChange={onChange} onStale={onStale} onCancel={close} />;
  return (
    <div className="form-actions submission-actions">
      <Button id={openerId('approve')} onClick={() => setOpen('approve')}>
        {t('work.review.approve')}
        <span className="visually-hidden">: {name}</span>
      </Button>
      <Button id={openerId('reject')} variant="danger" onClick={() => setOpen('reject')}>
        {t('work.review.reject')}
        <span className="visually-hidden">: {name}</span>
      </Button>
    </div>
  );
}

interface PanelProps {
  submission: Submission;
  onChange: (next: SubmissionList, message: string) => void;
  onStale: () => void;
  onCancel: () => void;
}

function ApprovePanel({ job, submission: s, onChange, onStale, onCancel }: PanelProps & { job: JobDetail }) {
  const { t } = useTranslation();
  const form = useFormSubmit([]);
  const idempotency = useIdempotencyKey();
  const money = workOf(job)?.money;
  const approve = () =>
    void form.run(async () => {
      const next = await idempotency.send((key) => workApi.approve(s.id, key));
      onChange(next, t('work.review.approvedDone', { name: s.worker.displayName }));
    });
  return (
    <div className="contract-panel submission-panel">
      <PanelHeading level={4}>{t('work.review.approveTitle')}</PanelHeading>
      <p>
        {t('work.review.approveBody', {
          name: s.worker.displayName,
          amount: formatYen(money?.unitPrice ?? 0),
        })}
      </p>
      {money && (
        <p className="muted small">
          {t('work.review.approveNet', { name: s.worker.displayName, amount: formatYen(money.workerNet) })}
        </p>
      )}
      <ActionAlert form={form} onStale={onStale} />
      <div className="form-actions">
        <Button busy={form.submitting} onClick={approve}>
          {t('work.review.approveConfirm')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </div>
  );
}

function RejectPanel({ submission: s, list, onChange, onStale, onCancel }: PanelProps & { list: SubmissionList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['reason']);
  const [reason, setReason] = useState('');
  // Counted per worker too: a worker already turned down may be rejected whole within the cap.
  const capped = !(s.rejectable ?? list.rejection.allowedNow);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = { reason };
    const errors = schemaErrors(RejectBody, body, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const next = await workApi.reject(s.id, reason);
      onChange(next, t('work.review.rejectedDone', { name: s.worker.displayName }));
    });
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form confirm-panel submission-panel">
      <PanelHeading level={4}>{t('work.review.rejectTitle')}</PanelHeading>
      {capped ? (
        <div className="alert alert-warning">
          <p className="alert-title">{t('work.review.cappedTitle')}</p>
          <p>
            {t('work.review.cappedBody', {
              percent: formatNumber(list.rejection.limitPercent, lang),
              n: formatNumber(list.rejection.submissionsUntilNext ?? 0, lang),
            })}
          </p>
        </div>
      ) : (
        <p>{t('work.review.rejectBody')}</p>
      )}
      <ActionAlert form={form} onStale={onStale} />
      {!capped && (
        <TextAreaField
          label={t('work.review.rejectReason')}
          hint={t('work.review.rejectReasonHint')}
          name="reason"
          required
          rows={4}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={form.fieldErrors.reason}
        />
      )}
      <div className="form-actions">
        {!capped && (
          <Button type="submit" variant="danger" busy={form.submitting}>
            {t('work.review.rejectConfirm')}
          </Button>
        )}
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </form>
  );
}
