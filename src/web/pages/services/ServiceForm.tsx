import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SERVICE_LIMITS as L } from '../../../domain/services/limits';
import { type ServiceDetailData, serviceQueries, servicesApi } from '../../api/services';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormAmountField, FormGroupedSelect, FormTextArea, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatNumber } from '../../lib/format';
import { categoryGroups } from '../jobs/jobText';
import { useServiceStatusChange } from './ServiceActions';
import { FaqEditor, OptionsEditor, PackagesEditor } from './ServiceFormParts';
import { ServiceImagesField, useServiceImages } from './ServiceImagesField';
import type { ServiceNotice } from './ServicePage';
import {
  checkServiceForm,
  SERVICE_FORM_FIELDS,
  type ServiceFormValues,
  serviceFormDefaults,
  toServiceInput,
} from './serviceFormValues';

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
