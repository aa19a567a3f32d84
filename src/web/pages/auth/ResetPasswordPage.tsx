import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { FormPasswordInput } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { newPasswordError } from '../../lib/validate';
import { useLinkToken } from './useLinkToken';

/** Opened from the reset mail: /reset-password?token=… */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { refresh } = useAuth();
  const token = useLinkToken();
  useDocumentTitle(t('reset.title'));
  const form = useApiForm<{ password: string }>({
    fields: ['password'],
    defaultValues: { password: '' },
    check: ({ password }): Record<string, string> => {
      const issue = newPasswordError(password, lang);
      return issue ? { password: issue } : {};
    },
  });
  const [done, setDone] = useState(false);

  const submit = form.onSubmit(async ({ password }) => {
    if (!token) return;
    await accountsApi.confirmPasswordReset(token, password);
    setDone(true);
    await refresh();
  });

  const tokenProblem = form.problem?.code === 'token-invalid' || form.problem?.code === 'token-expired';

  return (
    <div className="narrow">
      <h1>{t('reset.title')}</h1>
      {!token && (
        <div role="alert" className="alert alert-error">
          <p>{t('reset.missingToken')}</p>
          <p>
            <Link to="/forgot-password">{t('reset.retry')}</Link>
          </p>
        </div>
      )}
      {token && done && (
        <>
          <StatusMessage>{t('reset.success')}</StatusMessage>
          <p>
            <Link to="/login" className="btn btn-primary">
              {t('reset.loginLink')}
            </Link>
          </p>
        </>
      )}
      {token && !done && (
        <>
          <p className="lead">{t('reset.lead')}</p>
          <ApiFormFrame
            form={form}
            onSubmit={submit}
            className="form"
            alert={
              tokenProblem && (
                <p>
                  <Link to="/forgot-password">{t('reset.retry')}</Link>
                </p>
              )
            }
          >
            <FormPasswordInput
              form={form}
              name="password"
              label={t('reset.password')}
              hint={t('register.passwordHint')}
              autoComplete="new-password"
              required
            />
            <Button type="submit" busy={form.submitting} className="btn-block">
              {t('reset.submit')}
            </Button>
          </ApiFormFrame>
        </>
      )}
    </div>
  );
}
