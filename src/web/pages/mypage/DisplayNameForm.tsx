import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Me, UpdateMeBody } from '../../../shared/api/accounts';
import { accountsApi } from '../../api/accounts';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';

export function DisplayNameForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { setUser } = useAuth();
  const form = useFormSubmit(['displayName']);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    const errors = schemaErrors(UpdateMeBody, { displayName }, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const me = await accountsApi.updateMe(displayName);
      setUser(me);
      setDisplayName(me.displayName);
      setSaved(true);
    });
  };

  return (
    <section className="section card">
      <h2 id="basic-display-name">{t('basic.displayNameTitle')}</h2>
      <form ref={form.formRef} noValidate onSubmit={submit} className="form">
        <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
        <TextField
          label={t('basic.displayName')}
          hint={t('basic.displayNameHint')}
          name="displayName"
          autoComplete="nickname"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={form.fieldErrors.displayName}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('basic.displayNameSubmit')}
          </Button>
          <StatusMessage>{saved && t('basic.displayNameSaved')}</StatusMessage>
        </div>
      </form>
    </section>
  );
}
