import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSession } from '../../../shared/api/accounts';
import type { Problem } from '../../../shared/errors';
import { accountsApi } from '../../api/accounts';
import { toProblem } from '../../api/client';
import { Button } from '../../components/Button';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatDateTime, formatRelative } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from './DeviceSessions.module.css';

const sessionsQuery = () => queryOptions({ queryKey: ['sessions'], queryFn: accountsApi.listSessions });

/** ログイン中の端末: one row per login, with ログアウトさせる and ほかの端末からすべてログアウト. */
export function DeviceSessions() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery());
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const act = async (key: string, action: () => Promise<string>) => {
    setBusy(key);
    setProblem(null);
    setNotice(null);
    let message: string | null = null;
    try {
      message = await action();
    } catch (error) {
      setProblem(toProblem(error));
    }
    await queryClient.invalidateQueries({ queryKey: sessionsQuery().queryKey });
    setNotice(message);
    setBusy(null);
  };

  const revoke = (session: DeviceSession) =>
    act(session.id, async () => {
      await accountsApi.revokeSession(session.id);
      return t('account.deviceLoggedOut', { device: session.device });
    });

  const revokeOthers = () =>
    act('others', async () => {
      await accountsApi.revokeOtherSessions();
      return t('account.othersLoggedOut');
    });

  return (
    <section aria-labelledby="account-devices" className="section card">
      <h2 id="account-devices">{t('account.devices')}</h2>
      <p className="muted">{t('account.devicesLead')}</p>
      {problem && <ProblemMessage problem={problem} />}
      <StatusMessage>{notice}</StatusMessage>
      <QueryView query={sessions}>
        {(data) => (
          <>
            <ul className={styles.devices}>
              {sortSessions(data).map((s) => {
                const labelId = `device-${s.id}`;
                const relative = formatRelative(s.lastSeenAt, lang) ?? t('account.justNow');
                return (
                  <li key={s.id} className={styles.device}>
                    <div className={styles.deviceHead}>
                      <h3 id={labelId} className={styles.deviceName}>
                        {s.device}
                      </h3>
                      {s.current && <span className="badge badge-current">{t('account.thisDevice')}</span>}
                    </div>
                    <dl className="facts facts-compact">
                      <Fact label={t('account.lastSeen')}>
                        <time dateTime={s.lastSeenAt} title={formatDateTime(s.lastSeenAt, lang)}>
                          {relative}
                        </time>
                      </Fact>
                      <Fact label={t('account.ip')}>{s.ip ?? t('common.unknown')}</Fact>
                      <Fact label={t('account.loggedInAt')}>
                        <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, lang)}</time>
                      </Fact>
                    </dl>
                    {!s.current && (
                      <Button
                        variant="secondary"
                        aria-describedby={labelId}
                        busy={busy === s.id}
                        disabled={busy !== null}
                        onClick={() => void revoke(s)}
                      >
                        {t('account.logoutDevice')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
            {!data.some((s) => !s.current) && <p className="muted">{t('account.noOthers')}</p>}
            <Button variant="danger" busy={busy === 'others'} disabled={busy !== null} onClick={() => void revokeOthers()}>
              {t('account.logoutOthers')}
            </Button>
          </>
        )}
      </QueryView>
    </section>
  );
}

/** This device first, then the most recently used. */
function sortSessions(sessions: DeviceSession[]): DeviceSession[] {
  return [...sessions].sort((a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    return b.lastSeenAt.localeCompare(a.lastSeenAt);
  });
}
