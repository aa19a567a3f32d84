// Enrolling an authenticator: the setup key in groups of four, the otpauth:// URI, and
// the first code, which turns the factor on and answers the recovery codes.
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../shared/api/security';
import { fieldMessage } from '../../../shared/errors';
import { securityApi } from '../../api/security';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { CodeField } from './CodeField';
import styles from './Security.module.css';

export function EnrolmentPanel({ enrolment, onEnabled }: { enrolment: Enrolment; onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ code: string }>({
    fields: ['code'],
    defaultValues: { code: '' },
    check: ({ code }): Record<string, string> => (code.trim() ? {} : { code: fieldMessage('required', lang) }),
  });
  const confirm = form.onSubmit(async ({ code }) => {
    const { recoveryCodes } = await securityApi.confirmEnrolment(code);
    onEnabled(recoveryCodes);
  });

  return (
    <>
      <section aria-labelledby="enrol-key" className="section card">
        <h2 id="enrol-key">{t('security.step1')}</h2>
        <p>{t('security.step1Lead')}</p>
        <dl className="facts">
          <Fact label={t('security.key')}>
            <span className={styles.key} data-testid="totp-secret">
              {enrolment.secretGrouped}
            </span>
          </Fact>
          <Fact label={t('security.account')}>{enrolment.account}</Fact>
        </dl>
        <p className="hint">{t('security.uriHint')}</p>
        <dl className="facts">
          <Fact label={t('security.uri')}>
            <span className={styles.uri}>{enrolment.uri}</span>
          </Fact>
        </dl>
      </section>
      <section aria-labelledby="enrol-code" className="section card">
        <h2 id="enrol-code">{t('security.step2')}</h2>
        <p>{t('security.step2Lead')}</p>
        <ApiFormFrame form={form} onSubmit={confirm} className="form">
          <CodeField form={form} />
          <div className="form-actions">
            <Button type="submit" busy={form.submitting}>
              {t('security.confirm')}
            </Button>
          </div>
        </ApiFormFrame>
      </section>
    </>
  );
}
