// One quote (見積り) in an inquiry: its state, price, days, revisions, what is included and
// valid-until date; the buyer's buy link, the seller's net and withdraw, the order once bought.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Quote, quotesApi } from '../../api/quotes';
import { ConfirmStep } from '../../components/ConfirmStep';
import { FormAlert } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate, formatPlainDate, formatYen } from '../../lib/format';
import styles from './quotes.module.css';

const BADGE: Record<Quote['status'], string> = {
  open: 'badge-state-pending',
  bought: 'badge-state-hired',
  withdrawn: 'badge-state-withdrawn',
  expired: 'badge-state-expired',
};

export function QuoteCard({ quote, onChange }: { quote: Quote; onChange: (notice: string | null) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = `quote-${quote.id}`;
  return (
    <li className={`card ${styles.quote}`} aria-labelledby={headingId}>
      <div className={styles.quoteHead}>
        <h3 id={headingId}>{t('quotes.card.heading', { price: formatYen(quote.price) })}</h3>
        <span className={`badge badge-state ${BADGE[quote.status]}`}>{t(`quotes.card.status.${quote.status}`)}</span>
      </div>
      <dl className="facts facts-compact">
        <Fact label={t('quotes.card.price')} className="job-money">
          {formatYen(quote.price)}
        </Fact>
        {quote.sellerNet !== null && <Fact label={t('quotes.card.sellerNet')}>{formatYen(quote.sellerNet)}</Fact>}
        <Fact label={t('quotes.card.days')}>{t('quotes.card.daysValue', { days: quote.deliveryDays })}</Fact>
        <Fact label={t('quotes.card.revisions')}>{t('quotes.card.revisionsValue', { count: quote.revisions })}</Fact>
        <Fact label={t('quotes.card.validUntil')}>
          <time dateTime={quote.validUntil}>
            {t('quotes.card.validUntilValue', { date: formatPlainDate(quote.validUntil, lang) })}
          </time>
        </Fact>
        <Fact label={t('quotes.card.sentAt')}>
          <time dateTime={quote.createdAt}>{formatDate(quote.createdAt, lang)}</time>
        </Fact>
      </dl>
      <h4 className={styles.includesTitle}>{t('quotes.card.includes')}</h4>
      <p className={styles.includes}>{quote.includes}</p>
      {quote.actions.includes('buy') && (
        <p className="form-actions">
          <Link to={`/quotes/${encodeURIComponent(quote.id)}/purchase`} className="btn btn-primary">
            {t('quotes.card.buy')}
          </Link>
        </p>
      )}
      {quote.actions.includes('withdraw') && <WithdrawQuote quote={quote} onChange={onChange} />}
      {quote.contractId && (
        <p>
          <Link to={`/contracts/${encodeURIComponent(quote.contractId)}`}>{t('quotes.card.toOrder')}</Link>
        </p>
      )}
    </li>
  );
}

function WithdrawQuote({ quote, onChange }: { quote: Quote; onChange: (notice: string | null) => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Record<string, never>>({ fields: [] });
  const withdraw = () =>
    form.run(async () => {
      await quotesApi.withdraw(quote.id);
      onChange(t('quotes.card.withdrawn'));
    });
  return (
    <div>
      <FormAlert problem={form.problem} />
      <ConfirmStep
        variant="secondary"
        busy={form.submitting}
        label={t('quotes.card.withdraw')}
        title={t('quotes.card.withdraw')}
        confirmLabel={t('quotes.card.withdraw')}
        onConfirm={withdraw}
      >
        <p>{t('quotes.card.withdrawConfirm')}</p>
      </ConfirmStep>
    </div>
  );
}
