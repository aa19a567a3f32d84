import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { type Entry, entryQueries } from '../../api/applications';
import { jobQueries } from '../../api/jobs';
import { myJobsCrumbs } from '../../components/Breadcrumbs';
import { JobSubpage } from '../../components/work/JobSubpage';
import { ClientEntries } from './ClientEntries';
import { WorkerEntries } from './WorkerEntries';

/**
 * /jobs/:id/entries — コンペ作品. A worker enters works and sees their own entries; the
 * competition's client sees every entry, with images as thumbnails.
 */
export function EntriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const entries = entryQueries.forJob(id);
  const job = jobQueries.detail(id);
  const setJob = (next: JobDetail) => queryClient.setQueryData(job.queryKey, next);
  const setEntries = (next: Entry[]) => queryClient.setQueryData(entries.queryKey, next);
  // The posting and its entries are read again.
  const reload = () => void queryClient.invalidateQueries({ queryKey: job.queryKey });

  return (
    <JobSubpage
      jobId={id}
      list={entries}
      className="entries-page"
      heading={(loaded) =>
        loaded?.job.viewer.isOwner
          ? {
              title: t('entries.titleClient'),
              crumbs: myJobsCrumbs(t),
            }
          : { title: t('entries.titleWorker'), crumbs: [{ to: '/jobs', label: t('jobSearch.title') }] }
      }
    >
      {(job, items) =>
        job.viewer.isOwner ? (
          <ClientEntries job={job} entries={items} onJobChange={setJob} onStale={reload} />
        ) : (
          <WorkerEntries job={job} entries={items} onChange={setEntries} />
        )
      }
    </JobSubpage>
  );
}
