// Pieces the payout pages share: the status badge and the bank account as one line.
import { useTranslation } from 'react-i18next';
import type { Payout, PayoutStatus } from '../../api/payouts';
import '../../money.css';
import './payouts.css';

const TONES: Record<PayoutStatus, string> = {
  requested: 'pending',
  batched: 'batched',
  paid: 'hired',
  failed: 'declined',
};

/** 申請中 / 振込手続き中 / 振込済み / 振込失敗 */
export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-state badge-state-${TONES[status]}`}>{t(`payouts.statuses.${status}`)}</span>;
}

/** 「退会時の全額振込」, for a final payout. */
export function FinalBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-subject payout-final">{t('payouts.finalBadge')}</span>;
}

/** 「よろず銀行 本店 ****567」 on two lines: the bank and branch, then the masked number. */
export function PayoutBank({ bank }: { bank: Payout['bank'] }) {
  return (
    <div>
      <span className="cell-sub">
        {bank.bankName} {bank.branchName}
      </span>
      <span className="cell-sub mono small">{bank.numberMasked}</span>
    </div>
  );
}
