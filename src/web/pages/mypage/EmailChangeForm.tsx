import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseEmail } from '../../../domain/accounts/email';
import { ChangeEmailBody, type Me } from '../../../shared/api/accounts';
import { fieldMessage } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { CurrentPasswordField } from '../../components/account/CurrentPasswordField';
import { FormEmailField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { SettingsCard } from './SettingsCard';

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
    <SettingsCard
      id="basic-email"
      title={t('basic.emailTitle')}
      lead={t('basic.currentEmail', { email: user.email })}
      form={form}
      onSubmit={submit}
      submitLabel={t('basic.emailSubmit')}
      status={sentTo && t('basic.emailSent', { email: sentTo })}
    >
      <FormEmailField form={form} name="newEmail" label={t('basic.newEmail')} />
      <CurrentPasswordField form={form} name="password" label={t('basic.currentPassword')} hint={t('basic.emailPasswordHint')} />
    </SettingsCard>
  );
}
