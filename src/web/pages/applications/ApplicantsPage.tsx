import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { type Application, type ApplicationStatus, applicationsApi } from '../../api/applications';
import { jobsApi } from '../../api/jobs';
import { AttachmentList } from '../../components/Attachments';
import { DateFact, QuoteFacts } from '../../components/applications/DecisionFacts';
import { Breadcrumbs, myJobsCrumbs } from '../../components/Breadcrumbs';
import { FilteredList, readFilter } from '../../components/FilterTabs';
import { InvoiceStatus } from '../../components/InvoiceStatus';
import { MemberLink } from '../../components/MemberLink';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useQueryCache } from '../../lib/useQueryCache';
import { NotFoundPage } from '../errors/NotFoundPage';
import { type ApplicationActionProps, ClientDecision } from './ClientDecision';
import { APPLICATION_STATUSES, ApplicationStatusBadge, ExpiryCountdown, useStatusText } from './labels';

type Filter = 'all' | 'shortlisted' | ApplicationStatus;
const FILTERS: [Filter, ...Filter[]] = ['all', 'shortlisted', ...APPLICATION_STATUSES];

function matches(a: Application, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'shortlisted') return a.shortlisted;
  return a.status === filter;
}

/** The first lines of a proposal for the list; the whole text is on the application page. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : flat;
}

/** The job and its applications, as its client sees them. */
const applicantsQuery = (id: string) =>
  queryOptions({
    queryKey: ['jobs', id, 'applicants'],
    queryFn: async () => {
      const [job, items] = await Promise.all([jobsApi.get(id), applicationsApi.forJob(id)]);
      return { job, items };
    },
  });

/** /jobs/:id/applications — 応募者一覧, for the job's client. */
export function ApplicantsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  useDocumentTitle(t('applicants.title'));
  const query = useQuery(applicantsQuery(id));
  const { update: updateData, reload } = useQueryCache(applicantsQuery(id));

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }
  const job = query.data?.job ?? null;

  const update = (next: Application) =>
    updateData((data) => ({ ...data, items: data.items.map((a) => (a.id === next.id ? next : a)) }));

  return (
    <div className="applicants-page">
      <Breadcrumbs
        items={[
          ...myJobsCrumbs(t),
          ...(job ? [{ to: `/jobs/${encodeURIComponent(job.id)}`, label: job.title }] : []),
          { label: t('applicants.title') },
        ]}
      />
      <h1>{t('applicants.title')}</h1>
      <QueryView query={query}>
        {(data) => <Applicants job={data.job} items={data.items} filter={filter} onChange={update} reload={reload} />}
      </QueryView>
    </div>
  );
}

function Applicants({
  job,
  items,
  filter,
  onChange,
  reload,
}: {
  job: JobDetail;
  items: Application[];
  filter: Filter;
  onChange: (next: Application) => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useStatusText();
  const jobLink = `/jobs/${encodeURIComponent(job.id)}`;
  const hired = items.filter((a) => a.status === 'hired').length;
  const count = (f: Filter) => items.filter((a) => matches(a, f)).length;
  const label = (f: Filter) =>
    f === 'all' ? t('applicants.all') : f === 'shortlisted' ? t('applicants.shortlisted') : text.application(f);
  // An applicant just decided on stays in view under the current tab, with its message.
  const [kept, setKept] = useState<{ filter: Filter; ids: string[] }>({ filter, ids: [] });
  const keptIds = kept.filter === filter ? kept.ids : [];
  const change = (next: Application) => {
    setKept({ filter, ids: [...keptIds, next.id] });
    onChange(next);
  };
  const shown = items.filter((a) => matches(a, filter) || keptIds.includes(a.id));
  const firstPending = items.find((a) => a.status === 'pending');

  return (
    <>
      <div className="applicants-head">
        <p className="applicants-job">
          <Link to={jobLink}>{job.title}</Link>
        </p>
        <p className="hires-progress">
          {job.hires !== null
            ? t('applicants.hires', { hired: formatNumber(hired, lang), hires: formatNumber(job.hires, lang) })
            : t('applicants.hiresNone', { hired: formatNumber(hired, lang) })}
        </p>
        {firstPending && <ExpiryCountdown iso={firstPending.expiresAt} kind="application" />}
      </div>
      <p className="lead">{t('applicants.lead')}</p>
      {job.kind === 'project' && job.status === 'open' && (
        <div className="note offer-note">
          <p>{t('applicants.offerLead')}</p>
          <Link to={`${jobLink}/offer`} className="btn btn-secondary btn-small">
            {t('applicants.offerLink')}
          </Link>
        </div>
      )}

      {items.length === 0 ? (
        <div className="card empty-state section">
          <p>{t('applicants.empty')}</p>
        </div>
      ) : (
        <FilteredList
          label={t('applicants.filter')}
          className="section"
          base={`${jobLink}/applications`}
          filters={FILTERS}
          current={filter}
          text={label}
          count={count}
          countSuffix={t('applicants.countSuffix')}
          listId="applicant-list"
          listClassName="applicant-list"
          items={shown}
          empty={t('applicants.emptyStatus')}
        >
          {(a) => <ApplicantCard key={a.id} application={a} onChange={change} reload={reload} />}
        </FilteredList>
      )}
    </>
  );
}

function ApplicantCard({ application: a, onChange, reload }: ApplicationActionProps) {
  const { t } = useTranslation();
  const titleId = `applicant-${a.id}-name`;
  return (
    <li className="card applicant-card">
      <article aria-labelledby={titleId}>
        <div className="applicant-card-head">
          <h3 id={titleId} className="applicant-name">
            <MemberLink member={a.worker} />
          </h3>
          <p className="applicant-badges">
            <ApplicationStatusBadge status={a.status} />
            {a.shortlisted && a.status !== 'pending' && (
              <span className="badge badge-shortlisted">{t('applicants.shortlisted')}</span>
            )}
            <InvoiceStatus number={a.workerInvoiceNumber} />
          </p>
        </div>
        <dl className="job-meta">
          <QuoteFacts amount={a.quotedAmount} days={a.deliveryDays} />
          <DateFact label={t('application.appliedAt')} iso={a.createdAt} />
        </dl>
        <p className="applicant-excerpt">{excerpt(a.proposal)}</p>
        <AttachmentList files={a.attachments} label={t('attachments.title')} />
        <p className="applicant-detail-link">
          <Link to={`/applications/${encodeURIComponent(a.id)}`}>
            {t('applicants.detailLink')}
            <span className="visually-hidden">: {a.worker.displayName}</span>
          </Link>
        </p>
        <ClientDecision application={a} onChange={onChange} onStale={reload} named />
      </article>
    </li>
  );
}
