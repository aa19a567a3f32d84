// /report?kind=&id=&label= — 通報する: the form the small 「通報する」 links open.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import {
  REPORT_REASONS,
  REPORT_TARGET_KINDS,
  type ReportReason,
  type ReportTargetKind,
} from '../../../domain/moderation/reports';
import { toProblem } from '../../api/client';
import { moderationApi } from '../../api/moderation';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { Page } from '../../components/Page';

export function ReportPage() {
  const { t } = useTranslation();
  const params = new URLSearchParams(useLocation().search);
  const kind = params.get('kind') as ReportTargetKind | null;
  const id = params.get('id') ?? '';
  const label = params.get('label') ?? '';
  const [reason, setReason] = useState<ReportReason>('direct_deal');
  const [note, setNote] = useState('');
  const send = useMutation({
    mutationFn: () => moderationApi.report({ targetKind: kind ?? 'member', targetId: id, reason, note }),
  });
  const valid = kind !== null && REPORT_TARGET_KINDS.includes(kind) && id !== '';

  return (
    <Page className="narrow" title={t('moderation.report.title')} lead={t('moderation.report.lead')}>
      {valid && (
        <p>
          {t('moderation.report.target')}: {t(`moderation.kinds.${kind}`)} {label && `「${label}」`}
        </p>
      )}
      <StatusMessage>
        {send.isSuccess && (
          <>
            {t('moderation.report.done')} <Link to="/mypage/reports">{t('moderation.report.toMine')}</Link>
          </>
        )}
      </StatusMessage>
      {!send.isSuccess && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate();
          }}
          noValidate
        >
          <FormAlert problem={send.error ? toProblem(send.error) : null} />
          <fieldset className="field">
            <legend>{t('moderation.report.reason')}</legend>
            {REPORT_REASONS.map((r) => (
              <label key={r} className="radio">
                <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />{' '}
                {t(`moderation.reasons.${r}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t('moderation.report.note')}>
            {(control) => (
              <textarea {...control} rows={5} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </Field>
          <Button type="submit" busy={send.isPending} disabled={!valid}>
            {t('moderation.report.submit')}
          </Button>
        </form>
      )}
    </Page>
  );
}
