import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type Application, type ApplicationStatus, applicationsApi } from '../../api/applications';
import { readFilter } from '../../components/FilterTabs';
import { Fact } from '../../components/facts/Fact';
import { StatusFilteredList } from '../../components/lists/StatusFilteredList';
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
  return (
    <StatusFilteredList
      items={items}
      filters={FILTERS}
      filter={filter}
      base="/mypage/applications"
      headingId="my-applications-list"
      text={{
        filter: t('myApplications.filter'),
        countSuffix: t('myApplications.countSuffix'),
        empty: t('myApplications.empty'),
        emptyStatus: t('myApplications.emptyStatus'),
        label: (f) => (f === 'all' ? t('myApplications.all') : text.application(f)),
      }}
      renderItem={(a) => <MyApplicationItem key={a.id} application={a} />}
    />
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
