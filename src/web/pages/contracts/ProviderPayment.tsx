// A milestone paid through the payment provider: for コンビニ決済, the payment numbers per
// chain, the voucher (払込票) and the deadline (支払期限) while the payment waits; and a
// payment that failed or lapsed, with its reason and what to do next (pay again).
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../api/contracts';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatDateTime, formatYen } from '../../lib/format';

type Konbini = NonNullable<NonNullable<NonNullable<Milestone['deposit']>['payment']>['konbini']>;

const CHAINS: Record<string, string> = {
  familymart: 'ファミリーマート',
  lawson: 'ローソン',
  ministop: 'ミニストップ',
  seicomart: 'セイコーマート',
};

/** 支払い待ち: where and with which numbers the client pays at a convenience store. */
export function KonbiniInstructions({ milestone: m, konbini }: { milestone: Milestone; konbini: Konbini | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const deposit = m.deposit;
  if (!deposit) return null;
  return (
    <section aria-labelledby={`konbini-${m.id}`} className="transfer konbini">
      <h4 id={`konbini-${m.id}`}>
        {t('contracts.milestones.konbiniTitle')} <span className="badge">{t('contracts.milestones.konbiniWaiting')}</span>
      </h4>
      <p>{t('contracts.milestones.konbiniLead')}</p>
      <dl className="facts facts-compact transfer-facts">
        <Fact label={t('contracts.milestones.transferAmount')} className="transfer-amount">
          {formatYen(deposit.amount)}
        </Fact>
        {konbini && (
          <Fact label={t('contracts.milestones.konbiniDeadline')} className="konbini-deadline">
            {formatDateTime(konbini.expiresAt, lang)}
          </Fact>
        )}
      </dl>
      {konbini && konbini.stores.length > 0 && (
        <table className="table konbini-stores">
          <caption className="visually-hidden">{t('contracts.milestones.konbiniNumbers')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contracts.milestones.konbiniChain')}</th>
              <th scope="col">{t('contracts.milestones.konbiniConfirmation')}</th>
              <th scope="col">{t('contracts.milestones.konbiniCode')}</th>
            </tr>
          </thead>
          <tbody>
            {konbini.stores.map((s) => (
              <tr key={s.chain}>
                <th scope="row">{CHAINS[s.chain] ?? s.chain}</th>
                <td className="konbini-number">{s.confirmationNumber ?? '—'}</td>
                <td className="konbini-number">{s.paymentCode ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {konbini?.voucherUrl && (
        <p>
          <a href={konbini.voucherUrl} target="_blank" rel="noopener noreferrer">
            {t('contracts.milestones.konbiniVoucher')}
          </a>
        </p>
      )}
      <ul className="bullets small">
        <li>{t('contracts.milestones.konbiniConfirm')}</li>
        <li>{t('contracts.milestones.konbiniExpiry')}</li>
      </ul>
    </section>
  );
}

/** A card or konbini payment that failed or lapsed: why, and that the milestone can be paid again. */
export function PaymentFailureNote({ milestone: m }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const lang = useLang();
  const failure = m.paymentFailure;
  if (!failure) return null;
  return (
    <div className="alert alert-warning payment-failure" role="status">
      <p className="alert-title">{t(`contracts.milestones.paymentFailure.${failure.failure}.title`)}</p>
      <p>{t(`contracts.milestones.paymentFailure.${failure.failure}.body`)}</p>
      <p className="small">
        {t('contracts.milestones.paymentFailureAt', { date: formatDateTime(failure.at, lang) })}{' '}
        {m.actions.includes('fund') && t('contracts.milestones.paymentFailureAgain')}
      </p>
    </div>
  );
}
