// What the viewer may do with a milestone now, each behind its own panel: 仮払い and
// 振込の取り消し (client), 納品 (worker), 検収 and 修正依頼 (client).
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DeliverBody, RevisionBody } from '../../../shared/api/contracts';
import { type Contract, contractsApi, type Milestone, type MilestoneFundMethod } from '../../api/contracts';
import { operatorQueries } from '../../api/operator';
import { AttachmentField, attachmentError, useAttachments } from '../../components/Attachments';
import { Button } from '../../components/Button';
import { FormTextArea } from '../../components/FormFields';
import { FundMethodChoice } from '../../components/FundMethodChoice';
import { useLang } from '../../i18n';
import { type ApiForm, flattenErrors, useApiForm } from '../../lib/form';
import { formatNumber, formatYen } from '../../lib/format';
import { schemaErrors } from '../../lib/validate';
import { ActionAlert, type PanelProps, useIdempotencyKey } from './contractParts';

type Panel = 'fund' | 'cancel_deposit' | 'deliver' | 'accept' | 'request_revision';

const OPENERS: { action: Milestone['actions'][number]; label: string; variant: 'primary' | 'secondary' | 'danger' }[] = [
  { action: 'fund', label: 'fund', variant: 'primary' },
  { action: 'deliver', label: 'deliver', variant: 'primary' },
  { action: 'accept', label: 'accept', variant: 'primary' },
  { action: 'request_revision', label: 'requestRevision', variant: 'secondary' },
  { action: 'cancel_deposit', label: 'cancelDeposit', variant: 'danger' },
];

export function MilestoneActions({ milestone: m, ...props }: PanelProps & { milestone: Milestone; heading: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Panel | null>(null);
  const [focusBack, setFocusBack] = useState<{ panel: Panel; n: number } | null>(null);
  const openerId = (panel: Panel) => `milestone-${m.id}-${panel}`;

  useEffect(() => {
    if (focusBack) document.getElementById(`milestone-${m.id}-${focusBack.panel}`)?.focus();
  }, [focusBack, m.id]);

  const close = () => {
    if (open) setFocusBack((f) => ({ panel: open, n: (f?.n ?? 0) + 1 }));
    setOpen(null);
  };
  const done: PanelProps['onChange'] = (next, notice) => {
    setOpen(null);
    props.onChange(next, notice);
  };
  const panel = { milestone: m, contract: props.contract, onChange: done, onStale: props.onStale, onCancel: close };

  return (
    <div className="milestone-actions">
      {open === null ? (
        <div className="form-actions">
          {OPENERS.filter((o) => m.actions.includes(o.action)).map((o) => (
            <Button key={o.action} id={openerId(o.action)} variant={o.variant} onClick={() => setOpen(o.action)}>
              {t(`contracts.milestones.${o.label as 'fund'}`)}
            </Button>
          ))}
        </div>
      ) : (
        <>
          {open === 'fund' && <FundPanel {...panel} />}
          {open === 'cancel_deposit' && <CancelDepositPanel {...panel} />}
          {open === 'deliver' && <DeliverPanel {...panel} />}
          {open === 'accept' && <AcceptPanel {...panel} />}
          {open === 'request_revision' && <RevisionPanel {...panel} />}
        </>
      )}
    </div>
  );
}

interface ActionPanelProps {
  milestone: Milestone;
  contract: Contract;
  onChange: PanelProps['onChange'];
  onStale: () => void;
  onCancel: () => void;
}

/** A panel's heading, focused when the panel opens. */
function PanelHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h4 ref={ref} tabIndex={-1}>
      {children}
    </h4>
  );
}

/** The panel's action and 「戻る」; the action submits the form unless `onClick` is given. */
function PanelButtons<T extends FieldValues>({
  form,
  label,
  variant,
  onClick,
  onCancel,
}: {
  form: ApiForm<T>;
  label: string;
  variant?: 'primary' | 'danger';
  onClick?: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <Button type={onClick ? 'button' : 'submit'} variant={variant} busy={form.submitting} onClick={onClick}>
        {label}
      </Button>
      <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
        {t('contracts.milestones.back')}
      </Button>
    </div>
  );
}

const FUND_DONE = {
  bank_transfer: 'transferRequested',
  stripe_konbini: 'konbiniRequested',
  dev_card: 'funded',
} as const;

function FundPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useApiForm<{ method: MilestoneFundMethod }>({ fields: ['method'], defaultValues: { method: 'bank_transfer' } });
  const konbini = useQuery(operatorQueries.operator()).data?.payments.methods.includes('konbini') ?? false;
  const idempotency = useIdempotencyKey();
  const method = form.watch('method');
  const amount = formatYen(m.money.escrow);

  const submit = form.onSubmit(async ({ method }) => {
    const next = await idempotency.send((key) => contractsApi.fund(m.id, method, key));
    onChange(next, t(`contracts.milestones.${FUND_DONE[method]}`, { title: m.title }));
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form contract-panel">
      <PanelHeading>{t('contracts.milestones.fundTitle')}</PanelHeading>
      <p className="job-money">{t('contracts.milestones.fundAmount', { amount })}</p>
      <ActionAlert form={form} onStale={onStale} />
      <FundMethodChoice
        name={`fund-method-${m.id}`}
        value={method}
        onChange={(v) => {
          // Another method is another request: it needs its own key.
          idempotency.reset();
          form.clearProblem();
          form.clearErrors();
          form.setValue('method', v);
        }}
        error={form.errorOf('method')}
        hints={{ bank_transfer: t('contracts.milestones.bankTransferHint'), dev_card: t('contracts.milestones.devCardHint') }}
        konbiniHint={konbini ? t('contracts.milestones.konbiniHint') : undefined}
      />
      <PanelButtons form={form} label={t('contracts.milestones.fundSubmit', { amount })} onCancel={onCancel} />
    </form>
  );
}

function CancelDepositPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useApiForm({ fields: [] });
  const deposit = m.deposit;
  const cancel = form.onSubmit(async () => {
    if (!deposit) return;
    const next = await contractsApi.cancelDeposit(deposit.id);
    onChange(next, t('contracts.milestones.depositCancelled'));
  });
  return (
    <div className="confirm-panel">
      <PanelHeading>{t('contracts.milestones.cancelDepositTitle')}</PanelHeading>
      <p>{t('contracts.milestones.cancelDepositBody')}</p>
      <ActionAlert form={form} onStale={onStale} />
      <PanelButtons
        form={form}
        variant="danger"
        label={t('contracts.milestones.cancelDepositConfirm')}
        onClick={() => void cancel()}
        onCancel={onCancel}
      />
    </div>
  );
}

function DeliverPanel({ milestone: m, contract, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const attachments = useAttachments();
  const form = useApiForm<{ message: string }>({
    fields: ['message', 'attachmentIds'],
    defaultValues: { message: '' },
    check: ({ message }): Record<string, string> =>
      attachments.busy
        ? { attachmentIds: t('attachments.wait') }
        : schemaErrors(DeliverBody, { message, attachmentIds: attachments.ids }, lang),
  });

  const submit = form.onSubmit(async ({ message }) => {
    const next = await contractsApi.deliver(m.id, { message, attachmentIds: attachments.ids });
    attachments.reset();
    onChange(next, t('contracts.milestones.delivered', { title: m.title }));
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form contract-panel">
      <PanelHeading>{t('contracts.milestones.deliverTitle')}</PanelHeading>
      <p className="note">{t('contracts.milestones.deliverNote', { days: formatNumber(contract.rules.autoAcceptDays, lang) })}</p>
      <ActionAlert form={form} onStale={onStale} />
      <FormTextArea
        form={form}
        name="message"
        label={t('contracts.milestones.deliverMessage')}
        hint={t('contracts.milestones.deliverMessageHint')}
        required
        rows={6}
      />
      <AttachmentField attachments={attachments} error={attachmentError(flattenErrors(form.formState.errors))} />
      <PanelButtons form={form} label={t('contracts.milestones.deliverSubmit')} onCancel={onCancel} />
    </form>
  );
}

function AcceptPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useApiForm({ fields: [] });
  const idempotency = useIdempotencyKey();
  const accept = form.onSubmit(async () => {
    const next = await idempotency.send((key) => contractsApi.accept(m.id, key));
    onChange(next, t('contracts.milestones.accepted', { title: m.title }));
  });
  return (
    <div className="confirm-panel">
      <PanelHeading>{t('contracts.milestones.acceptTitle')}</PanelHeading>
      <p>{t('contracts.milestones.acceptBody')}</p>
      <p className="job-money">
        {t('contracts.milestones.acceptWorkerGets', { amount: formatYen(m.money.amount + m.money.tax) })}
      </p>
      <ActionAlert form={form} onStale={onStale} />
      <PanelButtons
        form={form}
        label={t('contracts.milestones.acceptConfirm')}
        onClick={() => void accept()}
        onCancel={onCancel}
      />
    </div>
  );
}

function RevisionPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useApiForm<{ message: string }>({ schema: RevisionBody, fields: ['message'], defaultValues: { message: '' } });
  const submit = form.onSubmit(async ({ message }) => {
    const next = await contractsApi.requestRevision(m.id, message);
    onChange(next, t('contracts.milestones.revisionRequested', { title: m.title }));
  });
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form contract-panel">
      <PanelHeading>{t('contracts.milestones.requestRevision')}</PanelHeading>
      <ActionAlert form={form} onStale={onStale} />
      <FormTextArea
        form={form}
        name="message"
        label={t('contracts.milestones.revisionMessage')}
        hint={t('contracts.milestones.revisionHint')}
        required
        rows={5}
      />
      <PanelButtons form={form} label={t('contracts.milestones.revisionSubmit')} onCancel={onCancel} />
    </form>
  );
}
