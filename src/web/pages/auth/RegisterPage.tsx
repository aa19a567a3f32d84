import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RegisterBody } from '../../../shared/api/accounts';
import { INTENT_KEYS, INTENTS, type Intent } from '../../../shared/labels';
import { accountsApi } from '../../api/accounts';
import { Button } from '../../components/Button';
import { Checkbox, RadioGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { PasswordInput } from '../../components/PasswordInput';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { newPasswordError, schemaErrors } from '../../lib/validate';
import type { RegisterSentState } from './RegisterSentPage';

const FIELDS = ['email', 'password', 'username', 'displayName', 'intent', 'acceptTerms'] as const;

export function RegisterPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  useDocumentTitle(t('register.title'));
  const form = useFormSubmit(FIELDS);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [intent, setIntent] = useState<Intent>('both');
  const [acceptTerms, setAcceptTerms] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const values = { email, password, username, displayName, intent, acceptTerms };
    const errors = schemaErrors(RegisterBody, values, lang);
    const passwordIssue = newPasswordError(password, lang, { email, username });
    if (passwordIssue && !errors.password) errors.password = passwordIssue;
    if (Object.keys(errors).length > 0) return form.fail(errors);

    void form.run(async () => {
      const res = await accountsApi.register({ ...values, acceptTerms: true });
      const state: RegisterSentState = { email, message: res.message };
      navigate('/register/sent', { state });
    });
  };

  const err = form.fieldErrors;
  return (
    <div className="narrow">
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.lead')}</p>
      <form ref={form.formRef} noValidate onSubmit={submit} className="form">
        <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
        <TextField
          label={t('register.email')}
          hint={t('register.emailHint')}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={err.email}
        />
        <PasswordInput
          label={t('register.password')}
          hint={t('register.passwordHint')}
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={err.password}
        />
        <TextField
          label={t('register.username')}
          hint={
            <>
              <p>{t('register.usernameHint')}</p>
              <p className="warning">{t('register.usernameWarning')}</p>
            </>
          }
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          required
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={err.username}
        />
        <TextField
          label={t('register.displayName')}
          hint={t('register.displayNameHint')}
          name="displayName"
          autoComplete="nickname"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={err.displayName}
        />
        <RadioGroup
          legend={t('register.intent')}
          hint={t('register.intentHint')}
          name="intent"
          required
          options={INTENT_KEYS.map((k) => ({ value: k, label: INTENTS[k][lang] }))}
          value={intent}
          onChange={setIntent}
          error={err.intent}
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
          checked={acceptTerms}
          onChange={setAcceptTerms}
          error={err.acceptTerms}
        />
        <Button type="submit" busy={form.submitting} className="btn-block">
          {t('register.submit')}
        </Button>
      </form>
      <p className="form-footer">
        {t('register.haveAccount')} <Link to="/login">{t('register.loginLink')}</Link>
      </p>
    </div>
  );
}
