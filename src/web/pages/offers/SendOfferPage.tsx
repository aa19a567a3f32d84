import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { OfferBody } from '../../../shared/api/applications';
import type { JobDetail } from '../../../shared/api/jobs';
import { fieldMessage, PROBLEMS, type Problem } from '../../../shared/errors';
import { offersApi } from '../../api/applications';
import { jobQueries } from '../../api/jobs';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { FormAlert, ProblemMessage } from '../../components/FormAlert';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { parseWholeNumber } from '../../lib/input';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
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
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: '/mypage/jobs', label: t('myJobs.title') },
          ...(job ? [{ to: jobLink, label: job.title }] : []),
          { label: t('sendOffer.title') },
        ]}
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

function OfferForm({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const form = useFormSubmit(['username', 'message', 'amount']);
  // 「?to=username」 fills in the member, e.g. from a link on a profile.
  const [username, setUsername] = useState(() => new URLSearchParams(location.search).get('to') ?? '');
  const [message, setMessage] = useState('');
  const [amount, setAmount] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // 「提示金額」 is optional: empty sends null (the job's budget); 「８，０００」 is 8000.
    const amountValue = parseWholeNumber(amount);
    const body = {
      username: username.trim().replace(/^@/, ''),
      message,
      amount: amountValue === 'invalid' ? null : amountValue,
    };
    const errors = schemaErrors(OfferBody, body, lang);
    if (amountValue === 'invalid') errors.amount = fieldMessage('not-integer', lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const offer = await offersApi.send(job.id, body);
      const state: OfferPageState = { notice: 'sent' };
      navigate(`/offers/${encodeURIComponent(offer.id)}`, { state });
    });
  };

  return (
    <>
      <p className="lead">{t('sendOffer.lead')}</p>
      <p className="apply-job-title">
        <span className="muted small">{t('sendOffer.jobLabel')}</span>{' '}
        <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</Link>
      </p>
      <form ref={form.formRef} noValidate onSubmit={submit} className="form section">
        <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
        <TextField
          label={t('sendOffer.username')}
          hint={t('sendOffer.usernameHint')}
          name="username"
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={form.fieldErrors.username}
        />
        <TextAreaField
          label={t('sendOffer.message')}
          hint={t('sendOffer.messageHint')}
          name="message"
          required
          rows={8}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={form.fieldErrors.message}
        />
        <TextField
          label={t('money.offer.amount')}
          hint={t('money.offer.amountHint')}
          name="amount"
          inputMode="numeric"
          autoComplete="off"
          className="input-amount"
          suffix={t('money.offer.amountUnit')}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          error={form.fieldErrors.amount}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('sendOffer.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
