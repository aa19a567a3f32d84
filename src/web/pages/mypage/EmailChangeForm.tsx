import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseEmail } from '../../../domain/accounts/email';
import { ChangeEmailBody, type Me } from '../../../shared/api/accounts';
import { fieldMessage } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { PasswordInput } from '../../components/PasswordInput';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';

export function EmailChangeForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ newEmail: string; password: string }>({
    schema: ChangeEmailBody,
    fields: ['newEmail', 'password'],
    defaultValues: { newEmail: '', password: '' },
    check: ({ newEmail }): Record<string, string> =>
      normaliseEmail(newEmail) === normaliseEmail(user.email) ? { newEmail: fieldMessage('email-unchanged', lang) } : {},
  });
  const [sentTo, setSentTo] = useState<string | null>(null);

  const save = form.onSubmit(async ({ newEmail, password }) => {
    await accountsApi.changeEmail({ newEmail, password });
    setSentTo(newEmail.trim());
    form.reset();
  });
  const submit = (e: { preventDefault: () => void }) => {
    setSentTo(null);
    return save(e);
  };

  return (
    <section aria-labelledby="basic-email" className="section card">
      <h2 id="basic-email">{t('basic.emailTitle')}</h2>
      <p>{t('basic.currentEmail', { email: user.email })}</p>
      <form ref={form.formRef} noValidate onSubmit={submit} className="form">
        <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
        <TextField
          label={t('basic.newEmail')}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          {...form.register('newEmail')}
          error={form.errorOf('newEmail')}
        />
        <PasswordInput
          label={t('basic.currentPassword')}
          hint={t('basic.emailPasswordHint')}
          autoComplete="current-password"
          required
          {...form.register('password')}
          error={form.errorOf('password')}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('basic.emailSubmit')}
          </Button>
        </div>
        <StatusMessage>{sentTo && t('basic.emailSent', { email: sentTo })}</StatusMessage>
      </form>
    </section>
  );
}
