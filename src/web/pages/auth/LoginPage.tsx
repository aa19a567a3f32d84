import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { EmailBody } from '../../../shared/api/accounts';
import { fieldMessage } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { ApiError } from '../../api/client';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormEmailField, FormPasswordInput } from '../../components/FormFields';
import { ResendVerification } from '../../components/ResendVerification';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { safeNext } from '../../lib/navigation';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { schemaErrors } from '../../lib/validate';
import { SecondFactorStep } from './SecondFactorStep';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user } = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('login.title'));
  const form = useApiForm<{ email: string; password: string }>({
    fields: FIELDS,
    defaultValues: { email: '', password: '' },
    // The shared body checks the address alone; the password only has to be there.
    check: ({ email, password }): Record<string, string> => ({
      ...schemaErrors(EmailBody, { email }, lang),
      ...(password.length === 0 ? { password: fieldMessage('required', lang) } : {}),
    }),
  });
  const [unverifiedEmail, setUnverifiedEmail] = useState<string | null>(null);
  const [secondStep, setSecondStep] = useState(false);

  // A staff member without a second factor is sent to set one up first.
  if (user) return <Navigate to={user.secondFactor === 'enrolment-required' ? '/mypage/security' : next} replace />;

  if (secondStep) {
    return (
      <div className="narrow">
        <h1>{t('login.title')}</h1>
        <SecondFactorStep
          onRestart={() => {
            form.reset({ email: form.getValues('email'), password: '' });
            setSecondStep(false);
          }}
        />
      </div>
    );
  }

  const login = form.onSubmit(async ({ email, password }) => {
    try {
      const answer = await accountsApi.login({ email, password });
      if ('secondFactor' in answer) setSecondStep(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'email-not-verified') {
        setUnverifiedEmail(email);
      }
      throw error;
    }
  });
  const submit = (e: { preventDefault: () => void }) => {
    setUnverifiedEmail(null);
    return login(e);
  };

  return (
    <div className="narrow">
      <h1>{t('login.title')}</h1>
      <ApiFormFrame
        form={form}
        onSubmit={submit}
        className="form"
        alert={
          form.problem?.code === 'account-withdrawn-login' && (
            <p>
              <Link to="/register">{t('login.withdrawnRegister')}</Link>
            </p>
          )
        }
      >
        <FormEmailField form={form} name="email" label={t('login.email')} autoComplete="username" />
        <FormPasswordInput form={form} name="password" label={t('login.password')} autoComplete="current-password" required />
        <Button type="submit" busy={form.submitting} className="btn-block">
          {t('login.submit')}
        </Button>
      </ApiFormFrame>
      {unverifiedEmail && form.problem?.code === 'email-not-verified' && (
        <section aria-labelledby="resend-title" className="card section">
          <h2 id="resend-title">{t('resend.title')}</h2>
          <ResendVerification email={unverifiedEmail} />
        </section>
      )}
      <ul className="form-footer link-list">
        <li>
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </li>
        <li>
          {t('login.noAccount')} <Link to="/register">{t('login.registerLink')}</Link>
        </li>
      </ul>
    </div>
  );
}
