// The editor's repeated sections: the package table with the seller's net per package, the
// paid options and the FAQ, each a field array of the service form.
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SERVICE_LIMITS as L } from '../../../domain/services/limits';
import { Button } from '../../components/Button';
import { FormAmountField, FormTextArea, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import type { ApiForm } from '../../lib/form';
import { formatNumber } from '../../lib/format';
import styles from './ServiceForm.module.css';
import {
  emptyFaq,
  emptyOption,
  emptyPackage,
  packageSummary,
  previewPrices,
  type ServiceFormValues,
  typedNumber,
} from './serviceFormValues';
import { useServiceText } from './serviceText';
import { type NetLookup, useSellerNet } from './useSellerNet';

/** What the seller keeps of a price as typed: 「¥4,000(販売手数料 ¥1,100)」, or why not yet. */
function NetFigure({ price, net, id }: { price: string; net: NetLookup; id: string }) {
  const { t } = useTranslation();
  const text = useServiceText();
  const typed = typedNumber(price);
  const inRange = typed !== null && typed >= L.priceMin && typed <= L.priceMax;
  const figures = inRange ? net(typed) : null;
  return (
    <p id={id} className={styles.net} aria-live="polite">
      <span className={styles.netLabel}>{t('services.form.netLabel')}</span>{' '}
      {figures === null || figures === 'pending'
        ? inRange
          ? t('common.loading')
          : t('services.form.netPending')
        : figures === 'failed'
          ? t('services.form.netUnavailable')
          : t('services.form.netValue', {
              net: text.yen(figures.sellerNet),
              fee: text.yen(figures.sellerFee + figures.sellerFeeTax),
            })}
    </p>
  );
}

/** パッケージ: 1–3 columns with their price, days, revisions and what is included. */
export function PackagesEditor({ form }: { form: ApiForm<ServiceFormValues> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useServiceText();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'packages' });
  const packages = form.watch('packages');
  const options = form.watch('options');
  const net = useSellerNet(previewPrices({ packages, options }));
  const summary = packageSummary(packages);
  const ownError = form.formState.errors.packages?.root?.message ?? form.formState.errors.packages?.message;

  return (
    <fieldset className="fieldset">
      <legend>{t('services.form.packages')}</legend>
      <p className="field-hint">
        {t('services.form.packagesHint', { max: L.packagesMax, min: text.yen(L.priceMin), maxPrice: text.yen(L.priceMax) })}
      </p>
      {ownError && <p className="field-error">{ownError}</p>}
      <div className={styles.packageGrid} data-count={fields.length}>
        {fields.map((field, i) => (
          <fieldset key={field.id} className={styles.package}>
            <legend className={styles.packageLegend}>{t('services.form.packageN', { n: i + 1 })}</legend>
            <FormTextField
              form={form}
              name={`packages.${i}.name`}
              label={t('services.form.packageName')}
              required
              autoComplete="off"
              maxLength={L.packageNameMax + 10}
            />
            <FormAmountField
              form={form}
              name={`packages.${i}.price`}
              label={t('services.form.packagePrice')}
              unit={t('services.search.yen')}
              required
            />
            <NetFigure price={packages[i]?.price ?? ''} net={net} id={`package-${i}-net`} />
            <FormAmountField
              form={form}
              name={`packages.${i}.deliveryDays`}
              label={t('services.form.deliveryDays')}
              unit={t('services.form.days')}
              width="short"
              required
            />
            <FormAmountField
              form={form}
              name={`packages.${i}.revisions`}
              label={t('services.form.revisions')}
              unit={t('services.form.times')}
              width="short"
              required
            />
            <FormTextArea form={form} name={`packages.${i}.includes`} label={t('services.form.includes')} required rows={4} />
            {fields.length > 1 && (
              <Button variant="quiet" className="btn-small" onClick={() => remove(i)}>
                {t('services.form.removePackage')}
                <span className="visually-hidden">: {t('services.form.packageN', { n: i + 1 })}</span>
              </Button>
            )}
          </fieldset>
        ))}
      </div>
      {fields.length < L.packagesMax && (
        <p>
          <Button variant="secondary" onClick={() => append(emptyPackage(fields.length, lang))}>
            {t('services.form.addPackage')}
          </Button>
        </p>
      )}
      {summary && (
        <p className="muted small">
          {t('services.form.summary', {
            price: text.yen(summary.priceFrom),
            days: formatNumber(summary.deliveryDaysFrom, lang),
          })}
        </p>
      )}
    </fieldset>
  );
}

