// A page under one posting (/jobs/:id/entries, /jobs/:id/submissions): the posting and one
// of its lists are read together; a posting that does not exist is the not-found page.
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import { jobQueries } from '../../api/jobs';
import { bothQueries, QueryView, queryProblem } from '../../lib/query';
import { NotFoundPage } from '../../pages/errors/NotFoundPage';
import type { Crumb } from '../Breadcrumbs';
import { Page } from '../Page';

export interface JobSubpageProps<L, K extends QueryKey> {
  jobId: string;
  list: UseQueryOptions<L, Error, L, K>;
  className: string;
  /** The title and the pages above, from what has been read (nothing yet while loading). */
  heading: (loaded: { job: JobDetail; list: L } | null) => { title: string; crumbs: Crumb[] };
  children: (job: JobDetail, list: L) => ReactNode;
}

export function JobSubpage<L, K extends QueryKey>({ jobId, list, className, heading, children }: JobSubpageProps<L, K>) {
  const { t } = useTranslation();
  const query = bothQueries(useQuery(jobQueries.detail(jobId)), useQuery(list));
  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }
  const loaded = query.data ? { job: query.data[0], list: query.data[1] } : null;
  const { title, crumbs } = heading(loaded);
  const jobCrumb = loaded ? [{ to: `/jobs/${encodeURIComponent(loaded.job.id)}`, label: loaded.job.title }] : [];
  return (
    <Page title={title} crumbs={[...crumbs, ...jobCrumb]} className={className}>
      <QueryView query={query}>{([job, items]) => children(job, items)}</QueryView>
    </Page>
  );
}
