// /consultations/new[?contract=ID] — 相談窓口: a confidential consultation with staff about
// harassment, a contract's terms or anything else, opened from a contract or order page
// (which names the contract) or from My page.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CONSULTATION_CATEGORIES, type ConsultationCategory } from '../../../domain/consultations/consultation';
import { SendConsultationBody } from '../../../shared/api/consultations';
import { consultationsApi } from '../../api/consultations';
import { contractQueries } from '../../api/contracts';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useApiForm } from '../../lib/form';

const Fields = SendConsultationBody.pick({ category: true, description: true });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ConsultationFormPage() {
  const { t } = useTranslation();
  const param = new URLSearchParams(useLocation().search).get('contract') ?? '';
  const contractId = UUID.test(param) ? param : null;
  const contract = useQuery({ ...contractQueries.detail(contractId ?? ''), enabled: contractId !== null });
  const [sent, setSent] = useState(false);
  const form = useApiForm<{ category: ConsultationCategory; description: string }>({
    schema: Fields,
    fields: ['category', 'description', 'contractId'],
    defaultValues: { category: 'harassment', description: '' },
  });
  const category = form.watch('category');
  const submit = form.onSubmit(async (values) => {
    await consultationsApi.send({ ...values, contractId });
    setSent(true);
  });

  return (
    <Page
      className="narrow"
      title={t('consultations.form.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('consultations.form.lead')}
    >
      <p className="alert alert-info">{t('consultations.form.confidential')}</p>
      <StatusMessage>
        {sent && (
          <>
            {t('consultations.form.done')} <Link to="/mypage/consultations">{t('consultations.form.toMine')}</Link>
          </>
        )}
      </StatusMessage>
      {!sent && (
        <ApiFormFrame form={form} onSubmit={submit} className="form card">
          <dl className="facts facts-compact">
            <div>
              <dt>{t('consultations.form.reference')}</dt>
              <dd>
                {contractId ? (
                  <Link to={`/contracts/${encodeURIComponent(contractId)}`}>{contract.data?.title ?? contractId}</Link>
                ) : (
                  t('consultations.form.noReference')
                )}
              </dd>
            </div>
          </dl>
          <RadioGroup<ConsultationCategory>
            legend={t('consultations.form.category')}
            name="category"
            required
            value={category}
            onChange={(v) => form.setValue('category', v)}
            error={form.errorOf('category')}
            options={CONSULTATION_CATEGORIES.map((c) => ({ value: c, label: t(`consultations.categories.${c}`) }))}
          />
          <FormTextArea
            form={form}
            name="description"
            label={t('consultations.form.description')}
            hint={t('consultations.form.descriptionHint')}
            required
            rows={8}
          />
          <div className="form-actions">
            <Button type="submit" busy={form.submitting}>
              {t('consultations.form.submit')}
            </Button>
          </div>
        </ApiFormFrame>
      )}
    </Page>
  );
}
