import { useTranslation } from 'react-i18next';
import type { Payout } from '../../api/payouts';
import { TableHead } from '../../components/money/TableHead';
import { FinalBadge, PayoutStatusBadge } from '../../components/payouts/PayoutBadges';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPlainDate } from '../../lib/format';
import { DataTable, yen } from '../documents/docParts';
import styles from './Payouts.module.css';

/** 振込履歴: every payout request, newest first, with its state and transfer date. */
export function PayoutHistory({ items }: { items: Payout[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="payout-history" className="section">
      <h2 id="payout-history">{t('payouts.history.title')}</h2>
      {items.length === 0 ? <p className="card empty-state">{t('payouts.history.empty')}</p> : <HistoryTable items={items} />}
    </section>
  );
}

function HistoryTable({ items }: { items: Payout[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DataTable caption={t('payouts.history.caption', { count: formatNumber(items.length, lang) })} captionHidden stack>
      <TableHead
        columns={[
          { label: t('payouts.history.requestedAt') },
          { label: t('payouts.history.amount'), className: 'num' },
          { label: t('payouts.history.fee'), className: 'num' },
          { label: t('payouts.history.net'), className: 'num' },
          { label: t('payouts.history.status') },
          { label: t('payouts.history.scheduledDate') },
          { label: t('payouts.history.paidAt') },
        ]}
      />
      <tbody>
        {items.map((p) => (
          <tr key={p.id}>
            <th scope="row" className="nowrap" data-label={t('payouts.history.requestedAt')}>
              <time dateTime={p.requestedAt}>{formatDateTime(p.requestedAt, lang)}</time>
            </th>
            <td className="num" data-label={t('payouts.history.amount')}>
              <div>
                {yen(p.amount)}
                {p.final && (
                  <span className="cell-sub">
                    <FinalBadge />
                  </span>
                )}
              </div>
            </td>
            <td className="num" data-label={t('payouts.history.fee')}>
              {yen(p.fee)}
            </td>
            <td className="num strong" data-label={t('payouts.history.net')}>
              {yen(p.net)}
            </td>
            <td className={styles.statusCell} data-label={t('payouts.history.status')}>
              <div>
                <PayoutStatusBadge status={p.status} />
                {p.status === 'failed' && (
                  <>
                    {p.failureReason && (
                      <p className={styles.failure}>{t('payouts.history.failureReason', { reason: p.failureReason })}</p>
                    )}
                    <p className={`${styles.failure} muted`}>{t('payouts.history.returned')}</p>
                  </>
                )}
              </div>
            </td>
            <td className="nowrap" data-label={t('payouts.history.scheduledDate')}>
              {formatPlainDate(p.scheduledDate, lang)}
            </td>
            <td className="nowrap" data-label={t('payouts.history.paidAt')}>
              {p.paidAt ? <time dateTime={p.paidAt}>{formatDate(p.paidAt, lang)}</time> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
