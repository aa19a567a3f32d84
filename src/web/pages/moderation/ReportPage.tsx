// /report?kind=&id=&label= — 通報する: the form the small 「通報する」 links open.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import {
  REPORT_REASONS,
  REPORT_TARGET_KINDS,
  type ReportReason,
  type ReportTargetKind,
} from '../../../domain/moderation/reports';
import { CreateReportBody } from '../../../shared/api/moderation';
import { moderationApi } from '../../api/moderation';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useApiForm } from '../../lib/form';
import styles from './Moderation.module.css';

const ReportFields = CreateReportBody.pick({ reason: true, note: true });

export function ReportPage() {
  const { t } = useTranslation();
  const params = new URLSearchParams(useLocation().search);
  const kind = params.get('kind') as ReportTargetKind | null;
  const id = params.get('id') ?? '';
  const label = params.get('label') ?? '';
  const valid = kind !== null && REPORT_TARGET_KINDS.includes(kind) && id !== '';
  const [sent, setSent] = useState(false);
  const form = useApiForm<{ reason: ReportReason; note: string }>({
    schema: ReportFields,
    fields: ['reason', 'note'],
    defaultValues: { reason: 'direct_deal', note: '' },
  });
  const reason = form.watch('reason');
  const submit = form.onSubmit(async (values) => {
    await moderationApi.report({ targetKind: kind ?? 'member', targetId: id, ...values });
    setSent(true);
  });

  return (
    <Page className="narrow" title={t('moderation.report.title')} lead={t('moderation.report.lead')}>
      {valid && (
        <dl className={`card ${styles.target}`}>
          <dt>{t('moderation.report.target')}</dt>
          <dd>
            {t(`moderation.kinds.${kind}`)} {label && <q className={styles.quote}>{label}</q>}
          </dd>
        </dl>
      )}
      <StatusMessage>
        {sent && (
          <>
            {t('moderation.report.done')} <Link to="/mypage/reports">{t('moderation.report.toMine')}</Link>
          </>
        )}
      </StatusMessage>
      {!sent && (
        <ApiFormFrame form={form} onSubmit={submit} className="form card">
          <RadioGroup<ReportReason>
            legend={t('moderation.report.reason')}
            name="reason"
            required
            value={reason}
            onChange={(v) => form.setValue('reason', v)}
            error={form.errorOf('reason')}
            options={REPORT_REASONS.map((r) => ({ value: r, label: t(`moderation.reasons.${r}`) }))}
          />
          <FormTextArea form={form} name="note" label={t('moderation.report.note')} rows={5} />
          <div className="form-actions">
            <Button type="submit" busy={form.submitting} disabled={!valid}>
              {t('moderation.report.submit')}
            </Button>
          </div>
        </ApiFormFrame>
      )}
    </Page>
  );
}
