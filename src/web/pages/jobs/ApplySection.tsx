// The applying part of a job's page. Workers: 「この仕事に応募する」 for an open project,
// 「作品を応募する」 for an open competition, or 「応募済み」 with a link to their application.
// Visitors: 「ログインして応募する」. The client: links to the applicants, the entries and
// 「スカウトを送る」.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { applicationsApi } from '../../api/applications';
import { useAuth } from '../../app/auth';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { loginPath } from '../../lib/navigation';
import { useAsync } from '../../lib/useAsync';
import { ApplicationStatusBadge } from '../applications/labels';

const jobPath = (job: JobDetail) => `/jobs/${encodeURIComponent(job.id)}`;

export function ApplySection({ job }: { job: JobDetail }) {
  const { user, status } = useAuth();
  if (status !== 'ready' || job.kind === 'task') return null;
  if (job.viewer.isOwner) return <OwnerLinks job={job} />;
  if (!user) return job.status === 'open' ? <LoginToApply job={job} /> : null;
  if (job.kind === 'competition') return job.status === 'open' ? <EnterWork job={job} /> : null;
  return <ApplyToProject job={job} />;
}

function LoginToApply({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const next = job.kind === 'project' ? `${jobPath(job)}/apply` : `${jobPath(job)}/entries`;
  return (
    <section aria-labelledby="job-apply" className="section card job-apply">
      <h2 id="job-apply">{t('jobApply.title')}</h2>
      <p>{t('jobApply.loginLead')}</p>
      <Link to={loginPath(next)} className="btn btn-primary btn-large">
        {t('jobApply.loginLink')}
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
  const { state } = useAsync(() => applicationsApi.mine(), `my-applications:${user?.id ?? ''}`);
  // Until the list is in, keep the space so that nothing jumps.
  if (state.status === 'loading') return <div className="section job-apply-loading" aria-hidden="true" />;
  const mine = state.status === 'done' ? state.data.find((a) => a.job.id === job.id) : undefined;

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
  const { state } = useAsync(
    () => (project && job.status !== 'draft' ? applicationsApi.forJob(job.id) : Promise.resolve(null)),
    `job-applications:${job.id}:${job.status}`,
  );
  if (job.status === 'draft') return null;
  const count = state.status === 'done' && state.data ? state.data.length : null;

  return (
    <section aria-labelledby="job-applications" className="section card job-apply">
      <h2 id="job-applications">{t('jobApply.ownerTitle')}</h2>
      <ul className="job-apply-links">
        {project ? (
          <li>
            <Link to={`${jobPath(job)}/applications`} className="btn btn-primary">
              {count === null
                ? t('jobApply.applicantsLinkPlain')
                : t('jobApply.applicantsLink', { count: formatNumber(count, lang) })}
            </Link>
          </li>
        ) : (
          <li>
            <Link to={`${jobPath(job)}/entries`} className="btn btn-primary">
              {t('jobApply.entriesLink')}
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
