import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { japaneseDate, type PaymentRecord, payoutSettingsQueries } from '../../api/payout-settings';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { formatYen } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PrintButton } from '../documents/docParts';

const JST = 9 * 3_600_000;
const thisYear = () => new Date(Date.now() + JST).getUTCFullYear();

/** /mypage/payment-records?year=YYYY — 支払調書: printable, one per client and worker, both sides. */
export function PaymentRecordsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const max = thisYear();
  const asked = Number(new URLSearchParams(location.search).get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= max ? asked : max;
  useDocumentTitle(t('autoPayouts.records.docTitle', { year }));
  const query = useQuery(payoutSettingsQueries.records(year));
  return (
    <div className="statements-page">
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('autoPayouts.records.title') }]} />
      <h1 className="doc-title">{t('autoPayouts.records.docTitle', { year })}</h1>
      <p className="lead">{t('autoPayouts.records.lead')}</p>
      <nav className="no-print records-years" aria-label={t('autoPayouts.records.title')}>
        <Link to={`/mypage/payment-records?year=${year - 1}`}>{t('autoPayouts.records.previous')}</Link>
        {year < max && (
          <>
            {' / '}
            <Link to={`/mypage/payment-records?year=${year + 1}`}>{t('autoPayouts.records.next')}</Link>
          </>
        )}
      </nav>
      <PrintButton />
      <QueryView query={query}>
        {(data) => (
          <>
            <RecordList title={t('autoPayouts.records.received')} records={data.received} />
            <RecordList title={t('autoPayouts.records.paid')} records={data.paid} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function RecordList({ title, records }: { title: string; records: PaymentRecord[] }) {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2>{title}</h2>
      {records.length === 0 ? <p className="muted">{t('autoPayouts.records.none')}</p> : null}
      {records.map((r) => (
        <article
          key={`${r.payer.username}/${r.payee.username}`}
          className="card doc"
          aria-label={`${r.payer.name} → ${r.payee.username}`}
        >
          <h3>
            {t('autoPayouts.records.title')}({t('autoPayouts.records.year', { year: r.year })})
          </h3>
          <dl className="facts">
            <dt>{t('autoPayouts.records.payer')}</dt>
            <dd>{r.payer.name}</dd>
            <dt>
              {t('autoPayouts.records.payee')}({t('autoPayouts.records.legalName')})
            </dt>
            <dd>{r.payee.legalName ?? t('autoPayouts.records.notRegistered')}</dd>
            <dt>
              {t('autoPayouts.records.payee')}({t('autoPayouts.records.address')})
            </dt>
            <dd>{r.payee.address ?? t('autoPayouts.records.notRegistered')}</dd>
            <dt>{t('autoPayouts.records.category')}</dt>
            <dd>{r.category}</dd>
            <dt>{t('autoPayouts.records.amount')}</dt>
            <dd>{formatYen(r.amount)}</dd>
            <dt>{t('autoPayouts.records.tax')}</dt>
            <dd>{formatYen(r.tax)}</dd>
            <dt>{t('autoPayouts.records.withholding')}</dt>
            <dd>{formatYen(r.withholding)}</dd>
          </dl>
          {r.mustFile && <p className="small">{t('autoPayouts.records.mustFile')}</p>}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1). */}
          <section className="table-scroll" aria-label={t('autoPayouts.records.lines')} tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('autoPayouts.records.date')}</th>
                  <th scope="col">{t('autoPayouts.records.work')}</th>
                  <th scope="col">{t('autoPayouts.records.amount')}</th>
                  <th scope="col">{t('autoPayouts.records.withholding')}</th>
                </tr>
              </thead>
              <tbody>
                {r.lines.map((l) => (
                  <tr key={`${l.contractId}/${l.date}/${l.amount}`}>
                    <td className="nowrap">{japaneseDate(l.date)}</td>
                    <td className="records-work">{l.title}</td>
                    <td className="num nowrap">{formatYen(l.amount)}</td>
                    <td className="num nowrap">{formatYen(l.withholding)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </article>
      ))}
    </section>
  );
}
