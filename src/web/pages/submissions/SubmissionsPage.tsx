// /jobs/:id/submissions — 提出された作業. The task's client judges each submission:
// 承認する (after a confirmation naming what the worker receives) or 非承認にする with a
// reason, within the rejection cap; submissions not judged by the judge-by date are
// approved by themselves. A worker sees their own submissions here.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { jobQueries } from '../../api/jobs';
import { type SubmissionList, workQueries } from '../../api/work';
import { myJobsCrumbs } from '../../components/Breadcrumbs';
import { StatusMessage } from '../../components/FormAlert';
import { JobSubpage } from '../../components/work/JobSubpage';
import { MySubmissions } from '../jobs/TaskWork';
import { ClientReview } from './ClientReview';

export function SubmissionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const submissions = workQueries.submissions(id);
  const setList = (next: SubmissionList) => queryClient.setQueryData(submissions.queryKey, next);
  // The posting and its submissions are read again.
  const reload = () => void queryClient.invalidateQueries({ queryKey: jobQueries.detail(id).queryKey });

  return (
    <JobSubpage
      jobId={id}
      list={submissions}
      className="submissions-page"
      heading={(loaded) =>
        loaded?.list.viewer.role === 'client'
          ? {
              title: t('work.review.title'),
              crumbs: myJobsCrumbs(t),
            }
          : {
              title: t('work.review.titleWorker'),
              crumbs: [
                { to: '/mypage', label: t('myPage.title') },
                { to: '/mypage/work', label: t('work.mine.title') },
              ],
            }
      }
    >
      {(job, list) => (
        <>
          <p className="lead submissions-job">{job.title}</p>
          {job.kind !== 'task' ? (
            <p className="note">
              {t('work.review.notTask')} <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{t('entries.toJob')}</Link>
            </p>
          ) : list.viewer.role === 'client' ? (
            <ClientReview job={job} list={list} onChange={setList} onStale={reload} />
          ) : (
            <WorkerView job={job} list={list} onChange={setList} />
          )}
        </>
      )}
    </JobSubpage>
  );
}

function WorkerView({ job, list, onChange }: { job: JobDetail; list: SubmissionList; onChange: (l: SubmissionList) => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{t('work.review.toJobWorker')}</Link>
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {list.items.length === 0 ? (
        <p className="card empty-state">{t('work.review.emptyWorker')}</p>
      ) : (
        <MySubmissions
          items={list.items}
          headingLevel={2}
          onWithdrawn={(next) => {
            onChange(next);
            setNotice(t('work.submit.withdrawn'));
          }}
        />
      )}
    </>
  );
}
