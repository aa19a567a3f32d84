import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { PROBLEMS, type Problem } from '../../../shared/errors';
import { jobQueries } from '../../api/jobs';
import { Breadcrumbs, myJobsCrumbs } from '../../components/Breadcrumbs';
import { ProblemMessage } from '../../components/FormAlert';
import { useWithdrawing, WithdrawingNotice } from '../../components/WithdrawingNotice';
import { useLang } from '../../i18n';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import type { JobDetailState } from './JobDetailPage';
import { JobForm, type SaveIntent } from './JobForm';
import type { JobNotice } from './OwnerActions';

function useAfterSave() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (job: JobDetail, intent: SaveIntent) => {
    // The job page opens on what the server answered; lists that show it are read again.
    queryClient.setQueryData(jobQueries.detail(job.id).queryKey, job);
    void queryClient.invalidateQueries({ queryKey: jobQueries.mine().queryKey });
    const notice: JobNotice =
      intent === 'pay' ? 'draftSavedPay' : intent === 'publish' ? 'published' : job.status === 'draft' ? 'draftSaved' : 'updated';
    const state: JobDetailState = { notice };
    navigate(`/jobs/${encodeURIComponent(job.id)}`, { state });
  };
}

/** /jobs/new — 仕事を依頼する. */
export function NewJobPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobForm.newTitle'));
  const afterSave = useAfterSave();
  const withdrawing = useWithdrawing();
  return (
    <div className="job-form-page">
      <Breadcrumbs items={[...myJobsCrumbs(t), { label: t('jobForm.newTitle') }]} />
      <h1 id="job-form-title">{t('jobForm.newTitle')}</h1>
      {withdrawing ? (
        <WithdrawingNotice what="post" />
      ) : (
        <>
          <p className="lead">{t('jobForm.newLead')}</p>
          <JobForm initial={null} onSaved={afterSave} />
        </>
      )}
    </div>
  );
}

/** /jobs/:id/edit — 仕事を編集する (drafts and open postings, by their owner). */
export function EditJobPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  useDocumentTitle(t('jobForm.editTitle'));
  const afterSave = useAfterSave();
  const query = useQuery(jobQueries.detail(id));
  const job = query.data;

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }

  let refusal: Problem | null = null;
  if (job && !job.viewer.isOwner) {
    refusal = { type: 'about:blank', status: 403, code: 'forbidden', ...PROBLEMS.forbidden[lang], detail: t('jobForm.notOwner') };
  } else if (job && job.status !== 'draft' && job.status !== 'open') {
    refusal = { type: 'about:blank', status: 409, code: 'job-not-editable', ...PROBLEMS['job-not-editable'][lang] };
  }

  return (
    <div className="job-form-page">
      <Breadcrumbs
        items={[
          ...myJobsCrumbs(t),
          ...(job ? [{ to: `/jobs/${encodeURIComponent(id)}`, label: job.title }] : []),
          { label: t('jobForm.editTitle') },
        ]}
      />
      <h1 id="job-form-title">{t('jobForm.editTitle')}</h1>
      <QueryView query={query}>
        {(data) =>
          refusal ? (
            <ProblemMessage problem={refusal}>
              <p>
                <Link to={`/jobs/${encodeURIComponent(id)}`}>{t('jobForm.toJob')}</Link>
              </p>
            </ProblemMessage>
          ) : (
            // The form starts from the posting as first read; a later read does not reset it.
            <JobForm initial={data} onSaved={afterSave} />
          )
        }
      </QueryView>
    </div>
  );
}
