import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { WithdrawResult } from '../../../shared/api/withdrawal';
import { useAuth } from '../../app/auth';
import { useLang } from '../../i18n';
import { formatDateTime, formatYen } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import styles from './Withdrawal.module.css';

/** What the withdrawal page passes on in the router state. */
export interface WithdrawalCompleteState {
  result: WithdrawResult;
  username: string;
  /** Earnings being paid out; 0 when there were none. */
  balanceYen: number;
}

function readState(state: unknown): WithdrawalCompleteState | null {
  if (typeof state !== 'object' || state === null || !('result' in state)) return null;
  const result = state.result;
  if (typeof result !== 'object' || result === null) return null;
  const withdrawnAt = 'withdrawnAt' in result && typeof result.withdrawnAt === 'string' ? result.withdrawnAt : null;
  const undoUntil = 'undoUntil' in result && typeof result.undoUntil === 'string' ? result.undoUntil : null;
  if (!withdrawnAt) return null;
  const username = 'username' in state && typeof state.username === 'string' ? state.username : '';
  const balanceYen = 'balanceYen' in state && typeof state.balanceYen === 'number' ? state.balanceYen : 0;
  return { result: { withdrawnAt, undoUntil }, username, balanceYen };
}

/** 退会が完了しました: what was done, and until when it can be undone. */
export function WithdrawalCompletePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const { user, refresh } = useAuth();
  const state = readState(location.state);
  useDocumentTitle(t('withdrawalComplete.title'));

  // The server ended the session with the withdrawal; ask it again so the header shows
  // the member logged out.
  const loggedIn = user !== null;
  const refreshed = useRef(false);
  useEffect(() => {
    if (!loggedIn || refreshed.current) return;
    refreshed.current = true;
    void refresh();
  }, [loggedIn, refresh]);

  return (
    <div className="narrow">
      <h1>{t('withdrawalComplete.title')}</h1>
      <p className="lead">{t('withdrawalComplete.lead')}</p>

      {state ? (
        <>
          <section aria-labelledby="complete-done" className="card">
            <h2 id="complete-done">{t('withdrawalComplete.doneTitle')}</h2>
            <ul className="bullets">
              <li>{t('withdrawalComplete.loggedOut')}</li>
              <li>{t('withdrawalComplete.dataErased')}</li>
              <li>
                {state.username
                  ? t('withdrawalComplete.usernameKept', { username: state.username })
                  : t('withdrawalComplete.usernameKeptGeneric')}
              </li>
              {state.balanceYen > 0 && <li>{t('withdrawalComplete.balance', { amount: formatYen(state.balanceYen) })}</li>}
            </ul>
          </section>
          <section aria-labelledby="complete-undo" className="section card">
            <h2 id="complete-undo">{t('withdrawalComplete.undoTitle')}</h2>
            {state.result.undoUntil ? (
              <>
                <p>{t('withdrawalComplete.undoUntil', { date: formatDateTime(state.result.undoUntil, lang) })}</p>
                <p className="muted small">{t('withdrawalComplete.undoNote')}</p>
              </>
            ) : (
              <p>{t('withdrawalComplete.erased')}</p>
            )}
          </section>
        </>
      ) : (
        <div className="card">
          <p>{t('withdrawalComplete.generic')}</p>
        </div>
      )}

      <p className="section">{t('withdrawalComplete.registerNote')}</p>
      <ul className={`link-list ${styles.completeLinks}`}>
        <li>
          <Link to="/" className="btn btn-primary">
            {t('withdrawalComplete.homeLink')}
          </Link>
        </li>
        <li>
          <Link to="/register" className="btn btn-secondary">
            {t('withdrawalComplete.registerLink')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
