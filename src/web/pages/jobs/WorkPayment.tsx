// 仮払い, for the client who posted a task or a competition. A draft not paid yet: the
// breakdown, the payment method and 「仮払いして公開する」. A bank transfer waiting: where
// to transfer, how much, the reference number, and 「振込をやめる」. A paid draft whose
// deadline passed: what to do. Once published: what was paid and what came back.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { type FundMethod, workApi } from '../../api/work';
import { Button } from '../../components/Button';
import { StatusMessage } from '../../components/FormAlert';
import { FundMethodChoice } from '../../components/FundMethodChoice';
import { TransferRequestedAt } from '../../components/money/TransferRequestedAt';
import { TransferFacts } from '../../components/TransferFacts';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatNumber, formatYen } from '../../lib/format';
import { usePanel } from '../../lib/usePanel';
import { ActionAlert, useIdempotencyKey } from '../contracts/contractParts';
import { ClientMoneyTable, EscrowBadge, PanelActions, PanelHeading, type WorkActionProps, workOf } from './workParts';

interface Props {
  job: JobDetail;
  onChange: (job: JobDetail) => void;
  onStale: () => void;
  /** Focus the section when the page opens (the client came from 「下書き保存して仮払いへ進む」). */
  focusOnMount: boolean;
}

export function WorkPaymentSection({ job, onChange, onStale, focusOnMount }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const work = workOf(job);
  const [notice, setNotice] = useState<string | null>(null);
  const [focus, setFocus] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (focus > 0) statusRef.current?.focus();
  }, [focus]);

  if (!work || job.status === 'cancelled') return null;
  const draft = job.status === 'draft';
  const unpaid = work.escrowStatus === 'none' || work.escrowStatus === 'cancelled';
  const changed = (next: JobDetail, message: string) => {
    onChange(next);
    setNotice(message);
    setFocus((n) => n + 1);
  };
  const title = draft && unpaid ? t('work.payment.titleUnpaid') : t('work.payment.title');
  const deadlinePassed = new Date(job.deadline).getTime() <= Date.now();

  return (
    <section aria-labelledby="job-payment" className="section card work-payment">
      <div className="work-payment-head">
        <h2 id="job-payment" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <EscrowBadge work={work} />
        {work.escrowStatus === 'awaiting_deposit' && <span className="badge badge-warn">{t('work.payment.awaitingBadge')}</span>}
      </div>
      <div ref={statusRef} tabIndex={-1} className="job-manage-status">
        <StatusMessage>{notice}</StatusMessage>
      </div>

      {draft && unpaid && <p>{t(job.kind === 'task' ? 'work.payment.leadTask' : 'work.payment.leadCompetition')}</p>}

      <ClientMoneyTable job={job} money={work.money} caption={t('work.payment.caption', { title: job.title })} />

      {draft &&
        unpaid &&
        (work.money.total > 0 ? (
          <FundForm job={job} onChange={changed} onStale={onStale} />
        ) : (
          <p className="note">
            {t('work.payment.incomplete')} <Link to={`/jobs/${encodeURIComponent(job.id)}/edit`}>{t('work.payment.toEdit')}</Link>
          </p>
        ))}

      {work.escrowStatus === 'awaiting_deposit' && work.deposit && (
        <TransferSection job={job} onChange={changed} onStale={onStale} />
      )}

      {draft && work.escrowStatus === 'funded' && (
        <div className="note work-paid-draft">
          <p>{t('work.payment.paidDraft', { amount: formatYen(work.money.total) })}</p>
          {deadlinePassed ? (
            <p>
              {t('work.payment.paidDraftDeadline')}{' '}
              <Link to={`/jobs/${encodeURIComponent(job.id)}/edit`}>{t('work.payment.changeDeadline')}</Link>
            </p>
          ) : (
            <p>{t('work.payment.paidDraftPublish')}</p>
          )}
        </div>
      )}

      {!draft && work.escrowStatus === 'funded' && (
        <p className="muted small">
          {t(job.kind === 'task' ? 'work.payment.fundedTask' : 'work.payment.fundedCompetition', {
            amount: formatYen(work.money.total),
          })}
        </p>
      )}

      {work.escrowStatus === 'closed' && work.task && (
        <TaskRefund
          refunded={Math.max(0, work.money.units - work.task.approved - work.task.pending)}
          pending={work.task.pending}
          unitEscrow={work.money.unitEscrow}
        />
      )}

      {(work.escrowStatus === 'funded' || work.escrowStatus === 'closed') && (
        <p>
          <Link to={`/jobs/${encodeURIComponent(job.id)}/receipt`}>{t('money.statement.receipt')}</Link>
        </p>
      )}
      {work.deposit && work.deposit.status === 'confirmed' && (
        <p className="muted small">
          {t('work.payment.paidBy', {
            method: t(`money.deposits.method.${work.deposit.method}`),
            reference: work.deposit.reference,
          })}
        </p>
      )}
      {!draft && work.task && (
        <p className="muted small">
          {t('work.payment.slotsUsed', {
            approved: formatNumber(work.task.approved, lang),
            pending: formatNumber(work.task.pending, lang),
            units: formatNumber(work.money.units, lang),
          })}
        </p>
      )}
    </section>
  );
}

