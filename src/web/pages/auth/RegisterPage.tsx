import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegisterBody } from '../../../shared/api/accounts';
import { INTENT_KEYS, INTENTS, type Intent } from '../../../shared/labels';
import { accountsApi } from '../../api/accounts';
import { Button } from '../../components/Button';
import { Checkbox, RadioGroup } from '../../components/Choices';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormEmailField, FormPasswordInput, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { newPasswordError } from '../../lib/validate';
import type { RegisterSentState } from './RegisterSentPage';

const FIELDS = ['email', 'password', 'username', 'displayName', 'intent', 'acceptTerms'] as const;

interface Values {
  email: string;
  password: string;
  username: string;
  displayName: string;
  intent: Intent;
  acceptTerms: boolean;
}

export function RegisterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  useDocumentTitle(t('register.title'));
  const form = useApiForm<Values>({
    schema: RegisterBody,
    fields: FIELDS,
    defaultValues: { email: '', password: '', username: '', displayName: '', intent: 'both', acceptTerms: false },
    // The schema's own message for the password comes first.
    check: ({ password, email, username }): Record<string, string> => {
      const issue = newPasswordError(password, lang, { email, username });
      return issue ? { password: issue } : {};
    },
  });
  const { watch, setValue } = form;

  const submit = form.onSubmit(async (values) => {
    const res = await accountsApi.register({ ...values, acceptTerms: true });
    const state: RegisterSentState = { email: values.email, message: res.message };
    navigate('/register/sent', { state });
  });

  const err = (name: (typeof FIELDS)[number]) => form.errorOf(name);
  return (
    <div className="narrow">
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.lead')}</p>
      <ApiFormFrame form={form} onSubmit={submit} className="form">
        <FormEmailField form={form} name="email" label={t('register.email')} hint={t('register.emailHint')} />
        <FormPasswordInput
          form={form}
          name="password"
          label={t('register.password')}
          hint={t('register.passwordHint')}
          autoComplete="new-password"
          required
        />
        <FormTextField
          form={form}
          name="username"
          label={t('register.username')}
          hint={
            <>
              <p>{t('register.usernameHint')}</p>
              <p className="warning">{t('register.usernameWarning')}</p>
            </>
          }
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          required
        />
        <FormTextField
          form={form}
          name="displayName"
          label={t('register.displayName')}
          hint={t('register.displayNameHint')}
          autoComplete="nickname"
          required
        />
        <RadioGroup
          legend={t('register.intent')}
          hint={t('register.intentHint')}
          name="intent"
          required
          options={INTENT_KEYS.map((k) => ({ value: k, label: INTENTS[k][lang] }))}
          value={watch('intent')}
          onChange={(value) => setValue('intent', value)}
          error={err('intent')}
        />
        <Checkbox
          name="acceptTerms"
          label={t('register.termsAccept')}
          hint={
            <p>
              {t('register.termsBefore')}
              <Link to="/terms" target="_blank" rel="noopener">
                {t('register.termsLink')}
              </Link>
              {t('register.termsAfter')}
            </p>
          }
          required
          checked={watch('acceptTerms')}
          onChange={(checked) => setValue('acceptTerms', checked)}
          error={err('acceptTerms')}
        />
        <Button type="submit" busy={form.submitting} className="btn-block">
          {t('register.submit')}
        </Button>
      </ApiFormFrame>
      <p className="form-footer">
        {t('register.haveAccount')} <Link to="/login">{t('register.loginLink')}</Link>
      </p>
    </div>
  );
}
