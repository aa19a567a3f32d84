import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OperatorInfo } from '../../../shared/api/operator';
import { type FeeSchedule, workQueries } from '../../api/work';
import { useLang } from '../../i18n';
import { formatYenText } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import styles from './Legal.module.css';
import { WithOperator } from './OperatorDetails';

type Schedule = { upTo: number | null; rate: number }[];

/** 「20%(10万円まで)、10%(20万円まで)、5%」: the tiers of a fee as one line. */
function tiers(schedule: Schedule, lang: 'ja' | 'en'): string {
  return schedule
    .map((tier) => {
      const rate = `${tier.rate / 10_000}%`;
      if (tier.upTo === null) return rate;
      return lang === 'ja'
        ? `${rate}(${formatYenText(tier.upTo, lang)}までの部分)`
        : `${rate} (up to ${formatYenText(tier.upTo, lang)})`;
    })
    .join(lang === 'ja' ? '、' : ', ');
}

/** /legal/tokushoho — 特定商取引法に基づく表記, from the operator's settings and the fee schedule. */
export function LegalNoticePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('legal.tokushoho.title'));
  return (
    <article className={styles.legal}>
      <h1>{t('legal.tokushoho.title')}</h1>
      <WithOperator>{(operator) => <Notice operator={operator} />}</WithOperator>
    </article>
  );
}

function Notice({ operator }: { operator: OperatorInfo }) {
  const { t } = useTranslation();
  const lang = useLang();
  const fees = useQuery(workQueries.fees());
  const rows: [string, React.ReactNode][] = [
    [t('legal.tokushoho.operator'), operator.legalName],
    [t('legal.tokushoho.representative'), operator.representative],
    [t('legal.tokushoho.address'), `〒${operator.postalCode} ${operator.address}`],
    [t('legal.tokushoho.phone'), operator.phone],
    [
      t('legal.tokushoho.email'),
      <a key="email" href={`mailto:${operator.email}`}>
        {operator.email}
      </a>,
    ],
    [t('legal.tokushoho.hours'), operator.hours],
    [t('legal.tokushoho.invoiceNumber'), operator.invoiceNumber ?? t('legal.tokushoho.invoiceNone')],
    [t('legal.tokushoho.price'), <Prices key="prices" fees={fees.data} operator={operator} lang={lang} />],
    [t('legal.tokushoho.otherCosts'), t('legal.tokushoho.otherCostsBody')],
    [t('legal.tokushoho.payment'), operator.payments.methods.map((m) => t(PAYMENT_LABELS[m])).join(' / ')],
    [t('legal.tokushoho.paymentTiming'), t('legal.tokushoho.paymentTimingBody')],
    [t('legal.tokushoho.delivery'), t('legal.tokushoho.deliveryBody')],
    [t('legal.tokushoho.cancel'), t('legal.tokushoho.cancelBody')],
  ];
  return (
    <>
      <table className={styles.table}>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('legal.tokushoho.links')}</h2>
      <ul>
        <li>
          <Link to="/terms">{t('layout.terms')}</Link>
        </li>
        <li>
          <Link to="/privacy">{t('layout.privacy')}</Link>
        </li>
      </ul>
    </>
  );
}

function Prices({ fees, operator, lang }: { fees: FeeSchedule | undefined; operator: OperatorInfo; lang: 'ja' | 'en' }) {
  const { t } = useTranslation();
  const pct = (ppm: number) => `${ppm / 10_000}%`;
  return (
    <>
      <p>{t('legal.tokushoho.priceBody')}</p>
      {fees && (
        <ul>
          <li>
            {t('legal.tokushoho.workerFee')}: {tiers(fees.workerTiers, lang)}
          </li>
          <li>
            {t('legal.tokushoho.clientFee')}: {pct(fees.clientRate)}
          </li>
          <li>
            {t('legal.tokushoho.taskFee')}: {pct(fees.taskWorkerRate)}
          </li>
          <li>
            {t('legal.tokushoho.sellerFee')}: {tiers(fees.serviceSellerTiers, lang)}
          </li>
          <li>
            {t('legal.tokushoho.buyerFee')}: {pct(fees.serviceBuyerRate)}
          </li>
        </ul>
      )}
      <p>
        {t('legal.tokushoho.payoutFee', {
          fee: formatYenText(operator.payments.payoutFee, lang),
          minimum: formatYenText(operator.payments.payoutMinimum, lang),
        })}
      </p>
    </>
  );
}

const PAYMENT_LABELS = {
  bank_transfer: 'legal.tokushoho.bankTransfer',
  card: 'legal.tokushoho.card',
  konbini: 'legal.tokushoho.konbini',
} as const;
