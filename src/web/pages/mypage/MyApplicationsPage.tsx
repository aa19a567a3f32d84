import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Application, type ApplicationStatus, applicationsApi } from '../../api/applications';
import { FilterTabs, readFilter } from '../../components/FilterTabs';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatYenText } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { APPLICATION_STATUSES, ApplicationStatusBadge, ExpiryCountdown, useStatusText } from '../applications/labels';

type Filter = 'all' | ApplicationStatus;
const FILTERS: [Filter, ...Filter[]] = ['all', ...APPLICATION_STATUSES];

/** /mypage/applications — 応募した仕事: the worker's applications, filtered by status. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  const query = useQuery({ queryKey: ['applications', 'mine'], queryFn: applicationsApi.mine });

  return (
    <Page
      className="my-applications"
      title={t('myApplications.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('myApplications.lead')}
      headingExtra={
        <Link to="/jobs" className="btn btn-secondary">
          {t('myApplications.findJobs')}
        </Link>
      }
    >
      <QueryView query={query}>{(data) => <ApplicationList items={data} filter={filter} />}</QueryView>
    </Page>
  );
}

function ApplicationList({ items, filter }: { items: Application[]; filter: Filter }) {
  const { t } = useTranslation();
  const text = useStatusText();
  const count = (f: Filter) => (f === 'all' ? items.length : items.filter((a) => a.status === f).length);
  const label = (f: Filter) => (f === 'all' ? t('myApplications.all') : text.application(f));
  const shown = filter === 'all' ? items : items.filter((a) => a.status === filter);

  if (items.length === 0) {
    return (
      <div className="card empty-state">
        <p>{t('myApplications.empty')}</p>
      </div>
    );
  }

  return (
    <>
      <FilterTabs
        label={t('myApplications.filter')}
        base="/mypage/applications"
        filters={FILTERS}
        current={filter}
        text={label}
        count={count}
        countSuffix={t('myApplications.countSuffix')}
      />
      <section aria-labelledby="my-applications-list" className="section">
        <h2 id="my-applications-list" className="visually-hidden">
          {label(filter)}
        </h2>
        {shown.length === 0 ? (
          <p className="card empty-state">{t('myApplications.emptyStatus')}</p>
        ) : (
          <ul className="job-list">
            {shown.map((a) => (
              <MyApplicationItem key={a.id} application={a} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function MyApplicationItem({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `my-application-${a.id}-title`;
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="job-card-title">
          <Link to={`/jobs/${encodeURIComponent(a.job.id)}`}>{a.job.title}</Link>
        </h3>
        <p className="job-card-labels">
          <ApplicationStatusBadge status={a.status} />
        </p>
        {a.status === 'pending' && <ExpiryCountdown iso={a.expiresAt} kind="application" className="small" />}
        <dl className="job-meta">
          <Fact label={t('application.quote')} className="job-money">
            {t('application.quoteValue', { amount: formatYenText(a.quotedAmount, lang) })}
          </Fact>
          <Fact label={t('application.client')}>{a.client.displayName}</Fact>
          <Fact label={t('application.appliedAt')}>
            <time dateTime={a.createdAt}>{formatDate(a.createdAt, lang)}</time>
          </Fact>
        </dl>
        <p className="job-card-footer">
          <Link to={`/applications/${encodeURIComponent(a.id)}`} className="btn btn-secondary btn-small">
            {t('myApplications.detailLink')}
            <span className="visually-hidden">: {a.job.title}</span>
          </Link>
        </p>
      </article>
    </li>
  );
}
