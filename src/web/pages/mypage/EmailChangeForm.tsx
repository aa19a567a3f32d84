import { type FormEvent, useState } from 'react';
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
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';

export function EmailChangeForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['newEmail', 'password']);
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSentTo(null);
    const errors = schemaErrors(ChangeEmailBody, { newEmail, password }, lang);
    if (!errors.newEmail && normaliseEmail(newEmail) === normaliseEmail(user.email)) {
      errors.newEmail = fieldMessage('email-unchanged', lang);
    }
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      await accountsApi.changeEmail({ newEmail, password });
      setSentTo(newEmail.trim());
      setNewEmail('');
      setPassword('');
    });
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
          name="newEmail"
          autoComplete="email"
          inputMode="email"
          required
          value={newEmail}
          onChange={(e) => setNewEmail(e.currentTarget.value)}
          error={form.fieldErrors.newEmail}
        />
        <PasswordInput
          label={t('basic.currentPassword')}
          hint={t('basic.emailPasswordHint')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={form.fieldErrors.password}
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
