import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WARNING_CODES, WithdrawalPrecheck } from '../../../shared/api/withdrawal';
import { EXPORT_URL } from '../../api/withdrawal';
import { useAuth } from '../../app/auth';
import { Button } from '../../components/Button';
import { formatYen } from '../../lib/format';
import styles from './Withdrawal.module.css';

type WarningCode = (typeof WARNING_CODES)[number];

/** 退会するとどうなるか: one line for each consequence the server lists. */
export function WithdrawalWarnings({ precheck }: { precheck: WithdrawalPrecheck }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const [loggingOut, setLoggingOut] = useState(false);

  const onLogout = async () => {
    setLoggingOut(true);
    await logout();
  };

  const text = (code: WarningCode): string => {
    switch (code) {
      case 'record-reset':
        return t('withdrawal.recordReset');
      case 'username-reserved':
        return t('withdrawal.usernameReserved', { username: precheck.username });
      case 'direct-deal-rule':
        return t('withdrawal.directDealRule');
      case 'balance-paid-out':
        return t('withdrawal.balancePaidOut', { amount: formatYen(precheck.balanceYen) });
      case 'held-items-discarded':
        return t('withdrawal.heldItemsDiscarded', { count: precheck.heldItemsPending });
      case 'logout-is-different':
        return t('withdrawal.logoutIsDifferent');
      case 'undo-window':
        return t('withdrawal.undoWindow', { days: precheck.undoDays });
    }
  };

  return (
    <section aria-labelledby="withdrawal-warnings" className="section">
      <h2 id="withdrawal-warnings">{t('withdrawal.warningsTitle')}</h2>
      <ul className={`card ${styles.warnings}`}>
        {precheck.warnings.map((code) => (
          <li key={code} className={`${styles.warningLine} warning-${code}`}>
            <p>{text(code)}</p>
            {code === 'logout-is-different' && (
              <Button variant="secondary" className="btn-small" busy={loggingOut} onClick={() => void onLogout()}>
                {t('layout.logout')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 登録データのダウンロード: the member's data as one JSON file. */
export function DataExport() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="withdrawal-export" className="section">
      <h2 id="withdrawal-export">{t('withdrawal.exportTitle')}</h2>
      <div className="card">
        <p>{t('withdrawal.exportBody')}</p>
        <p>
          <a href={EXPORT_URL} download className="btn btn-secondary">
            {t('withdrawal.exportLink')}
          </a>
        </p>
      </div>
    </section>
  );
}
