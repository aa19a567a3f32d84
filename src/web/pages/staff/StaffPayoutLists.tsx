// The finance staff's lists: the payout batches made so far and the requests waiting for one.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PayoutBatchSummary, StaffPayout } from '../../api/payouts';
import { TableHead } from '../../components/money/TableHead';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatPlainDate } from '../../lib/format';
import { toDateInput } from '../../lib/input';
import { DataTable, YenCells, yen } from '../documents/docParts';
import { PayoutMemberCells } from '../mypage/payoutParts';

/** Where a payout batch's page is. */
export const batchPath = (id: string) => `/staff/payouts/batches/${encodeURIComponent(id)}`;

export function BatchList({ batches }: { batches: PayoutBatchSummary[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="payout-batches" className="section">
      <h2 id="payout-batches">{t('payouts.staff.batchesTitle')}</h2>
      {batches.length === 0 ? (
        <p className="card empty-state">{t('payouts.staff.batchesEmpty')}</p>
      ) : (
        <DataTable caption={t('payouts.staff.batchesCaption', { count: formatNumber(batches.length, lang) })} stack>
          <TableHead
            columns={[
              { label: t('payouts.staff.paymentDate') },
              { label: t('payouts.staff.count'), className: 'num' },
              { label: t('payouts.staff.total'), className: 'num' },
              { label: t('payouts.staff.open'), className: 'num' },
              { label: t('payouts.staff.createdAt') },
            ]}
          />
          <tbody>
            {batches.map((b) => (
              <tr key={b.id}>
                <th scope="row" className="nowrap">
                  <Link to={batchPath(b.id)}>{t('payouts.staff.batchLink', { date: formatPlainDate(b.paymentDate, lang) })}</Link>
                </th>
                <td className="num" data-label={t('payouts.staff.count')}>
                  {formatNumber(b.count, lang)}
                </td>
                <td className="num strong" data-label={t('payouts.staff.total')}>
                  {yen(b.total)}
                </td>
                <td className="num" data-label={t('payouts.staff.open')}>
                  {b.open > 0 ? <span className="badge badge-state badge-state-batched">{formatNumber(b.open, lang)}</span> : '0'}
                </td>
                <td className="nowrap" data-label={t('payouts.staff.createdAt')}>
                  <time dateTime={b.createdAt}>{formatDateTime(b.createdAt, lang)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

export function RequestedList({ requested }: { requested: StaffPayout[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [today] = useState(() => toDateInput(new Date()));
  return (
    <section aria-labelledby="payout-requested" className="section">
      <h2 id="payout-requested">{t('payouts.staff.requestedTitle')}</h2>
      {requested.length === 0 ? (
        <p className="card empty-state">{t('payouts.staff.requestedEmpty')}</p>
      ) : (
        <DataTable
          caption={t('payouts.staff.requestedCaption', { count: formatNumber(requested.length, lang) })}
          className="staff-table"
          stack
        >
          <TableHead
            columns={[
              { label: t('payouts.staff.member') },
              { label: t('payouts.staff.bank') },
              { label: t('payouts.staff.amount'), className: 'num' },
              { label: t('payouts.staff.fee'), className: 'num' },
              { label: t('payouts.staff.net'), className: 'num' },
              { label: t('payouts.staff.scheduledDate') },
              { label: t('payouts.staff.requestedAt') },
            ]}
          />
          <tbody>
            {requested.map((p) => (
              <tr key={p.id}>
                <PayoutMemberCells payout={p} />
                <YenCells
                  cells={[
                    { label: t('payouts.staff.amount'), amount: p.amount },
                    { label: t('payouts.staff.fee'), amount: p.fee },
                    { label: t('payouts.staff.net'), amount: p.net, strong: true },
                  ]}
                />
                <td data-label={t('payouts.staff.scheduledDate')}>
                  <div>
                    <span className="nowrap">{formatPlainDate(p.scheduledDate, lang)}</span>
                    {p.scheduledDate < today && <span className="cell-sub payout-overdue">{t('payouts.staff.overdue')}</span>}
                  </div>
                </td>
                <td className="nowrap" data-label={t('payouts.staff.requestedAt')}>
                  <time dateTime={p.requestedAt}>{formatDateTime(p.requestedAt, lang)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
