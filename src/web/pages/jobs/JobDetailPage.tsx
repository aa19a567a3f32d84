import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { jobQueries } from '../../api/jobs';
import { useAuth } from '../../app/auth';
import { Breadcrumbs, myJobsCrumbs } from '../../components/Breadcrumbs';
import { useLang } from '../../i18n';
import { formatDate, formatNumber, formatPlainDate, formatYenRange, formatYenText } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { noticeIn, useRouteNotice } from '../../lib/useRouteNotice';
import { FavouriteButton } from '../discovery/FavouriteButton';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ReportLink } from '../moderation/ReportLink';
import { ApplySection } from './ApplySection';
import { DeadlineFact, KindBadge, StatusBadge, TagChips, useJobText } from './jobText';
import { type JobNotice, OwnerActions } from './OwnerActions';
import { WorkPaymentSection } from './WorkPayment';
import { WorkRulesSection } from './WorkRules';
import { EscrowBadge } from './workParts';

/** What the post and edit pages pass on in the router state. */
export interface JobDetailState {
  notice: JobNotice;
}

function noticeOf(state: unknown): JobNotice | null {
  const notice = noticeIn(state);
  return notice === 'draftSaved' || notice === 'draftSavedPay' || notice === 'published' || notice === 'updated' ? notice : null;
}

/** /jobs/:id — one job, laid out by its kind, with the owner's actions. */
export function JobDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(jobQueries.detail(id));
  const setJob = (job: JobDetail) => queryClient.setQueryData(jobQueries.detail(id).queryKey, job);
  // The posting and what hangs from it (its applications, submissions, entries) are read again.
  const reload = () => void queryClient.invalidateQueries({ queryKey: jobQueries.detail(id).queryKey });
  // A notice from the form that led here is shown once, not again after a reload.
  const notice = useRouteNotice(noticeOf);

  const notFound = queryProblem(query)?.code === 'not-found';
  return (
    <div className="job-detail">
      {!query.isSuccess && !notFound && (
        <h1 className={query.isPending ? 'visually-hidden' : undefined}>{t('jobSearch.title')}</h1>
      )}
      <QueryView query={query} notFound={<NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />}>
        {(job) => <JobView job={job} onChange={setJob} reload={reload} initialNotice={notice} />}
      </QueryView>
    </div>
  );
}

