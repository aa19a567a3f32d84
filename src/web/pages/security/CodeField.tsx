// The 6-digit code from the authenticator app, wherever one is asked for: the login's
// second step, the first code of a setup, and the settings that need a current code.
import type { Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '../../components/FormFields';
import type { ApiForm } from '../../lib/form';

export function CodeField<T extends { code: string }>({ form, autoFocus }: { form: ApiForm<T>; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <FormTextField
      form={form}
      name={'code' as Path<T>}
      label={t('security.code')}
      autoComplete="one-time-code"
      inputMode="numeric"
      pattern="[0-9 ]*"
      maxLength={7}
      required
      autoFocus={autoFocus}
    />
  );
}
