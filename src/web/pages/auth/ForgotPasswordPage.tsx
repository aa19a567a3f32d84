import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmailBody } from '../../../shared/api/accounts';
import { accountsApi } from '../../api/accounts';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('forgot.title'));
  const form = useFormSubmit(['email']);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = schemaErrors(EmailBody, { email }, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      await accountsApi.requestPasswordReset(email);
      setSent(true);
    });
  };

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
          <form ref={form.formRef} noValidate onSubmit={submit} className="form">
            <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
            <TextField
              label={t('forgot.email')}
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={form.fieldErrors.email}
            />
            <Button type="submit" busy={form.submitting} className="btn-block">
              {t('forgot.submit')}
            </Button>
          </form>
          <p className="form-footer">
            <Link to="/login">{t('forgot.backToLogin')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
