import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApplyBody } from '../../../shared/api/applications';
import type { JobDetail } from '../../../shared/api/jobs';
import { fieldMessage, PROBLEMS, type Problem, type ProblemCode } from '../../../shared/errors';
import { type Application, applicationQueries, applicationsApi } from '../../api/applications';
import { jobsApi } from '../../api/jobs';
import { useAttachments } from '../../components/Attachments';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ApiFormFrame, ProblemMessage } from '../../components/FormAlert';
import { FormAmountField, FormAttachmentField, FormTextArea } from '../../components/FormFields';
import { useWithdrawing, WithdrawingNotice } from '../../components/WithdrawingNotice';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatYenRange } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { NotFoundPage } from '../errors/NotFoundPage';
import { DeadlineFact } from '../jobs/jobText';

/** What the application page shows once, right after applying. */
export interface ApplicationPageState {
  notice: 'applied';
}

const FIELDS = ['proposal', 'quotedAmount', 'deliveryDays', 'attachmentIds'];

/** The job and the member's application to it, if they have applied already. */
const applyQuery = (id: string) =>
  queryOptions({
    queryKey: ['jobs', id, 'apply'],
    queryFn: async () => {
      const [job, mine] = await Promise.all([jobsApi.get(id), applicationsApi.mine()]);
      return { job, existing: mine.find((a) => a.job.id === job.id) ?? null };
    },
  });

/** /jobs/:id/apply — 応募フォーム for an open project job. */
export function ApplyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('apply.title'));
  const query = useQuery(applyQuery(id));

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }
  const job = query.data?.job ?? null;

  return (
    <div className="apply-page">
      <Breadcrumbs
        items={[
          { to: '/jobs', label: t('jobSearch.title') },
          ...(job ? [{ to: `/jobs/${encodeURIComponent(job.id)}`, label: job.title }] : []),
          { label: t('apply.title') },
        ]}
      />
      <h1>{t('apply.title')}</h1>
      <QueryView query={query}>{(data) => <ApplyContent job={data.job} existing={data.existing} />}</QueryView>
    </div>
  );
}

function refusalOf(job: JobDetail): ProblemCode | null {
  if (job.viewer.isOwner) return 'own-job';
  if (job.kind !== 'project') return 'job-kind-not-applicable';
  if (job.status !== 'open') return 'job-not-open';
  if (job.viewer.unavailable) return 'member-unavailable';
  return null;
}

function ApplyContent({ job, existing }: { job: JobDetail; existing: Application | null }) {
  const { t } = useTranslation();
  const withdrawing = useWithdrawing();
  const lang = useLang();
  const jobLink = `/jobs/${encodeURIComponent(job.id)}`;

  if (existing) {
    return (
      <div className="alert alert-info">
        <p className="alert-title">{t('apply.alreadyApplied')}</p>
        <p>
          <Link to={`/applications/${encodeURIComponent(existing.id)}`}>{t('jobApply.appliedLink')}</Link>
        </p>
      </div>
    );
  }
  if (withdrawing) return <WithdrawingNotice what="apply" />;
  const refusal = refusalOf(job);
  if (refusal) {
    const problem: Problem = { type: 'about:blank', status: 409, code: refusal, ...PROBLEMS[refusal][lang] };
    return (
      <ProblemMessage problem={problem}>
        <p>
          <Link to={job.kind === 'competition' && !job.viewer.isOwner ? `${jobLink}/entries` : jobLink}>
            {job.kind === 'competition' && !job.viewer.isOwner ? t('jobApply.entryLink') : t('apply.toJob')}
          </Link>
        </p>
      </ProblemMessage>
    );
  }

  return (
    <>
      <p className="lead">{t('apply.lead')}</p>
      <section aria-labelledby="apply-job" className="card apply-job">
        <h2 id="apply-job" className="apply-job-label">
          {t('apply.jobLabel')}
        </h2>
        <p className="apply-job-title">
          <Link to={jobLink}>{job.title}</Link>
        </p>
        <dl className="job-meta">
          {job.budgetMin !== null && job.budgetMax !== null && (
            <div>
              <dt>{t('jobs.budget')}</dt>
              <dd className="job-money">{formatYenRange(job.budgetMin, job.budgetMax, lang)}</dd>
            </div>
          )}
          <DeadlineFact iso={job.deadline} countdown />
        </dl>
      </section>
      <ApplyForm job={job} />
    </>
  );
}

interface ApplyValues {
  proposal: string;
  quotedAmount: string;
  deliveryDays: string;
}

/** The body the values stand for, and what is wrong with them (「８，０００」 is 8000). */
function applyBody(values: ApplyValues, attachmentIds: string[], lang: 'ja' | 'en') {
  const numberErrors: FieldErrors = {};
  const num = (value: string, key: string): number => {
    const n = parseWholeNumber(value);
    if (n === null) numberErrors[key] = fieldMessage('required', lang);
    if (n === 'invalid') numberErrors[key] = fieldMessage('not-integer', lang);
    return typeof n === 'number' ? n : 0;
  };
  const body = {
    proposal: values.proposal,
    quotedAmount: num(values.quotedAmount, 'quotedAmount'),
    deliveryDays: num(values.deliveryDays, 'deliveryDays'),
    attachmentIds,
  };
  return { body, errors: { ...schemaErrors(ApplyBody, body, lang), ...numberErrors } };
}

function ApplyForm({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const attachments = useAttachments();
  const form = useApiForm<ApplyValues>({
    fields: FIELDS,
    defaultValues: { proposal: '', quotedAmount: '', deliveryDays: '' },
    check: (values) => {
      const { errors } = applyBody(values, attachments.ids, lang);
      return attachments.busy ? { ...errors, attachmentIds: t('attachments.wait') } : errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    const application = await applicationsApi.apply(job.id, applyBody(values, attachments.ids, lang).body);
    queryClient.setQueryData(applicationQueries.detail(application.id).queryKey, application);
    // The member's applications and the job's page now include this one.
    void queryClient.invalidateQueries({ queryKey: applicationQueries.mine().queryKey });
    void queryClient.invalidateQueries({ queryKey: ['jobs', job.id] });
    const state: ApplicationPageState = { notice: 'applied' };
    navigate(`/applications/${encodeURIComponent(application.id)}`, { state });
  });

  const budgetHint =
    job.budgetMin !== null && job.budgetMax !== null
      ? t('apply.budget', { budget: formatYenRange(job.budgetMin, job.budgetMax, lang) })
      : null;

  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form section apply-form">
      <FormTextArea form={form} name="proposal" label={t('apply.proposal')} hint={t('apply.proposalHint')} required rows={10} />
      <FormAmountField
        form={form}
        name="quotedAmount"
        label={t('apply.quotedAmount')}
        hint={
          <>
            <p>{t('apply.quotedAmountHint')}</p>
            {budgetHint && <p>{budgetHint}</p>}
          </>
        }
        required
        width="amount"
        unit={t('apply.yen')}
      />
      <FormAmountField
        form={form}
        name="deliveryDays"
        label={t('apply.deliveryDays')}
        hint={t('apply.deliveryDaysHint')}
        required
        width="short"
        unit={t('apply.days')}
      />
      <FormAttachmentField form={form} attachments={attachments} />
      <div className="form-actions">
        <Button type="submit" className="btn-large" busy={form.submitting}>
          {t('apply.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