function JobView({
  job,
  onChange,
  reload,
  initialNotice,
}: {
  job: JobDetail;
  onChange: (job: JobDetail) => void;
  reload: () => void;
  initialNotice: JobNotice | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useJobText();
  useDocumentTitle(job.title);
  const { user } = useAuth();
  const owner = job.viewer.isOwner;

  return (
    <article className="job" aria-labelledby="job-title">
      <Breadcrumbs
        items={
          owner
            ? [...myJobsCrumbs(t), { label: job.title }]
            : [{ to: '/jobs', label: t('jobSearch.title') }, { label: job.title }]
        }
      />
      <header className="job-header">
        <p className="job-labels">
          <StatusBadge status={job.status} />
          <KindBadge kind={job.kind} />
          <EscrowBadge work={job.work} />
          <span className="job-category">{text.category(job.category)}</span>
        </p>
        <h1 id="job-title" className="job-title">
          {job.title}
        </h1>
        <ReportLink kind="job" id={job.id} label={job.title} />
        {job.publishedAt && (
          <p className="muted small">
            {t('jobDetail.publishedAt')}: <time dateTime={job.publishedAt}>{formatDate(job.publishedAt, lang)}</time>
          </p>
        )}
        {user && !owner && job.publishedAt && <FavouriteButton kind="job" id={job.id} name={job.title} />}
      </header>

      <StateNote job={job} />

      {owner && (
        <WorkPaymentSection job={job} onChange={onChange} onStale={reload} focusOnMount={initialNotice === 'draftSavedPay'} />
      )}

      {owner && <OwnerActions job={job} onChange={onChange} reload={reload} initialNotice={initialNotice} />}

      <section aria-labelledby="job-terms" className="section card job-terms">
        <h2 id="job-terms">{t('jobDetail.termsTitle')}</h2>
        <dl className="facts">
          <KindTerms job={job} />
          <DeadlineFact iso={job.deadline} countdown={job.status === 'open'} />
          <div>
            <dt>{t('jobDetail.delivery')}</dt>
            <dd>{job.deliveryDate ? formatPlainDate(job.deliveryDate, lang) : t('jobDetail.deliveryNone')}</dd>
          </div>
          <div>
            <dt>{t('jobs.category')}</dt>
            <dd>{text.category(job.category)}</dd>
          </div>
          {job.tags.length > 0 && (
            <div>
              <dt>{t('jobs.tags')}</dt>
              <dd>
                <TagChips tags={job.tags} />
              </dd>
            </div>
          )}
        </dl>
        {job.kind === 'competition' && job.allowNoWinner && !job.work && (
          <p className="note job-refund-note">{t('jobDetail.noWinnerRefund')}</p>
        )}
      </section>

      <WorkRulesSection job={job} />

      <section aria-labelledby="job-description" className="section">
        <h2 id="job-description">{t('jobDetail.description')}</h2>
        <div className="job-text">{job.description}</div>
      </section>

      {job.kind === 'task' && job.taskInstructions && (
        <section aria-labelledby="job-instructions" className="section">
          <h2 id="job-instructions">{t('jobDetail.instructions')}</h2>
          <div className="job-text">{job.taskInstructions}</div>
        </section>
      )}

      {job.kind === 'competition' && job.entryRules && (
        <section aria-labelledby="job-entry-rules" className="section">
          <h2 id="job-entry-rules">{t('jobDetail.entryRules')}</h2>
          <div className="job-text">{job.entryRules}</div>
        </section>
      )}

      <ApplySection job={job} onJobChanged={reload} />

      <section aria-labelledby="job-client" className="section">
        <h2 id="job-client">{t('jobDetail.clientTitle')}</h2>
        <ClientCard job={job} />
      </section>
    </article>
  );
}

/** The money lines and counts that differ by kind. */
function KindTerms({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const notSet = t('jobs.notSet');
  const yen = (n: number | null) => (n === null ? notSet : formatYenText(n, lang));

  if (job.kind === 'project') {
    const budget = job.budgetMin !== null && job.budgetMax !== null ? formatYenRange(job.budgetMin, job.budgetMax, lang) : notSet;
    return (
      <>
        <div>
          <dt>{t('jobs.budget')}</dt>
          <dd className="job-money">{budget}</dd>
        </div>
        <div>
          <dt>{t('jobDetail.hires')}</dt>
          <dd>{job.hires === null ? notSet : t('jobDetail.hiresValue', { n: formatNumber(job.hires, lang) })}</dd>
        </div>
        {job.milestonesWished !== null && (
          <div>
            <dt>{t('jobDetail.milestones')}</dt>
            <dd>{t('jobDetail.milestonesValue', { n: job.milestonesWished })}</dd>
          </div>
        )}
      </>
    );
  }
  if (job.kind === 'task') {
    const complete = job.taskUnitPrice !== null && job.taskSlots !== null;
    return (
      <>
        <div>
          <dt>{t('jobs.reward')}</dt>
          <dd className="job-money">
            {complete
              ? t('jobs.taskBudget', { unit: yen(job.taskUnitPrice), slots: formatNumber(job.taskSlots ?? 0, lang) })
              : notSet}
          </dd>
        </div>
        <div>
          <dt>{t('jobs.total')}</dt>
          <dd>{complete ? yen((job.taskUnitPrice ?? 0) * (job.taskSlots ?? 0)) : notSet}</dd>
        </div>
        {job.taskWorkerLimit !== null && (
          <div>
            <dt>{t('jobs.workerLimit')}</dt>
            <dd>{t('jobs.workerLimitValue', { n: formatNumber(job.taskWorkerLimit, lang) })}</dd>
          </div>
        )}
      </>
    );
  }
  return (
    <div>
      <dt>{t('jobs.prize')}</dt>
      <dd className="job-money">{yen(job.prize)}</dd>
    </div>
  );
}

/** Why a job is not taking applications (draft, closed, cancelled). */
function StateNote({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  let message: string | null = null;
  if (job.status === 'draft' && job.viewer.isOwner) message = t('jobDetail.draftNote');
  if (job.status === 'cancelled') message = t('jobDetail.cancelledNote');
  if (job.status === 'closed') {
    message =
      job.closedReason === 'deadline'
        ? t('jobDetail.closedByDeadline')
        : job.closedReason === 'staff'
          ? t('jobDetail.closedByStaff')
          : t('jobDetail.closedByClient');
  }
  if (!message) return null;
  return <p className={`note job-state-note job-state-${job.status}`}>{message}</p>;
}

function ClientCard({ job }: { job: JobDetail }) {
  const text = useJobText();
  const name = text.clientName(job.client);
  return (
    <div className="card client-card">
      <span className="avatar avatar-small" aria-hidden="true">
        {job.client.withdrawn ? '?' : ([...name][0] ?? '?')}
      </span>
      <div>
        <p className="client-card-name">
          <Link to={`/u/${encodeURIComponent(job.client.username)}`}>{name}</Link>
        </p>
        <p className="muted small">@{job.client.username}</p>
      </div>
    </div>
  );
}
