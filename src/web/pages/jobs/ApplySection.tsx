// The applying part of a job's page. Workers: 「この仕事に応募する」 for an open project,
// 「作品を応募する」 for an open competition, or 「応募済み」 with a link to their application.
// A task: the worker's 「作業を提出する」 and own submissions (TaskWork.tsx).
// Visitors: 「ログインして応募する」. The client: links to the applicants, the entries, the
// task submissions and 「スカウトを送る」.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { applicationQueries } from '../../api/applications';
import { useAuth } from '../../app/auth';
import { WithdrawingNotice } from '../../components/WithdrawingNotice';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { loginPath } from '../../lib/navigation';
import { ApplicationStatusBadge } from '../applications/labels';
import { TaskWork } from './TaskWork';

const jobPath = (job: JobDetail) => `/jobs/${encodeURIComponent(job.id)}`;

export function ApplySection({ job, onJobChanged }: { job: JobDetail; onJobChanged?: () => void }) {
  const { user, status } = useAuth();
  if (status !== 'ready') return null;
  if (job.viewer.isOwner) return <OwnerLinks job={job} />;
  if (!user) return job.status === 'open' ? <LoginToApply job={job} /> : null;
  if (job.viewer.unavailable) return <Unavailable />;
  if (job.kind === 'task') return <TaskWork job={job} onJobChanged={onJobChanged} />;
  if (job.kind === 'competition') return job.status === 'open' ? <EnterWork job={job} /> : null;
  return <ApplyToProject job={job} />;
}

/** The viewer and the client blocked one another: no applying (who blocked is not said). */
function Unavailable() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="job-apply" className="section card job-apply">
      <h2 id="job-apply">{t('blocks.unavailableTitle')}</h2>
      <p>{t('blocks.unavailableBody')}</p>
      <Link to="/jobs" className="btn btn-secondary">
        {t('blocks.searchJobs')}
      </Link>
    </section>
  );
}

function LoginToApply({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const next = job.kind === 'project' ? `${jobPath(job)}/apply` : job.kind === 'task' ? jobPath(job) : `${jobPath(job)}/entries`;
  const task = job.kind === 'task';
  return (
    <section aria-labelledby="job-apply" className="section card job-apply">
      <h2 id="job-apply">{task ? t('work.submit.title') : t('jobApply.title')}</h2>
      <p>{task ? t('work.submit.loginLead') : t('jobApply.loginLead')}</p>
      <Link to={loginPath(next)} className="btn btn-primary btn-large">
        {task ? t('work.submit.loginLink') : t('jobApply.loginLink')}
      </Link>
    </section>
  );
}

function EnterWork({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="job-apply" className="section card job-apply">
      <h2 id="job-apply">{t('jobApply.title')}</h2>
      <p>{t('jobApply.competitionLead')}</p>
      <Link to={`${jobPath(job)}/entries`} className="btn btn-primary btn-large">
        {t('jobApply.entryLink')}
      </Link>
    </section>
  );
}

/** Looks the job up among the worker's applications: 「応募済み」, or the link to apply. */
function ApplyToProject({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const applications = useQuery(applicationQueries.mine());
  // Until the list is in, keep the space so that nothing jumps.
  if (applications.isPending) return <div className="section job-apply-loading" aria-hidden="true" />;
  const mine = applications.data?.find((a) => a.job.id === job.id);

  if (mine) {
    return (
      <section aria-labelledby="job-apply" className="section card job-apply">
        <h2 id="job-apply">{t('jobApply.title')}</h2>
        <p className="job-apply-status">
          <span className="badge badge-ok">{t('jobApply.applied')}</span>
          <ApplicationStatusBadge status={mine.status} />
        </p>
        <p>{t('jobApply.appliedLead')}</p>
        <Link to={`/applications/${encodeURIComponent(mine.id)}`} className="btn btn-secondary">
          {t('jobApply.appliedLink')}
        </Link>
      </section>
    );
  }
  if (job.status !== 'open') return null;
  if (user?.withdrawing) return <WithdrawingNotice what="apply" id="job-apply" />;
  return (
    <section aria-labelledby="job-apply" className="section card job-apply">
      <h2 id="job-apply">{t('jobApply.title')}</h2>
      <p>{t('jobApply.projectLead')}</p>
      <Link to={`${jobPath(job)}/apply`} className="btn btn-primary btn-large">
        {t('jobApply.applyLink')}
      </Link>
    </section>
  );
}

function OwnerLinks({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const project = job.kind === 'project';
  const applications = useQuery({ ...applicationQueries.forJob(job.id), enabled: project && job.status !== 'draft' });
  if (job.status === 'draft') return null;
  const count = applications.data ? applications.data.length : null;

  return (
    <section aria-labelledby="job-applications" className="section card job-apply">
      <h2 id="job-applications">{job.kind === 'task' ? t('work.review.ownerTitle') : t('jobApply.ownerTitle')}</h2>
      <ul className="job-apply-links">
        {project ? (
          <li>
            <Link to={`${jobPath(job)}/applications`} className="btn btn-primary">
              {count === null
                ? t('jobApply.applicantsLinkPlain')
                : t('jobApply.applicantsLink', { count: formatNumber(count, lang) })}
            </Link>
          </li>
        ) : job.kind === 'task' ? (
          <li>
            <Link to={`${jobPath(job)}/submissions`} className="btn btn-primary">
              {job.work?.task
                ? t('work.review.link', {
                    pending: formatNumber(job.work.task.pending, lang),
                    approved: formatNumber(job.work.task.approved, lang),
                  })
                : t('work.review.linkPlain')}
            </Link>
          </li>
        ) : (
          <li>
            <Link to={`${jobPath(job)}/entries`} className="btn btn-primary">
              {job.work?.competition
                ? t('work.selection.entriesLink', { n: formatNumber(job.work.competition.entries, lang) })
                : t('jobApply.entriesLink')}
            </Link>
          </li>
        )}
        {project && job.status === 'open' && (
          <li>
            <Link to={`${jobPath(job)}/offer`} className="btn btn-secondary">
              {t('jobApply.offerLink')}
            </Link>
          </li>
        )}
      </ul>
    </section>
  );
}