/** 有料オプション: up to ten, each with its price, extra days and what the seller keeps. */
export function OptionsEditor({ form }: { form: ApiForm<ServiceFormValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'options' });
  const packages = form.watch('packages');
  const options = form.watch('options');
  const net = useSellerNet(previewPrices({ packages, options }));
  return (
    <fieldset className="fieldset">
      <legend>{t('services.form.options')}</legend>
      <p className="field-hint">{t('services.form.optionsHint', { max: L.optionsMax })}</p>
      {fields.map((field, i) => (
        <fieldset key={field.id} className={styles.row}>
          <legend className={styles.packageLegend}>{t('services.form.optionN', { n: i + 1 })}</legend>
          <div className={styles.rowFields}>
            <FormTextField
              form={form}
              name={`options.${i}.title`}
              label={t('services.form.optionTitle')}
              required
              autoComplete="off"
              maxLength={L.optionTitleMax + 10}
            />
            <FormAmountField
              form={form}
              name={`options.${i}.price`}
              label={t('services.form.optionPrice')}
              unit={t('services.search.yen')}
              required
            />
            <FormAmountField
              form={form}
              name={`options.${i}.extraDays`}
              label={t('services.form.extraDays')}
              unit={t('services.form.days')}
              width="short"
              required
            />
          </div>
          <NetFigure price={options[i]?.price ?? ''} net={net} id={`option-${i}-net`} />
          <Button variant="quiet" className="btn-small" onClick={() => remove(i)}>
            {t('services.form.removeOption')}
            <span className="visually-hidden">: {t('services.form.optionN', { n: i + 1 })}</span>
          </Button>
        </fieldset>
      ))}
      {fields.length < L.optionsMax && (
        <p>
          <Button variant="secondary" onClick={() => append(emptyOption())}>
            {t('services.form.addOption')}
          </Button>
        </p>
      )}
    </fieldset>
  );
}

/** よくある質問: question and answer pairs. */
export function FaqEditor({ form }: { form: ApiForm<ServiceFormValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'faq' });
  return (
    <fieldset className="fieldset">
      <legend>{t('services.form.faq')}</legend>
      <p className="field-hint">{t('services.form.faqHint', { max: L.faqMax })}</p>
      {fields.map((field, i) => (
        <fieldset key={field.id} className={styles.row}>
          <legend className={styles.packageLegend}>{t('services.form.faqN', { n: i + 1 })}</legend>
          <FormTextField
            form={form}
            name={`faq.${i}.question`}
            label={t('services.form.question')}
            required
            autoComplete="off"
            maxLength={L.questionMax + 20}
          />
          <FormTextArea form={form} name={`faq.${i}.answer`} label={t('services.form.answer')} required rows={3} />
          <Button variant="quiet" className="btn-small" onClick={() => remove(i)}>
            {t('services.form.removeFaq')}
            <span className="visually-hidden">: {t('services.form.faqN', { n: i + 1 })}</span>
          </Button>
        </fieldset>
      ))}
      {fields.length < L.faqMax && (
        <p>
          <Button variant="secondary" onClick={() => append(emptyFaq())}>
            {t('services.form.addFaq')}
          </Button>
        </p>
      )}
    </fieldset>
  );
}
