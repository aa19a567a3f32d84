import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, UpdateMeBody } from '../../../shared/api/accounts';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useApiForm } from '../../lib/form';

export function DisplayNameForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  const form = useApiForm<{ displayName: string }>({
    schema: UpdateMeBody,
    fields: ['displayName'],
    defaultValues: { displayName: user.displayName },
  });
  const [saved, setSaved] = useState(false);

  const submit = form.onSubmit(async ({ displayName }) => {
    setSaved(false);
    const me = await accountsApi.updateMe(displayName);
    setUser(me);
    form.reset({ displayName: me.displayName });
    setSaved(true);
  });

  return (
    <section className="section card">
      <h2 id="basic-display-name">{t('basic.displayNameTitle')}</h2>
      <ApiFormFrame form={form} onSubmit={submit} className="form">
        <TextField
          label={t('basic.displayName')}
          hint={t('basic.displayNameHint')}
          autoComplete="nickname"
          required
          {...form.register('displayName', { onChange: () => setSaved(false) })}
          error={form.errorOf('displayName')}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('basic.displayNameSubmit')}
          </Button>
          <StatusMessage>{saved && t('basic.displayNameSaved')}</StatusMessage>
        </div>
      </ApiFormFrame>
    </section>
  );
}
