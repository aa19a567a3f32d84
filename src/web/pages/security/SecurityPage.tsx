// /mypage/security — 2段階認証: its state, setting it up (the key, the URI, the first code,
// then the recovery codes shown once), and with it on: set up again, new recovery codes,
// turn off (members only). A staff account without one is sent here and can use nothing else.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Enrolment } from '../../../shared/api/security';
import type { Problem } from '../../../shared/errors';
import { toProblem } from '../../api/client';
import { securityApi, securityQueries } from '../../api/security';
import { useAuth } from '../../app/auth';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { EnrolmentPanel } from './EnrolmentPanel';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { SecondFactorSettings } from './SecondFactorSettings';

export function SecurityPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user, refresh } = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery(securityQueries.status());
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [enabledNow, setEnabledNow] = useState(false);
  const [disabledNow, setDisabledNow] = useState(false);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  useDocumentTitle(t('security.title'));
  if (!user) return null;
  const staff = user.staffRole !== null;
  const reload = () => queryClient.invalidateQueries({ queryKey: securityQueries.status().queryKey });

  const start = async () => {
    setStarting(true);
    setProblem(null);
    try {
      setEnrolment(await securityApi.startEnrolment());
    } catch (error) {
      setProblem(toProblem(error));
    }
    setStarting(false);
  };

  let body: React.ReactNode;
  if (codes) {
    body = (
      <RecoveryCodesPanel
        codes={codes}
        onDone={() => {
          setCodes(null);
          if (staff && enabledNow) navigate('/staff');
        }}
      />
    );
  } else if (enrolment) {
    body = (
      <EnrolmentPanel
        enrolment={enrolment}
        onEnabled={(recoveryCodes) => {
          setEnrolment(null);
          setCodes(recoveryCodes);
          setEnabledNow(true);
          setDisabledNow(false);
          void reload();
          void refresh();
        }}
      />
    );
  } else {
    body = (
      <QueryView query={status}>
        {(s) => (
          <>
            <section aria-labelledby="security-status" className="section card">
              <h2 id="security-status">{t('security.statusTitle')}</h2>
              <dl className="facts">
                <Fact label={t('security.status')}>
                  <span className={`badge ${s.enabled ? 'badge-current' : ''}`}>
                    {s.enabled ? t('security.on') : t('security.off')}
                  </span>
                </Fact>
                {s.enabledAt && <Fact label={t('security.enabledAt')}>{formatDateTime(s.enabledAt, lang)}</Fact>}
                {s.enabled && (
                  <Fact label={t('security.codesLeft')}>{t('security.codesLeftValue', { count: s.recoveryCodesLeft })}</Fact>
                )}
              </dl>
              {!s.enabled && (
                <div className="form-actions">
                  <Button onClick={() => void start()} busy={starting}>
                    {t('security.start')}
                  </Button>
                </div>
              )}
              {problem && <ProblemMessage problem={problem} />}
              <StatusMessage>
                {(enabledNow && s.enabled && t('security.enabled')) || (disabledNow && !s.enabled && t('security.disabled'))}
              </StatusMessage>
            </section>
            {s.enabled && (
              <SecondFactorSettings
                staff={s.required}
                onEnrolment={setEnrolment}
                onCodes={(c) => {
                  setCodes(c);
                  void reload();
                }}
                onDisabled={() => {
                  setEnabledNow(false);
                  setDisabledNow(true);
                  void reload();
                  void refresh();
                }}
              />
            )}
          </>
        )}
      </QueryView>
    );
  }

  return (
    <div>
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('security.title') }]} />
      <h1>{t('security.title')}</h1>
      <p className="lead">{t('security.lead')}</p>
      {staff && user.secondFactor === 'enrolment-required' && (
        <div role="status" className="alert alert-info">
          <p>{t('security.staffRequired')}</p>
        </div>
      )}
      {body}
    </div>
  );
}
