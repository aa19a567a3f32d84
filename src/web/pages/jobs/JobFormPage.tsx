import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { PROBLEMS, type Problem } from '../../../shared/errors';
import { jobsApi } from '../../api/jobs';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ProblemMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { useWithdrawing, WithdrawingNotice } from '../../components/WithdrawingNotice';
import { useLang } from '../../i18n';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import type { JobDetailState } from './JobDetailPage';
import { JobForm, type SaveIntent } from './JobForm';
import type { JobNotice } from './OwnerActions';

function useAfterSave() {
  const navigate = useNavigate();
  return (job: JobDetail, intent: SaveIntent) => {
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
      <Breadcrumbs
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: '/mypage/jobs', label: t('myJobs.title') },
          { label: t('jobForm.newTitle') },
        ]}
      />
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
  const { state, reload } = useAsync(() => jobsApi.get(id), id);

  if (state.status === 'error' && state.problem.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }

  let refusal: Problem | null = null;
  if (state.status === 'done' && !state.data.viewer.isOwner) {
    refusal = { type: 'about:blank', status: 403, code: 'forbidden', ...PROBLEMS.forbidden[lang], detail: t('jobForm.notOwner') };
  } else if (state.status === 'done' && state.data.status !== 'draft' && state.data.status !== 'open') {
    refusal = { type: 'about:blank', status: 409, code: 'job-not-editable', ...PROBLEMS['job-not-editable'][lang] };
  }

  return (
    <div className="job-form-page">
      <Breadcrumbs
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: '/mypage/jobs', label: t('myJobs.title') },
          ...(state.status === 'done' ? [{ to: `/jobs/${encodeURIComponent(id)}`, label: state.data.title }] : []),
          { label: t('jobForm.editTitle') },
        ]}
      />
      <h1 id="job-form-title">{t('jobForm.editTitle')}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <Button variant="secondary" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {refusal && (
        <ProblemMessage problem={refusal}>
          <p>
            <Link to={`/jobs/${encodeURIComponent(id)}`}>{t('jobForm.toJob')}</Link>
          </p>
        </ProblemMessage>
      )}
      {state.status === 'done' && !refusal && <JobForm initial={state.data} onSaved={afterSave} />}
    </div>
  );
}
