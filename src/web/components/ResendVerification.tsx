import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmailBody } from '../../shared/api/accounts';
import { accountsApi } from '../api/accounts';
import { useApiForm } from '../lib/form';
import { Button } from './Button';
import { FormAlert, StatusMessage } from './FormAlert';
import { FormTextField } from './FormFields';

/**
 * Sends the verification mail again. With a known address it is one button; otherwise
 * it asks for the address first.
 */
export function ResendVerification({ email: knownEmail, lead }: { email?: string; lead?: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useApiForm<{ email: string }>({
    schema: EmailBody,
    fields: ['email'],
    defaultValues: { email: knownEmail ?? '' },
  });

  const send = form.onSubmit(async ({ email }) => {
    await accountsApi.resendVerification(email);
    setSent(true);
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    setSent(false);
    return send(e);
  };

  return (
    <form ref={form.formRef} className="resend" noValidate onSubmit={submit}>
      {lead && <p>{lead}</p>}
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      {knownEmail === undefined && (
        <FormTextField form={form} name="email" label={t('resend.email')} type="email" autoComplete="email" required />
      )}
      {sent && <StatusMessage>{t('resend.sent')}</StatusMessage>}
      <Button type="submit" variant="secondary" busy={form.submitting}>
        {t('resend.button')}
      </Button>
    </form>
  );
}
