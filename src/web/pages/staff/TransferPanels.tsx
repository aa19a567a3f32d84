// Marking one transfer of a batch: done (with the date it reached the bank) or failed (with the reason).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FailPayoutBody } from '../../../shared/api/bank';
import { newIdempotencyKey } from '../../api/client';
import { payoutsApi, type StaffPayout } from '../../api/payouts';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatPlainDate } from '../../lib/format';

export interface PanelProps {
  payout: StaffPayout;
  amount: string;
  onDone: (p: StaffPayout) => void;
  onCancel: () => void;
}

/** 「振込完了」: asked once more; one Idempotency-Key for as long as the panel is open. */
export function DonePanel({ payout: p, amount, onDone, onCancel }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<Record<string, never>>({ fields: [] });
  const [key] = useState(newIdempotencyKey);
  const textRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    textRef.current?.focus();
  }, []);

  const submit = form.onSubmit(async () => onDone(await payoutsApi.markDone(p.id, key)));

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="payout-action-panel">
      <p ref={textRef} tabIndex={-1}>
        {t('payouts.batch.doneConfirm', { username: p.user.username, amount })}
      </p>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef}>
        {form.problem?.code === 'payout-before-transfer-date' && typeof form.problem.transferDate === 'string' && (
          <p>{t('payouts.batch.doneNotYet', { date: formatPlainDate(form.problem.transferDate, lang) })}</p>
        )}
      </FormAlert>
      <PanelActions submit={t('payouts.batch.doneSubmit')} busy={form.submitting} onCancel={onCancel} />
    </form>
  );
}

/**
 * 「振込失敗」: the reason (shown to the member), then 「振込失敗を確定する」. One
 * Idempotency-Key per reason tried, so a retry after a lost answer never acts twice.
 */
export function FailPanel({ payout: p, amount, onDone, onCancel }: PanelProps) {
  const { t } = useTranslation();
  const form = useApiForm<{ reason: string }>({ schema: FailPayoutBody, fields: ['reason'], defaultValues: { reason: '' } });
  const attempt = useRef<{ reason: string; key: string } | null>(null);
  const id = `fail${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  const submit = form.onSubmit(async ({ reason }) => {
    const trimmed = reason.trim();
    if (attempt.current?.reason !== trimmed) attempt.current = { reason: trimmed, key: newIdempotencyKey() };
    const updated = await payoutsApi.markFailed(p.id, { reason: trimmed }, attempt.current.key);
    attempt.current = null;
    onDone(updated);
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="payout-action-panel payout-fail-panel">
      <p>{t('payouts.batch.failConfirm', { username: p.user.username, amount })}</p>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <FormTextArea
        form={form}
        name="reason"
        id={id}
        label={t('payouts.batch.reason')}
        hint={t('payouts.batch.reasonHint')}
        required
        rows={3}
      />
      <PanelActions submit={t('payouts.batch.failSubmit')} danger busy={form.submitting} onCancel={onCancel} />
    </form>
  );
}

/** The panel's two buttons: record the result, or close the panel without recording it. */
function PanelActions({
  submit,
  danger,
  busy,
  onCancel,
}: {
  submit: string;
  danger?: boolean;
  busy: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="payout-actions">
      <Button type="submit" variant={danger ? 'danger' : 'primary'} className="btn-small" busy={busy}>
        {submit}
      </Button>
      <Button variant="secondary" className="btn-small" disabled={busy} onClick={onCancel}>
        {t('payouts.batch.cancel')}
      </Button>
    </div>
  );
}
