import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankAccount } from '../../api/bank';
import { Button } from '../../components/Button';
import { Fact } from '../../components/facts/Fact';
import { FinalBadge } from '../../components/payouts/PayoutBadges';
import { useLang } from '../../i18n';
import { formatPlainDate } from '../../lib/format';
import { yen } from '../documents/docParts';
import styles from './Payouts.module.css';

export interface Prepared {
  amount: number;
  final: boolean;
  fee: number;
  /** Made when the member reviews the request; reused if sending it is retried. */
  key: string;
}

/** The account the money goes to: 「よろず銀行 本店 普通 ****567 ﾔﾏﾀﾞ ﾊﾅｺ」. */
export function AccountText({ account }: { account: BankAccount | null }) {
  const { t } = useTranslation();
  if (!account) return <>{t('payouts.request.accountUnknown')}</>;
  return (
    <>
      <span className="cell-sub">
        {account.bankName} {account.branchName}
      </span>
      <span className="cell-sub">
        {t(`payouts.accountTypes.${account.accountType}`)} <span className="mono">{account.numberMasked}</span>{' '}
        {account.holderName}
      </span>
    </>
  );
}

/** 「この内容で振込申請しますか?」: the request restated, with the transfer date and the account. */
export function PayoutConfirm({
  prepared,
  account,
  scheduledDate,
  headingRef,
  alert,
  sending,
  onSend,
  onBack,
}: {
  prepared: Prepared;
  account: BankAccount | null;
  scheduledDate: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  alert: ReactNode;
  sending: boolean;
  onSend: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className={`confirm-panel ${styles.confirm}`}>
      <h3 ref={headingRef} tabIndex={-1}>
        {t('payouts.request.confirmTitle')}
      </h3>
      <p>{t('payouts.request.confirmLead')}</p>
      <dl className={styles.confirmList} aria-label={t('payouts.request.confirmCaption')}>
        <Fact label={t('payouts.request.amount')}>
          {yen(prepared.amount)}
          {prepared.final && (
            <>
              {' '}
              <FinalBadge />
            </>
          )}
        </Fact>
        <Fact label={t('payouts.request.fee')}>{yen(prepared.fee)}</Fact>
        <div className={styles.confirmNet}>
          <dt>{t('payouts.request.net')}</dt>
          <dd>{yen(prepared.amount - prepared.fee)}</dd>
        </div>
        <Fact label={t('payouts.history.scheduledDate')}>{formatPlainDate(scheduledDate, lang)}</Fact>
        <Fact label={t('payouts.request.account')}>
          <AccountText account={account} />
        </Fact>
      </dl>
      {alert}
      <div className="form-actions">
        <Button busy={sending} onClick={onSend}>
          {t('payouts.request.submit')}
        </Button>
        <Button variant="secondary" disabled={sending} onClick={onBack}>
          {t('payouts.request.back')}
        </Button>
      </div>
    </div>
  );
}
