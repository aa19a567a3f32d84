import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailBody } from '../../shared/api/accounts';
import { accountsApi } from '../api/accounts';
import { useLang } from '../i18n';
import { useFormSubmit } from '../lib/useFormSubmit';
import { schemaErrors } from '../lib/validate';
import { Button } from './Button';
import { FormAlert, StatusMessage } from './FormAlert';
import { TextField } from './TextField';

/**
 * Sends the verification mail again. With a known address it is one button; otherwise
 * it asks for the address first.
 */
export function ResendVerification({ email: knownEmail, lead }: { email?: string; lead?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [email, setEmail] = useState(knownEmail ?? '');
  const [sent, setSent] = useState(false);
  const form = useFormSubmit(['email']);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSent(false);
    const errors = schemaErrors(EmailBody, { email }, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      await accountsApi.resendVerification(email);
      setSent(true);
    });
  };

  return (
    <form ref={form.formRef} className="resend" noValidate onSubmit={submit}>
      {lead && <p>{lead}</p>}
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      {knownEmail === undefined && (
        <TextField
          label={t('resend.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={form.fieldErrors.email}
        />
      )}
      {sent && <StatusMessage>{t('resend.sent')}</StatusMessage>}
      <Button type="submit" variant="secondary" busy={form.submitting}>
        {t('resend.button')}
      </Button>
    </form>
  );
}
