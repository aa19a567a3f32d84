import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailBody } from '../../../shared/api/accounts';
import { accountsApi } from '../../api/accounts';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { FormEmailField } from '../../components/FormFields';
import { useApiForm } from '../../lib/form';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgot.title'));
  const form = useApiForm<{ email: string }>({ schema: EmailBody, fields: ['email'], defaultValues: { email: '' } });
  const [sent, setSent] = useState(false);

  const submit = form.onSubmit(async ({ email }) => {
    await accountsApi.requestPasswordReset(email);
    setSent(true);
  });

  return (
    <div className="narrow">
      <h1>{t('forgot.title')}</h1>
      {sent ? (
        <>
          <StatusMessage>
            <p className="alert-title">{t('forgot.sentTitle')}</p>
            <p>{t('forgot.sent')}</p>
          </StatusMessage>
          <p>
            <Link to="/login">{t('forgot.backToLogin')}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('forgot.lead')}</p>
          <ApiFormFrame form={form} onSubmit={submit} className="form">
            <FormEmailField form={form} name="email" label={t('forgot.email')} />
            <Button type="submit" busy={form.submitting} className="btn-block">
              {t('forgot.submit')}
            </Button>
          </ApiFormFrame>
          <p className="form-footer">
            <Link to="/login">{t('forgot.backToLogin')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
