// マイルストーン: each milestone with its money, its delivery and what the viewer may do now:
// 仮払い (client), 振込の取り消し (client), 納品 (worker), 検収 and 修正依頼 (client).
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeliverBody, RevisionBody } from '../../../shared/api/contracts';
import { type Contract, contractsApi, type FundMethod, type Milestone } from '../../api/contracts';
import { AttachmentField, AttachmentList, attachmentError, useAttachments } from '../../components/Attachments';
import { Button } from '../../components/Button';
import { FundMethodChoice } from '../../components/FundMethodChoice';
import { TextAreaField } from '../../components/TextField';
import { TransferFacts } from '../../components/TransferFacts';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPlainDate, formatYen } from '../../lib/format';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';
import {
  ActionAlert,
  Countdown,
  MilestoneStatusBadge,
  MoneyTable,
  milestoneGroups,
  type PanelProps,
  useIdempotencyKey,
} from './contractParts';

export function MilestonesSection(props: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { shown, replaced } = milestoneGroups(props.contract);
  return (
    <section aria-labelledby="contract-milestones" className="section">
      <h2 id="contract-milestones">{t('contracts.milestones.title')}</h2>
      <p className="muted small">{t('contracts.milestones.lead')}</p>
      <ol className="milestone-list">
        {shown.map((m, i) => (
          <MilestoneCard key={m.id} milestone={m} n={i + 1} {...props} />
        ))}
      </ol>
      {replaced.length > 0 && (
        <details className="milestones-replaced">
          <summary>{t('contracts.milestones.replaced', { count: formatNumber(replaced.length, lang) })}</summary>
          <p className="muted small">{t('contracts.milestones.replacedLead')}</p>
          <ul>
            {replaced.map((m) => (
              <li key={m.id}>
                {t('contracts.milestones.replacedItem', {
                  title: m.title,
                  amount: formatYen(m.money.amount),
                  date: formatPlainDate(m.dueDate, lang),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function MilestoneCard({ milestone: m, n, ...props }: PanelProps & { milestone: Milestone; n: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { contract } = props;
  const role = contract.viewer.role;
  const heading = t('contracts.milestones.heading', { n: formatNumber(n, lang), title: m.title });
  const headingId = `milestone-${m.id}`;
  const hint = hintKey(contract, m);

  const dates: { key: string; label: string; iso: string | null }[] = [
    { key: 'funded', label: t('contracts.milestones.fundedAt'), iso: m.fundedAt },
    { key: 'delivered', label: t('contracts.milestones.deliveredAt'), iso: m.deliveredAt },
    { key: 'accepted', label: t('contracts.milestones.acceptedAt'), iso: m.acceptedAt },
    { key: 'paid', label: t('contracts.milestones.paidAt'), iso: m.paidAt },
    {
      key: 'closed',
      label: t('contracts.milestones.closedAt'),
      iso: ['refunded', 'settled', 'cancelled'].includes(m.status) ? m.closedAt : null,
    },
  ];

  return (
    <li className="card milestone">
      <article aria-labelledby={headingId}>
        <div className="milestone-head">
          <h3 id={headingId}>{heading}</h3>
          <MilestoneStatusBadge status={m.status} />
        </div>
        <div className="milestone-body">
          <div className="milestone-facts">
            <dl className="job-meta">
              <div>
                <dt>{t('contracts.milestones.dueDate')}</dt>
                <dd>{formatPlainDate(m.dueDate, lang)}</dd>
              </div>
              {dates
                .filter((d) => d.iso !== null)
                .map((d) => (
                  <div key={d.key}>
                    <dt>{d.label}</dt>
                    <dd>
                      <time dateTime={d.iso ?? ''} title={formatDateTime(d.iso ?? '', lang)}>
                        {formatDate(d.iso ?? '', lang)}
                      </time>
                    </dd>
                  </div>
                ))}
            </dl>
            {m.status === 'delivered' && m.autoAcceptAt && contract.status !== 'disputed' && (
              <Countdown
                iso={m.autoAcceptAt}
                text={(left) => t('contracts.milestones.autoAccept', { left })}
                past={t('contracts.milestones.autoAcceptPast')}
                note={t('contracts.milestones.autoAcceptNote', { date: formatDateTime(m.autoAcceptAt, lang) })}
              />
            )}
            {hint && <p className="milestone-hint">{t(`contracts.milestones.${hint}`)}</p>}
          </div>
          {m.status === 'cancelled' ? (
            <p className="muted">{t('contracts.milestones.cancelledNote')}</p>
          ) : (
            <MoneyTable money={m.money} role={role} caption={t('contracts.money.caption', { title: heading })} />
          )}
        </div>
        {m.deposit?.status === 'pending' &&
          (role === 'client' ? (
            <TransferInstructions milestone={m} />
          ) : (
            <p className="note">{t('contracts.milestones.transferWaitingWorker')}</p>
          ))}
        {m.delivery && <Delivery milestone={m} />}
        {m.actions.length > 0 && <MilestoneActions milestone={m} heading={heading} {...props} />}
      </article>
    </li>
  );
}

type HintKey = 'workerUnfundedHint' | 'workerFundedHint' | 'workerDeliveredHint' | 'clientDeliveredHint';

/** What the viewer should do about the milestone now, when the page has something to say. */
function hintKey(contract: Contract, m: Milestone): HintKey | null {
  if (contract.status !== 'awaiting_escrow' && contract.status !== 'in_progress') return null;
  if (m.deposit?.status === 'pending') return null;
  if (contract.viewer.role === 'client') return m.status === 'delivered' ? 'clientDeliveredHint' : null;
  if (m.status === 'unfunded') return 'workerUnfundedHint';
  if (m.status === 'funded') return 'workerFundedHint';
  if (m.status === 'delivered') return 'workerDeliveredHint';
  return null;
}

/** 振込先 / 振込金額 / 振込依頼人名: how the client pays a bank-transfer deposit. */
function TransferInstructions({ milestone: m }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const lang = useLang();
  const deposit = m.deposit;
  if (!deposit) return null;
  return (
    <section aria-labelledby={`transfer-${m.id}`} className="transfer">
      <h4 id={`transfer-${m.id}`}>{t('contracts.milestones.transferTitle')}</h4>
      {deposit.method === 'bank_transfer' ? (
        <>
          <p>{t('contracts.milestones.transferLead')}</p>
          <TransferFacts payTo={deposit.payTo} amount={deposit.amount} reference={deposit.reference} />
          <ul className="bullets small">
            <li>{t('contracts.milestones.transferExact')}</li>
            <li>{t('contracts.milestones.transferConfirm')}</li>
          </ul>
        </>
      ) : (
        <p>{t('contracts.milestones.transferConfirm')}</p>
      )}
      <p className="muted small">
        <time dateTime={deposit.createdAt}>
          {t('contracts.milestones.transferRequestedAt', { date: formatDateTime(deposit.createdAt, lang) })}
        </time>
      </p>
    </section>
  );
}

function Delivery({ milestone: m }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const lang = useLang();
  const delivery = m.delivery;
  if (!delivery) return null;
  return (
    <section aria-labelledby={`delivery-${m.id}`} className="delivery">
      <h4 id={`delivery-${m.id}`}>
        {t('contracts.milestones.delivery')}
        {m.deliveryCount > 1 && (
          <span className="delivery-count">
            {t('contracts.milestones.deliveryCount', { n: formatNumber(m.deliveryCount, lang) })}
          </span>
        )}
      </h4>
      <p className="muted small">
        <time dateTime={delivery.createdAt}>{formatDateTime(delivery.createdAt, lang)}</time>
      </p>
      <div className="job-text delivery-body">{delivery.body}</div>
      <AttachmentList files={delivery.attachments} thumbnails label={t('contracts.milestones.deliveryFiles')} />
    </section>
  );
}

type Panel = 'fund' | 'cancel_deposit' | 'deliver' | 'accept' | 'request_revision';

const OPENERS: { action: Milestone['actions'][number]; label: string; variant: 'primary' | 'secondary' | 'danger' }[] = [
  { action: 'fund', label: 'fund', variant: 'primary' },
  { action: 'deliver', label: 'deliver', variant: 'primary' },
  { action: 'accept', label: 'accept', variant: 'primary' },
  { action: 'request_revision', label: 'requestRevision', variant: 'secondary' },
  { action: 'cancel_deposit', label: 'cancelDeposit', variant: 'danger' },
];

function MilestoneActions({ milestone: m, heading, ...props }: PanelProps & { milestone: Milestone; heading: string }) {
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

function FundPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useFormSubmit(['method']);
  const idempotency = useIdempotencyKey();
  const [method, setMethod] = useState<FundMethod>('bank_transfer');
  const amount = formatYen(m.money.escrow);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void form.run(async () => {
      const next = await idempotency.send((key) => contractsApi.fund(m.id, method, key));
      onChange(
        next,
        method === 'bank_transfer'
          ? t('contracts.milestones.transferRequested', { title: m.title })
          : t('contracts.milestones.funded', { title: m.title }),
      );
    });
  };

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
          form.clear();
          setMethod(v);
        }}
        error={form.fieldErrors.method}
        hints={{ bank_transfer: t('contracts.milestones.bankTransferHint'), dev_card: t('contracts.milestones.devCardHint') }}
      />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.milestones.fundSubmit', { amount })}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </form>
  );
}

function CancelDepositPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useFormSubmit([]);
  const deposit = m.deposit;
  const cancel = () =>
    void form.run(async () => {
      if (!deposit) return;
      const next = await contractsApi.cancelDeposit(deposit.id);
      onChange(next, t('contracts.milestones.depositCancelled'));
    });
  return (
    <div className="confirm-panel">
      <PanelHeading>{t('contracts.milestones.cancelDepositTitle')}</PanelHeading>
      <p>{t('contracts.milestones.cancelDepositBody')}</p>
      <ActionAlert form={form} onStale={onStale} />
      <div className="form-actions">
        <Button variant="danger" busy={form.submitting} onClick={cancel}>
          {t('contracts.milestones.cancelDepositConfirm')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </div>
  );
}

function DeliverPanel({ milestone: m, contract, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['message', 'attachmentIds']);
  const attachments = useAttachments();
  const [message, setMessage] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (attachments.busy) return form.fail({ attachmentIds: t('attachments.wait') });
    const body = { message, attachmentIds: attachments.ids };
    const errors = schemaErrors(DeliverBody, body, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const next = await contractsApi.deliver(m.id, body);
      attachments.reset();
      onChange(next, t('contracts.milestones.delivered', { title: m.title }));
    });
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form contract-panel">
      <PanelHeading>{t('contracts.milestones.deliverTitle')}</PanelHeading>
      <p className="note">{t('contracts.milestones.deliverNote', { days: formatNumber(contract.rules.autoAcceptDays, lang) })}</p>
      <ActionAlert form={form} onStale={onStale} />
      <TextAreaField
        label={t('contracts.milestones.deliverMessage')}
        hint={t('contracts.milestones.deliverMessageHint')}
        name="message"
        required
        rows={6}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        error={form.fieldErrors.message}
      />
      <AttachmentField attachments={attachments} error={attachmentError(form.fieldErrors)} />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.milestones.deliverSubmit')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </form>
  );
}

function AcceptPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const form = useFormSubmit([]);
  const idempotency = useIdempotencyKey();
  const accept = () =>
    void form.run(async () => {
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
      <div className="form-actions">
        <Button busy={form.submitting} onClick={accept}>
          {t('contracts.milestones.acceptConfirm')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </div>
  );
}

function RevisionPanel({ milestone: m, onChange, onStale, onCancel }: ActionPanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['message']);
  const [message, setMessage] = useState('');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = schemaErrors(RevisionBody, { message }, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const next = await contractsApi.requestRevision(m.id, message);
      onChange(next, t('contracts.milestones.revisionRequested', { title: m.title }));
    });
  };
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form contract-panel">
      <PanelHeading>{t('contracts.milestones.requestRevision')}</PanelHeading>
      <ActionAlert form={form} onStale={onStale} />
      <TextAreaField
        label={t('contracts.milestones.revisionMessage')}
        hint={t('contracts.milestones.revisionHint')}
        name="message"
        required
        rows={5}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        error={form.fieldErrors.message}
      />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.milestones.revisionSubmit')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.milestones.back')}
        </Button>
      </div>
    </form>
  );
}
