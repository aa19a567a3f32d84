import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicProfile } from '../../../shared/api/accounts';
import { accountQueries } from '../../api/accounts';
import { jobQueries, type MyJob } from '../../api/jobs';
import { Page } from '../../components/Page';
import { QueryView } from '../../lib/query';
import { NotFoundPage } from '../errors/NotFoundPage';
import styles from './Discovery.module.css';

/**
 * /scout/:username — スカウトする: the client picks which of their open projects the offer is
 * for; the offer form then opens with the worker filled in.
 */
export function ScoutPage() {
  const { t } = useTranslation();
  const { username = '' } = useParams();
  const profile = useQuery(accountQueries.publicProfile(username));
  return (
    <QueryView query={profile} notFound={<NotFoundPage title={t('notFound.userTitle')} body={t('notFound.userBody')} />}>
      {(worker) => <ScoutChoice worker={worker} />}
    </QueryView>
  );
}

function ScoutChoice({ worker }: { worker: PublicProfile }) {
  const { t } = useTranslation();
  const mine = useQuery(jobQueries.mine());
  const name = worker.displayName;
  const profileLink = `/u/${encodeURIComponent(worker.username)}`;
  const crumbs = [
    { to: '/workers', label: t('discovery.workers.title') },
    { to: profileLink, label: name },
  ];
  if (!worker.actions.includes('scout'))
    return (
      <Page title={t('discovery.scout.title')} crumbs={crumbs}>
        <p className="card">{t('discovery.scout.self')}</p>
      </Page>
    );
  return (
    <Page title={t('discovery.scout.title')} crumbs={crumbs} lead={t('discovery.scout.lead', { name })}>
      <section aria-labelledby="scout-jobs" className="section">
        <h2 id="scout-jobs">{t('discovery.scout.jobs')}</h2>
        <QueryView query={mine}>
          {(jobs) => <ScoutJobs jobs={jobs.filter((j) => j.kind === 'project' && j.status === 'open')} worker={worker} />}
        </QueryView>
      </section>
    </Page>
  );
}

function ScoutJobs({ jobs, worker }: { jobs: MyJob[]; worker: PublicProfile }) {
  const { t } = useTranslation();
  if (jobs.length === 0)
    return (
      <div className="card empty-state">
        <p>{t('discovery.scout.none')}</p>
        <p>
          <Link to="/jobs/new" className="btn btn-primary">
            {t('discovery.scout.newJob')}
          </Link>
        </p>
      </div>
    );
  return (
    <ul className={styles.jobs}>
      {jobs.map((job) => (
        <li key={job.id} className={`card ${styles.job}`}>
          <h3>
            <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</Link>
          </h3>
          <Link
            to={`/jobs/${encodeURIComponent(job.id)}/offer?to=${encodeURIComponent(worker.username)}`}
            className="btn btn-secondary"
            aria-label={t('discovery.scout.chooseLabel', { title: job.title, name: worker.displayName })}
          >
            {t('discovery.scout.choose')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
