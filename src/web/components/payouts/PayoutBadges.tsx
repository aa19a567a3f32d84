// Pieces the member's and the staff's payout pages share: the status badge, the final
// payout badge, the bank account as two lines and the member's cells of a staff table.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Payout, PayoutStatus, StaffPayout } from '../../api/payouts';
import styles from './PayoutBadges.module.css';

const TONES: Record<PayoutStatus, string> = {
  requested: 'badge-state-pending',
  batched: styles.batched ?? '',
  paid: 'badge-state-hired',
  failed: 'badge-state-declined',
};

/** 申請中 / 振込手続き中 / 振込済み / 振込失敗 */
export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-state ${TONES[status]}`}>{t(`payouts.statuses.${status}`)}</span>;
}

/** 「退会時の全額振込」, for a final payout. */
export function FinalBadge() {
  const { t } = useTranslation();
  return <span className={`badge badge-subject ${styles.final}`}>{t('payouts.finalBadge')}</span>;
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

/** The first cells of a row in the staff's payout tables: the member (and 「退会時の全額振込」), then the bank account. */
export function PayoutMemberCells({ payout }: { payout: StaffPayout }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="row" className="nowrap" data-label={t('payouts.staff.member')}>
        <div>
          <Link to={`/u/${encodeURIComponent(payout.user.username)}`}>@{payout.user.username}</Link>
          {payout.final && (
            <span className="cell-sub">
              <FinalBadge />
            </span>
          )}
        </div>
      </th>
      <td data-label={t('payouts.staff.bank')}>
        <PayoutBank bank={payout.bank} />
      </td>
    </>
  );
}
