// 見積りを送る: the seller's quote form in an inquiry — the price tax included with what the
// seller keeps of it (the service fee tiers, as in the package editor), the days, revisions,
// what is included and the valid-until date (today to 30 days ahead, a week by default).
import { useTranslation } from 'react-i18next';
import { QUOTE_LIMITS as L } from '../../../domain/quotes/quote';
import { QuoteBody } from '../../../shared/api/quotes';
import { fieldMessage } from '../../../shared/errors';
import { type Inquiry, quotesApi } from '../../api/quotes';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormAmountField, FormTextArea, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatPlainDate, formatYen } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { schemaErrors } from '../../lib/validate';
import { useSellerNet } from '../services/useSellerNet';
import styles from './quotes.module.css';

interface Values {
  price: string;
  deliveryDays: string;
  revisions: string;
  includes: string;
  validUntil: string;
}

const NUMBERS = ['price', 'deliveryDays', 'revisions'] as const;

function toBody(values: Values) {
  const parsed = Object.fromEntries(NUMBERS.map((k) => [k, parseWholeNumber(values[k])]));
  const invalid = NUMBERS.filter((k) => parsed[k] === 'invalid');
  const num = (k: (typeof NUMBERS)[number]) => (typeof parsed[k] === 'number' ? (parsed[k] as number) : undefined);
  return {
    invalid,
    body: {
      price: num('price'),
      deliveryDays: num('deliveryDays'),
      revisions: num('revisions'),
      includes: values.includes,
      validUntil: values.validUntil,
    },
  };
}

export function QuoteForm({ inquiry, onSent }: { inquiry: Inquiry; onSent: (next: Inquiry) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<Values>({
    fields: ['price', 'deliveryDays', 'revisions', 'includes', 'validUntil'],
    defaultValues: { price: '', deliveryDays: '', revisions: '1', includes: '', validUntil: inquiry.validUntil.default },
    check: (values) => {
      const { body, invalid } = toBody(values);
      const errors = schemaErrors(QuoteBody, body, lang);
      for (const k of invalid) errors[k] = fieldMessage('not-integer', lang);
      return errors;
    },
  });
  const typed = parseWholeNumber(form.watch('price'));
  const price = typeof typed === 'number' && typed >= L.priceMin && typed <= L.priceMax ? typed : null;
  const net = useSellerNet(price === null ? [] : [price])(price);

  const submit = form.onSubmit(async (values) => {
    const next = await quotesApi.send(inquiry.id, toBody(values).body as Parameters<typeof quotesApi.send>[1]);
    form.reset({ price: '', deliveryDays: '', revisions: '1', includes: '', validUntil: inquiry.validUntil.default });
    onSent(next);
  });

  return (
    <section aria-labelledby="quote-form" className="section card">
      <h2 id="quote-form">{t('quotes.form.title')}</h2>
      <p className="muted small">{t('quotes.form.lead')}</p>
      <ApiFormFrame form={form} onSubmit={submit} className="form">
        <FormAmountField
          form={form}
          name="price"
          label={t('quotes.form.price')}
          required
          width="amount"
          unit={t('quotes.form.priceUnit')}
        />
        <p className={styles.net} aria-live="polite">
          {price === null
            ? null
            : net === 'pending' || net === null
              ? t('quotes.form.netPending')
              : net === 'failed'
                ? t('quotes.form.netFailed')
                : t('quotes.form.net', {
                    net: formatYen(net.sellerNet),
                    fee: formatYen(net.sellerFee),
                    tax: formatYen(net.sellerFeeTax),
                  })}
        </p>
        <FormAmountField
          form={form}
          name="deliveryDays"
          label={t('quotes.form.deliveryDays')}
          required
          width="short"
          unit={t('quotes.form.daysUnit')}
        />
        <FormAmountField
          form={form}
          name="revisions"
          label={t('quotes.form.revisions')}
          required
          width="short"
          unit={t('quotes.form.revisionsUnit')}
        />
        <FormTextArea
          form={form}
          name="includes"
          label={t('quotes.form.includes')}
          hint={t('quotes.form.includesHint')}
          required
          rows={5}
        />
        <FormTextField
          form={form}
          name="validUntil"
          type="date"
          min={inquiry.validUntil.min}
          max={inquiry.validUntil.max}
          label={t('quotes.form.validUntil')}
          hint={t('quotes.form.validUntilHint', { max: formatPlainDate(inquiry.validUntil.max, lang) })}
          required
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {t('quotes.form.submit')}
          </Button>
        </div>
      </ApiFormFrame>
    </section>
  );
}
