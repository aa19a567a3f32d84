import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { OfferBody } from '../../../shared/api/applications';
import type { JobDetail } from '../../../shared/api/jobs';
import { fieldMessage, PROBLEMS, type Problem } from '../../../shared/errors';
import { offersApi } from '../../api/applications';
import { jobQueries } from '../../api/jobs';
import { Breadcrumbs, myJobsCrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ApiFormFrame, ProblemMessage } from '../../components/FormAlert';
import { FormAmountField, FormTextArea, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { parseWholeNumber } from '../../lib/input';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { schemaErrors } from '../../lib/validate';
import { NotFoundPage } from '../errors/NotFoundPage';
import type { OfferPageState } from './OfferPage';

/** /jobs/:id/offer — スカウトを送る: the client invites a member to an open project job. */
export function SendOfferPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  useDocumentTitle(t('sendOffer.title'));
  const query = useQuery(jobQueries.detail(id));

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }
  const job = query.data ?? null;
  const jobLink = `/jobs/${encodeURIComponent(id)}`;

  let refusal: Problem | null = null;
  if (job && !job.viewer.isOwner) {
    refusal = {
      type: 'about:blank',
      status: 403,
      code: 'forbidden',
      ...PROBLEMS.forbidden[lang],
      detail: t('sendOffer.notOwner'),
    };
  } else if (job && (job.kind !== 'project' || job.status !== 'open')) {
    refusal = {
      type: 'about:blank',
      status: 409,
      code: 'job-not-open',
      ...PROBLEMS['job-not-open'][lang],
      detail: t('sendOffer.notOpen'),
    };
  }

  return (
    <div className="send-offer-page">
      <Breadcrumbs
        items={[...myJobsCrumbs(t), ...(job ? [{ to: jobLink, label: job.title }] : []), { label: t('sendOffer.title') }]}
      />
      <h1>{t('sendOffer.title')}</h1>
      <QueryView query={query}>
        {(data) =>
          refusal ? (
            <ProblemMessage problem={refusal}>
              <p>
                <Link to={jobLink}>{t('apply.toJob')}</Link>
              </p>
            </ProblemMessage>
          ) : (
            <OfferForm job={data} />
          )
        }
      </QueryView>
    </div>
  );
}

interface OfferValues {
  username: string;
  message: string;
  amount: string;
}

/**
 * The body the values stand for: 「提示金額」 is optional, empty sends null (the job's
 * budget) and 「８，０００」 is 8000; 「@name」 is the member name.
 */
function offerBody(values: OfferValues) {
  const amount = parseWholeNumber(values.amount);
  return {
    amountValid: amount !== 'invalid',
    body: {
      username: values.username.trim().replace(/^@/, ''),
      message: values.message,
      amount: amount === 'invalid' ? null : amount,
    },
  };
}

function OfferForm({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useApiForm<OfferValues>({
    fields: ['username', 'message', 'amount'],
    // 「?to=username」 fills in the member, e.g. from a link on a profile.
    defaultValues: { username: new URLSearchParams(location.search).get('to') ?? '', message: '', amount: '' },
    check: (values) => {
      const { body, amountValid } = offerBody(values);
      const errors = schemaErrors(OfferBody, body, lang);
      return amountValid ? errors : { ...errors, amount: fieldMessage('not-integer', lang) };
    },
  });

  const submit = form.onSubmit(async (values) => {
    const offer = await offersApi.send(job.id, offerBody(values).body);
    const state: OfferPageState = { notice: 'sent' };
    navigate(`/offers/${encodeURIComponent(offer.id)}`, { state });
  });

  return (
    <>
      <p className="lead">{t('sendOffer.lead')}</p>
      <p className="apply-job-title">
        <span className="muted small">{t('sendOffer.jobLabel')}</span>{' '}
        <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</Link>
      </p>
      <ApiFormFrame form={form} onSubmit={submit} className="form section">
        <FormTextField
          form={form}
          name="username"
          label={t('sendOffer.username')}
          hint={t('sendOffer.usernameHint')}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
        />
        <FormTextArea
          form={form}
          name="message"
          label={t('sendOffer.message')}
          hint={t('sendOffer.messageHint')}
          required
          rows={8}
        />
        <FormAmountField
          form={form}
          name="amount"
          label={t('money.offer.amount')}
          hint={t('money.offer.amountHint')}
          width="amount"
          unit={t('money.offer.amountUnit')}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('sendOffer.submit')}
          </Button>
        </div>
      </ApiFormFrame>
    </>
  );
}
