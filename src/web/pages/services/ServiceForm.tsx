import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_LIMITS as L } from '../../../domain/services/limits';
import { type ServiceDetailData, serviceQueries, servicesApi } from '../../api/services';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormAmountField, FormGroupedSelect, FormTextArea, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { type ApiForm, useApiForm } from '../../lib/form';
import { formatNumber } from '../../lib/format';
import { categoryGroups } from '../jobs/jobText';
import { useServiceStatusChange } from './ServiceActions';
import styles from './ServiceForm.module.css';
import { ServiceImagesField, useServiceImages } from './ServiceImagesField';
import type { ServiceNotice } from './ServicePage';
import {
  checkServiceForm,
  emptyFaq,
  emptyOption,
  emptyPackage,
  packageSummary,
  previewPrices,
  SERVICE_FORM_FIELDS,
  type ServiceFormValues,
  serviceFormDefaults,
  toServiceInput,
  typedNumber,
} from './serviceFormValues';
import { useServiceText } from './serviceText';
import { type NetLookup, useSellerNet } from './useSellerNet';

interface Props {
  /** The service being edited; null for a new one. */
  initial: ServiceDetailData | null;
  onSaved: (service: ServiceDetailData, notice: ServiceNotice) => void;
}

/**
 * The service editor: the basics, images, the package table (1–3 columns side by side on
 * a wide screen, one under the other on a phone, each with what the seller keeps), paid
 * options, FAQ and the order settings. 「下書き保存」 keeps a draft; 「保存して公開する」
 * saves, then publishes, and a refusal marks every field still missing.
 */
export function ServiceForm({ initial, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const publishStep = useServiceStatusChange();
  const images = useServiceImages(initial?.images ?? []);
  // The service as last saved: a publish refused after the save edits that draft next time.
  const saved = useRef<ServiceDetailData | null>(initial);
  const publishRef = useRef(false);
  const [publishing, setPublishing] = useState(false);
  const canPublish = !initial || initial.viewer.actions.includes('publish');
  const isDraft = !initial || initial.status === 'draft';

  const form = useApiForm<ServiceFormValues>({
    fields: SERVICE_FORM_FIELDS,
    defaultValues: serviceFormDefaults(initial, lang),
    check: (values) => ({
      ...checkServiceForm(values, images.ids, lang),
      ...(images.pending > 0 ? { imageIds: t('attachments.wait') } : {}),
    }),
  });

  const save = form.onSubmit(async (values) => {
    const current = saved.current;
    const { body } = toServiceInput(values, images.ids, current?.version, lang);
    let next = current ? await servicesApi.update(current.id, body) : await servicesApi.create(body);
    saved.current = next;
    queryClient.setQueryData(serviceQueries.detail(next.id).queryKey, next);
    void queryClient.invalidateQueries({ queryKey: serviceQueries.mine().queryKey });
    if (publishRef.current) {
      next = await publishStep(next.id, 'publish');
      saved.current = next;
    }
    onSaved(next, publishRef.current ? 'publish' : current ? 'saved' : 'created');
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    // Enter in a text box saves; publishing needs its own button.
    publishRef.current = canPublish && submitter instanceof HTMLButtonElement && submitter.value === 'publish';
    setPublishing(publishRef.current);
    void save(e);
  };

  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form" aria-labelledby="service-form-title">
      <fieldset className="fieldset">
        <legend>{t('services.form.basics')}</legend>
        <FormTextField
          form={form}
          name="title"
          label={t('services.form.title')}
          hint={t('services.form.titleHint', { min: L.titleMin, max: L.titleMax })}
          required
          autoComplete="off"
          maxLength={L.titleMax + 20}
        />
        <FormGroupedSelect
          form={form}
          name="category"
          label={t('services.form.category')}
          required
          leading={[{ value: '', label: t('services.form.categoryChoose') }]}
          groups={categoryGroups(lang)}
        />
        <FormTextArea
          form={form}
          name="description"
          label={t('services.form.description')}
          hint={t('services.form.descriptionHint', { min: L.descriptionMin, max: formatNumber(L.descriptionMax, lang) })}
          required
          rows={10}
        />
        <FormTextField
          form={form}
          name="tags"
          label={t('services.form.tags')}
          hint={t('services.form.tagsHint', { max: L.tagsMax, each: L.tagMax })}
          autoComplete="off"
        />
        <ServiceImagesField images={images} error={form.errorOf('imageIds')} />
      </fieldset>

      <PackagesEditor form={form} />
      <OptionsEditor form={form} />
      <FaqEditor form={form} />

      <fieldset className="fieldset">
        <legend>{t('services.form.terms')}</legend>
        <FormTextArea
          form={form}
          name="buyerRequest"
          label={t('services.form.buyerRequest')}
          hint={t('services.form.buyerRequestHint')}
          rows={4}
        />
        <FormAmountField
          form={form}
          name="capacity"
          label={t('services.form.capacity')}
          hint={t('services.form.capacityHint', { min: L.capacityMin, max: L.capacityMax })}
          unit={t('services.form.orders')}
          width="short"
          required
        />
        <FormAmountField
          form={form}
          name="acceptanceDays"
          label={t('services.form.acceptanceDays')}
          hint={t('services.form.acceptanceDaysHint', { min: L.acceptanceDaysMin, max: L.acceptanceDaysMax })}
          unit={t('services.form.days')}
          width="short"
          required
        />
      </fieldset>

      <div className="form-actions">
        <Button
          type="submit"
          variant={canPublish ? 'secondary' : 'primary'}
          name="intent"
          value="save"
          busy={form.submitting && !publishing}
          disabled={form.submitting}
        >
          {isDraft ? t('services.form.saveDraft') : t('services.form.saveChanges')}
        </Button>
        {canPublish && (
          <Button type="submit" name="intent" value="publish" busy={form.submitting && publishing} disabled={form.submitting}>
            {t('services.form.saveAndPublish')}
          </Button>
        )}
      </div>
      <p>
        <Link to={initial ? `/services/${encodeURIComponent(initial.id)}` : '/mypage/services'}>
          {initial ? t('services.form.toService') : t('services.form.back')}
        </Link>
      </p>
    </ApiFormFrame>
  );
}

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
function PackagesEditor({ form }: { form: ApiForm<ServiceFormValues> }) {
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
function OptionsEditor({ form }: { form: ApiForm<ServiceFormValues> }) {
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
function FaqEditor({ form }: { form: ApiForm<ServiceFormValues> }) {
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
