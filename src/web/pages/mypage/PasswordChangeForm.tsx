import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/api/accounts';
import { fieldMessage } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { CurrentPasswordField } from '../../components/account/CurrentPasswordField';
import { PasswordInput } from '../../components/PasswordInput';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { newPasswordError } from '../../lib/validate';
import { SettingsCard } from './SettingsCard';

export function PasswordChangeForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { refresh } = useAuth();
  const form = useApiForm<{ currentPassword: string; newPassword: string }>({
    fields: ['currentPassword', 'newPassword'],
    defaultValues: { currentPassword: '', newPassword: '' },
    check: ({ currentPassword, newPassword }) => {
      const errors: Record<string, string> = {};
      if (currentPassword.length === 0) errors.currentPassword = fieldMessage('required', lang);
      const issue = newPasswordError(newPassword, lang, { email: user.email, username: user.username });
      if (issue) errors.newPassword = issue;
      else if (newPassword === currentPassword) errors.newPassword = fieldMessage('password-unchanged', lang);
      return errors;
    },
  });
  const [changed, setChanged] = useState(false);

  const save = form.onSubmit(async (values) => {
    await accountsApi.changePassword(values);
    form.reset();
    setChanged(true);
    // The server may have renewed this device's login; take the fresh CSRF token.
    await refresh();
  });
  const submit = (e: { preventDefault: () => void }) => {
    setChanged(false);
    return save(e);
  };

  return (
    <SettingsCard
      id="basic-password"
      title={t('basic.passwordTitle')}
      lead={t('basic.passwordLead')}
      form={form}
      onSubmit={submit}
      submitLabel={t('basic.passwordSubmit')}
      status={changed && t('basic.passwordChanged')}
    >
      <CurrentPasswordField form={form} name="currentPassword" label={t('basic.currentPassword')} />
      <PasswordInput
        label={t('basic.newPassword')}
        hint={t('basic.newPasswordHint')}
        autoComplete="new-password"
        required
        {...form.register('newPassword')}
        error={form.errorOf('newPassword')}
      />
    </SettingsCard>
  );
}
