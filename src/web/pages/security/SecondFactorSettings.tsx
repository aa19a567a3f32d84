// With the second factor on: set the app up again (password), make new recovery codes
// (a code), and, for members only, turn it off (password and a code).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../shared/api/security';
import { fieldMessage } from '../../../shared/errors';
import { securityApi } from '../../api/security';
import { CurrentPasswordField } from '../../components/account/CurrentPasswordField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { SettingsCard } from '../mypage/SettingsCard';
import { CodeField } from './CodeField';

const required = (values: Record<string, string>, lang: 'ja' | 'en') =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v.trim() === '')
      .map(([k]) => [k, fieldMessage('required', lang)]),
  );

export function SecondFactorSettings(props: {
  staff: boolean;
  onEnrolment: (e: Enrolment) => void;
  onCodes: (codes: string[]) => void;
  onDisabled: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [disabled, setDisabled] = useState(false);
  const restart = useApiForm<{ password: string }>({
    fields: ['password'],
    defaultValues: { password: '' },
    check: (v) => required(v, lang),
  });
  const regenerate = useApiForm<{ code: string }>({
    fields: ['code'],
    defaultValues: { code: '' },
    check: (v) => required(v, lang),
  });
  const disable = useApiForm<{ password: string; code: string }>({
    fields: ['password', 'code'],
    defaultValues: { password: '', code: '' },
    check: (v) => required(v, lang),
  });

  return (
    <>
      <SettingsCard
        id="security-restart"
        title={t('security.restart')}
        lead={t('security.restartLead')}
        form={restart}
        onSubmit={restart.onSubmit(async ({ password }) => props.onEnrolment(await securityApi.startEnrolment(password)))}
        submitLabel={t('security.restart')}
        status={null}
      >
        <CurrentPasswordField form={restart} name="password" label={t('security.password')} />
      </SettingsCard>
      <SettingsCard
        id="security-regenerate"
        title={t('security.regenerateTitle')}
        lead={t('security.regenerateLead')}
        form={regenerate}
        onSubmit={regenerate.onSubmit(async ({ code }) =>
          props.onCodes((await securityApi.regenerateRecoveryCodes(code)).recoveryCodes),
        )}
        submitLabel={t('security.regenerate')}
        status={null}
      >
        <CodeField form={regenerate} />
      </SettingsCard>
      {!props.staff && (
        <SettingsCard
          id="security-disable"
          title={t('security.disableTitle')}
          lead={t('security.disableLead')}
          form={disable}
          onSubmit={disable.onSubmit(async ({ password, code }) => {
            await securityApi.disable(password, code);
            setDisabled(true);
            props.onDisabled();
          })}
          submitLabel={t('security.disable')}
          status={disabled && t('security.disabled')}
        >
          <CurrentPasswordField form={disable} name="password" label={t('security.password')} />
          <CodeField form={disable} />
        </SettingsCard>
      )}
    </>
  );
}