/** 「未使用の8件分 ¥840 を返金しました」 after a task closes. */
function TaskRefund({ refunded, pending, unitEscrow }: { refunded: number; pending: number; unitEscrow: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="note work-refund">
      <p>
        {refunded > 0
          ? t('work.payment.refunded', { n: formatNumber(refunded, lang), amount: formatYen(refunded * unitEscrow) })
          : t('work.payment.refundedNone')}
      </p>
      {pending > 0 && <p>{t('work.payment.refundPending', { n: formatNumber(pending, lang) })}</p>}
    </div>
  );
}

function FundForm({ job, onChange, onStale }: WorkActionProps) {
  const { t } = useTranslation();
  const form = useApiForm<{ method: FundMethod }>({ fields: ['method'], defaultValues: { method: 'bank_transfer' } });
  const idempotency = useIdempotencyKey();
  const amount = formatYen(job.work?.money.total ?? 0);

  const submit = form.onSubmit(async ({ method }) => {
    const next = await idempotency.send((key) => workApi.fund(job.id, method, key));
    const message =
      next.status === 'open'
        ? t('work.payment.fundedOpen')
        : next.work?.escrowStatus === 'awaiting_deposit'
          ? t('work.payment.transferRequested')
          : t('work.payment.fundedDraft');
    onChange(next, message);
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form contract-panel work-fund">
      <h3>{t('work.payment.methodTitle')}</h3>
      <ActionAlert form={form} onStale={onStale} />
      <FundMethodChoice
        name={`fund-method-${job.id}`}
        value={form.watch('method')}
        onChange={(v) => {
          // Another method is another request: it needs its own key.
          idempotency.reset();
          form.clearProblem();
          form.setValue('method', v);
        }}
        error={form.errorOf('method')}
        hints={{ bank_transfer: t('work.payment.bankTransferHint'), dev_card: t('work.payment.devCardHint') }}
      />
      <p className="muted small">{t('work.payment.confirmNote')}</p>
      <div className="form-actions">
        <Button type="submit" className="btn-large" busy={form.submitting}>
          {t('work.payment.submit', { amount })}
        </Button>
      </div>
    </form>
  );
}

/** お振り込みのご案内 and 「振込をやめる」 with a confirmation. */
function TransferSection({ job, onChange, onStale }: WorkActionProps) {
  const { t } = useTranslation();
  const form = useApiForm({ fields: [] });
  const panel = usePanel('work-cancel-transfer');
  const deposit = job.work?.deposit;
  if (!deposit) return null;

  const cancel = () =>
    void form.run(async () => {
      const next = await workApi.cancelDeposit(job.id);
      panel.hide();
      onChange(next, t('work.payment.transferCancelled'));
    });

  return (
    <>
      <section aria-labelledby="work-transfer" className="transfer">
        <h3 id="work-transfer">{t('contracts.milestones.transferTitle')}</h3>
        <p>{t('work.payment.transferLead')}</p>
        <TransferFacts payTo={deposit.instructions} amount={deposit.amount} reference={deposit.reference} />
        <ul className="bullets small">
          <li>{t('contracts.milestones.transferExact')}</li>
          <li>{t('work.payment.transferConfirm')}</li>
          <li>{t('work.payment.transferLocked')}</li>
        </ul>
        <TransferRequestedAt at={deposit.createdAt} />
      </section>
      <div className="work-cancel-transfer">
        {!panel.open ? (
          <Button
            id="work-cancel-transfer"
            variant="danger"
            onClick={() => {
              form.clearProblem();
              panel.show();
            }}
          >
            {t('contracts.milestones.cancelDeposit')}
          </Button>
        ) : (
          <div className="confirm-panel">
            <PanelHeading>{t('contracts.milestones.cancelDepositTitle')}</PanelHeading>
            <p>{t('work.payment.cancelTransferBody')}</p>
            <ActionAlert form={form} onStale={onStale} />
            <PanelActions busy={form.submitting} onBack={panel.back}>
              <Button variant="danger" busy={form.submitting} onClick={cancel}>
                {t('contracts.milestones.cancelDepositConfirm')}
              </Button>{' '}
            </PanelActions>
          </div>
        )}
      </div>
    </>
  );
}
