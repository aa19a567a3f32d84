import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/api/accounts';
import { fieldMessage } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { PasswordInput } from '../../components/PasswordInput';
import { useLang } from '../../i18n';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { type FieldErrors, newPasswordError } from '../../lib/validate';

export function PasswordChangeForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { refresh } = useAuth();
  const form = useFormSubmit(['currentPassword', 'newPassword']);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setChanged(false);
    const errors: FieldErrors = {};
    if (currentPassword.length === 0) errors.currentPassword = fieldMessage('required', lang);
    const issue = newPasswordError(newPassword, lang, { email: user.email, username: user.username });
    if (issue) errors.newPassword = issue;
    else if (newPassword === currentPassword) errors.newPassword = fieldMessage('password-unchanged', lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      await accountsApi.changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
      // The server may have renewed this device's login; take the fresh CSRF token.
      await refresh();
    });
  };

  return (
    <section aria-labelledby="basic-password" className="section card">
      <h2 id="basic-password">{t('basic.passwordTitle')}</h2>
      <p>{t('basic.passwordLead')}</p>
      <form ref={form.formRef} noValidate onSubmit={submit} className="form">
        <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
        <PasswordInput
          label={t('basic.currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.currentTarget.value)}
          error={form.fieldErrors.currentPassword}
        />
        <PasswordInput
          label={t('basic.newPassword')}
          hint={t('basic.newPasswordHint')}
          name="newPassword"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.currentTarget.value)}
          error={form.fieldErrors.newPassword}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('basic.passwordSubmit')}
          </Button>
        </div>
        <StatusMessage>{changed && t('basic.passwordChanged')}</StatusMessage>
      </form>
    </section>
  );
}
