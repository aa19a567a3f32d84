// The statistics that are better read than drawn: withdrawals by reason per month, and
// service orders, disputes and reports per month.
import { useTranslation } from 'react-i18next';
import type { StatisticsReport } from '../../../../shared/api/statistics';
import { WITHDRAWAL_REASONS } from '../../../../shared/api/withdrawal';
import { useLang } from '../../../i18n';
import { formatNumber } from '../../../lib/format';
import { DataTable } from '../../documents/docParts';

export function WithdrawalReasonsTable({ report }: { report: StatisticsReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reasons = [
    ...Object.entries(WITHDRAWAL_REASONS).map(([key, label]) => [key, label[lang]] as const),
    ['none', t('staffConsole.statistics.reasonNone')] as const,
  ];
  return (
    <section aria-labelledby="statistics-reasons" className="section">
      <h2 id="statistics-reasons">{t('staffConsole.statistics.reasonsTitle')}</h2>
      <DataTable caption={t('staffConsole.statistics.reasonsCaption')} className="statistics-reasons">
        <thead>
          <tr>
            <th scope="col">{t('staffConsole.statistics.month')}</th>
            <th scope="col" className="num">
              {t('staffConsole.statistics.withdrawals')}
            </th>
            {reasons.map(([key, label]) => (
              <th key={key} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.months.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="nowrap">
                {m.month}
              </th>
              <td className="num">{formatNumber(m.withdrawals, lang)}</td>
              {reasons.map(([key]) => (
                <td key={key} className="num">
                  {formatNumber(m.withdrawalReasons[key as keyof typeof m.withdrawalReasons], lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

export function OtherFiguresTable({ report }: { report: StatisticsReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="statistics-figures" className="section">
      <h2 id="statistics-figures">{t('staffConsole.statistics.figuresTitle')}</h2>
      <DataTable caption={t('staffConsole.statistics.figuresCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('staffConsole.statistics.month')}</th>
            <th scope="col" className="num">
              {t('staffConsole.statistics.serviceOrders')}
            </th>
            <th scope="col" className="num">
              {t('staffConsole.statistics.disputes')}
            </th>
            <th scope="col" className="num">
              {t('staffConsole.statistics.reports')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.months.map((m) => (
            <tr key={m.month}>
              <th scope="row" className="nowrap">
                {m.month}
              </th>
              <td className="num">{formatNumber(m.serviceOrders, lang)}</td>
              <td className="num">{formatNumber(m.disputesOpened, lang)}</td>
              <td className="num">
                {m.reports === null ? (
                  <span className="muted">{t('staffConsole.statistics.notRecorded')}</span>
                ) : (
                  formatNumber(m.reports, lang)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
