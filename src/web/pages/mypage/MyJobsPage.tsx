import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { JOB_STATUSES, type JobStatus } from '../../../domain/jobs/posting';
import { jobsApi, type MyJob } from '../../api/jobs';
import { Fact } from '../../components/facts/Fact';
import { StatusFilteredList } from '../../components/lists/StatusFilteredList';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { JobCardFrame } from '../jobs/JobCard';
import { Deadline, StatusBadge, useJobText } from '../jobs/jobText';

type Filter = 'all' | JobStatus;
/** The tabs in the order clients look for them. */
const FILTERS: Filter[] = ['all', 'open', 'draft', 'closed', 'cancelled'];

function readFilter(search: string): Filter {
  const value = new URLSearchParams(search).get('status') ?? '';
  return (JOB_STATUSES as readonly string[]).includes(value) ? (value as JobStatus) : 'all';
}

/** /mypage/jobs — 依頼した仕事: every posting of the client, filtered by status. */
export function MyJobsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filter = readFilter(location.search);
  const query = useQuery({ queryKey: ['jobs', 'mine'], queryFn: jobsApi.mine });

  return (
    <Page
      className="my-jobs"
      title={t('myJobs.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('myJobs.lead')}
      headingExtra={
        <Link to="/jobs/new" className="btn btn-primary">
          {t('myJobs.newJob')}
        </Link>
      }
    >
      <QueryView query={query}>{(data) => <MyJobList jobs={data} filter={filter} />}</QueryView>
    </Page>
  );
}

function MyJobList({ jobs, filter }: { jobs: MyJob[]; filter: Filter }) {
  const { t } = useTranslation();
  const text = useJobText();
  return (
    <StatusFilteredList
      items={jobs}
      filters={FILTERS}
      filter={filter}
      base="/mypage/jobs"
      headingId="my-jobs-list"
      text={{
        filter: t('myJobs.filter'),
        countSuffix: t('myJobs.countSuffix'),
        empty: t('myJobs.empty'),
        emptyStatus: t('myJobs.emptyStatus'),
        label: (f) => (f === 'all' ? t('myJobs.all') : text.status(f)),
      }}
      renderItem={(job) => <MyJobItem key={job.id} job={job} />}
    />
  );
}

function MyJobItem({ job }: { job: MyJob }) {
  const { t } = useTranslation();
  const text = useJobText();
  const editable = job.status === 'draft' || job.status === 'open';
  return (
    <JobCardFrame job={job} titleId={`my-job-${job.id}-title`} badges={<StatusBadge status={job.status} />}>
      <dl className="job-meta">
        <Fact label={text.budgetLabel(job.kind)} className="job-money">
          {text.budgetValue(job)}
        </Fact>
        <Fact label={t('jobs.deadline')}>
          <Deadline iso={job.deadline} countdown={job.status === 'open'} />
        </Fact>
      </dl>
      <p className="job-card-footer">
        <ResponseCount job={job} />
        {editable && (
          <Link to={`/jobs/${encodeURIComponent(job.id)}/edit`} className="btn btn-secondary btn-small">
            {t('myJobs.edit')}
            <span className="visually-hidden">: {job.title}</span>
          </Link>
        )}
      </p>
    </JobCardFrame>
  );
}

/** What came in: 応募 n件 (a project), 提出 n件・未判定 m件 (a task), 応募作品 n点 (a competition). */
function ResponseCount({ job }: { job: MyJob }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [count, page, key] =
    job.kind === 'task'
      ? ([job.submissionCount, 'submissions', 'myJobs.submissions'] as const)
      : job.kind === 'competition'
        ? ([job.entryCount, 'entries', 'myJobs.entries'] as const)
        : ([job.applicationCount, 'applications', 'myJobs.applications'] as const);
  const label = t(key, { count: formatNumber(count, lang) });
  return (
    <span className="application-count">
      {count > 0 ? <Link to={`/jobs/${encodeURIComponent(job.id)}/${page}`}>{label}</Link> : label}
      {job.kind === 'task' && job.pendingCount > 0 && (
        <span className="badge badge-warn">{t('myJobs.pending', { count: formatNumber(job.pendingCount, lang) })}</span>
      )}
    </span>
  );
}
