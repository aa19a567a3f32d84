// The second step of logging in: the 6-digit code from the authenticator app, or (switched)
// one of the recovery codes. The pending login lasts five minutes; after that the server
// answers second-factor-pending-expired and the member starts again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../shared/errors';
import { securityApi } from '../../api/security';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { CodeField } from '../security/CodeField';

export function SecondFactorStep({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [recovery, setRecovery] = useState(false);
  const form = useApiForm<{ code: string; recoveryCode: string }>({
    fields: ['code', 'recoveryCode'],
    defaultValues: { code: '', recoveryCode: '' },
    check: ({ code, recoveryCode }): Record<string, string> => {
      if (recovery) return recoveryCode.trim() ? {} : { recoveryCode: fieldMessage('required', lang) };
      return code.trim() ? {} : { code: fieldMessage('required', lang) };
    },
  });
  const submit = form.onSubmit(async ({ code, recoveryCode }) => {
    await securityApi.completeLogin(recovery ? { recoveryCode } : { code });
  });
  const expired = form.problem?.code === 'second-factor-pending-expired';

  return (
    <section aria-labelledby="second-factor-title">
      <h2 id="second-factor-title">{t('security.loginTitle')}</h2>
      <p>{recovery ? t('security.loginRecoveryLead') : t('security.loginLead')}</p>
      <ApiFormFrame
        form={form}
        onSubmit={submit}
        className="form"
        alert={
          expired && (
            <p>
              <Button variant="secondary" onClick={onRestart}>
                {t('security.restartLogin')}
              </Button>
            </p>
          )
        }
      >
        {recovery ? (
          <FormTextField
            form={form}
            name="recoveryCode"
            label={t('security.recoveryCode')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        ) : (
          <CodeField form={form} autoFocus />
        )}
        <Button type="submit" busy={form.submitting} className="btn-block">
          {t('security.loginSubmit')}
        </Button>
      </ApiFormFrame>
      <p className="form-footer">
        <Button
          variant="quiet"
          onClick={() => {
            form.clearProblem();
            setRecovery((r) => !r);
          }}
        >
          {recovery ? t('security.useCode') : t('security.useRecovery')}
        </Button>
      </p>
    </section>
  );
}
