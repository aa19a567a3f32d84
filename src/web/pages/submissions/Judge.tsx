// 承認する / 非承認にする on one pending submission: approval after a confirmation naming
// what the worker receives, rejection with a reason unless the rejection cap is reached.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import { RejectBody } from '../../../shared/api/work';
import { type Submission, type SubmissionList, workApi } from '../../api/work';
import { Button } from '../../components/Button';
import { FormTextArea } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatNumber, formatYen } from '../../lib/format';
import { ActionAlert, useIdempotencyKey } from '../contracts/contractParts';
import { PanelActions, PanelHeading, workOf } from '../jobs/workParts';

type Panel = 'approve' | 'reject';

/** 承認する / 非承認にする for one pending submission, each opening its own panel. */
export function Judge({
  job,
  submission: s,
  list,
  onChange,
  onStale,
}: {
  job: JobDetail;
  submission: Submission;
  list: SubmissionList;
  onChange: (next: SubmissionList, message: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Panel | null>(null);
  const [back, setBack] = useState<{ panel: Panel; n: number } | null>(null);
  const name = s.worker.displayName;
  const openerId = (p: Panel) => `submission-${s.id}-${p}`;
  useEffect(() => {
    if (back) document.getElementById(`submission-${s.id}-${back.panel}`)?.focus();
  }, [back, s.id]);
  const close = () => {
    if (open) setBack((b) => ({ panel: open, n: (b?.n ?? 0) + 1 }));
    setOpen(null);
  };

  if (open === 'approve') return <ApprovePanel job={job} submission={s} onChange={onChange} onStale={onStale} onCancel={close} />;
  if (open === 'reject') return <RejectPanel submission={s} list={list} onChange={onChange} onStale={onStale} onCancel={close} />;
  return (
    <div className="form-actions submission-actions">
      <Button id={openerId('approve')} onClick={() => setOpen('approve')}>
        {t('work.review.approve')}
        <span className="visually-hidden">: {name}</span>
      </Button>
      <Button id={openerId('reject')} variant="danger" onClick={() => setOpen('reject')}>
        {t('work.review.reject')}
        <span className="visually-hidden">: {name}</span>
      </Button>
    </div>
  );
}

interface PanelProps {
  submission: Submission;
  onChange: (next: SubmissionList, message: string) => void;
  onStale: () => void;
  onCancel: () => void;
}

function ApprovePanel({ job, submission: s, onChange, onStale, onCancel }: PanelProps & { job: JobDetail }) {
  const { t } = useTranslation();
  const form = useApiForm({ fields: [] });
  const idempotency = useIdempotencyKey();
  const money = workOf(job)?.money;
  const approve = form.onSubmit(async () => {
    const next = await idempotency.send((key) => workApi.approve(s.id, key));
    onChange(next, t('work.review.approvedDone', { name: s.worker.displayName }));
  });
  return (
    <div className="contract-panel submission-panel">
      <PanelHeading level={4}>{t('work.review.approveTitle')}</PanelHeading>
      <p>
        {t('work.review.approveBody', {
          name: s.worker.displayName,
          amount: formatYen(money?.unitPrice ?? 0),
        })}
      </p>
      {money && (
        <p className="muted small">
          {t('work.review.approveNet', { name: s.worker.displayName, amount: formatYen(money.workerNet) })}
        </p>
      )}
      <ActionAlert form={form} onStale={onStale} />
      <PanelActions busy={form.submitting} onBack={onCancel}>
        <Button busy={form.submitting} onClick={() => void approve()}>
          {t('work.review.approveConfirm')}
        </Button>{' '}
      </PanelActions>
    </div>
  );
}

function RejectPanel({ submission: s, list, onChange, onStale, onCancel }: PanelProps & { list: SubmissionList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ reason: string }>({ schema: RejectBody, fields: ['reason'], defaultValues: { reason: '' } });
  // Counted per worker too: a worker already turned down may be rejected whole within the cap.
  const capped = !(s.rejectable ?? list.rejection.allowedNow);

  const submit = form.onSubmit(async ({ reason }) => {
    const next = await workApi.reject(s.id, reason);
    onChange(next, t('work.review.rejectedDone', { name: s.worker.displayName }));
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form confirm-panel submission-panel">
      <PanelHeading level={4}>{t('work.review.rejectTitle')}</PanelHeading>
      {capped ? (
        <div className="alert alert-warning">
          <p className="alert-title">{t('work.review.cappedTitle')}</p>
          <p>
            {t('work.review.cappedBody', {
              percent: formatNumber(list.rejection.limitPercent, lang),
              n: formatNumber(list.rejection.submissionsUntilNext ?? 0, lang),
            })}
          </p>
        </div>
      ) : (
        <p>{t('work.review.rejectBody')}</p>
      )}
      <ActionAlert form={form} onStale={onStale} />
      {!capped && (
        <FormTextArea
          form={form}
          name="reason"
          label={t('work.review.rejectReason')}
          hint={t('work.review.rejectReasonHint')}
          required
          rows={4}
        />
      )}
      <PanelActions busy={form.submitting} onBack={onCancel}>
        {!capped && (
          <Button type="submit" variant="danger" busy={form.submitting}>
            {t('work.review.rejectConfirm')}
          </Button>
        )}{' '}
      </PanelActions>
    </form>
  );
}
