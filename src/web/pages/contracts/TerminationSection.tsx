// 途中解消: either party proposes ending the contract with a settlement of the escrowed
// milestones; the other agrees (the settlement executes at once) or refuses (staff take
// over as a dispute). Silence until respondBy also passes it to staff.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerBody } from '../../../shared/api/contracts';
import { type Contract, contractsApi, type TerminationProposal } from '../../api/contracts';
import { Button } from '../../components/Button';
import { Fact } from '../../components/facts/Fact';
import { TableHead } from '../../components/money/TableHead';
import { TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate, formatDateTime } from '../../lib/format';
import { schemaErrors } from '../../lib/validate';
import { YenCells } from '../documents/docParts';
import { ActionAlert, Countdown, type PanelProps, useIdempotencyKey, useMilestoneName } from './contractParts';
import { ProposeTerminationForm } from './ProposeTerminationForm';

export function TerminationSection(props: PanelProps) {
  const { t } = useTranslation();
  const { contract } = props;
  const [proposing, setProposing] = useState(false);
  const [focusOpen, setFocusOpen] = useState(0);
  const termination = contract.termination;
  const canPropose = contract.viewer.actions.includes('propose_termination');
  const canAnswer = contract.viewer.actions.includes('answer_termination');

  useEffect(() => {
    if (focusOpen > 0) document.getElementById('termination-propose')?.focus();
  }, [focusOpen]);

  if (!termination && !canPropose) return null;
  return (
    <section aria-labelledby="contract-termination" className="section">
      <h2 id="contract-termination">{t('contracts.termination.title')}</h2>
      {canPropose && <p className="muted small">{t('contracts.termination.lead')}</p>}
      {termination && (
        <div className="card contract-panel">
          <TerminationView contract={contract} termination={termination} />
          {termination.status === 'pending' &&
            (canAnswer ? (
              <AnswerTermination {...props} />
            ) : (
              termination.proposerRole === contract.viewer.role && (
                <p className="contract-waiting">{t('contracts.termination.waiting')}</p>
              )
            ))}
        </div>
      )}
      {canPropose &&
        (proposing ? (
          <ProposeTerminationForm
            {...props}
            onChange={(next, notice) => {
              setProposing(false);
              props.onChange(next, notice);
            }}
            onCancel={() => {
              setProposing(false);
              setFocusOpen((n) => n + 1);
            }}
          />
        ) : (
          <p className="contract-open-form">
            <Button id="termination-propose" variant="secondary" onClick={() => setProposing(true)}>
              {termination?.status === 'pending' ? t('contracts.termination.proposeAgain') : t('contracts.termination.propose')}
            </Button>
          </p>
        ))}
    </section>
  );
}

function TerminationView({ contract, termination: p }: { contract: Contract; termination: TerminationProposal }) {
  const { t } = useTranslation();
  const lang = useLang();
  const mine = p.proposerRole === contract.viewer.role;
  return (
    <>
      <div className="milestone-head">
        <h3>
          {t('contracts.termination.proposedBy', {
            role: t(`contracts.role.${p.proposerRole}`) + (mine ? t('contracts.you') : ''),
          })}
        </h3>
        <span className={`badge badge-contract badge-contract-${p.status === 'pending' ? 'attention' : 'ended'}`}>
          {t(`contracts.termination.statusLabel.${p.status}`)}
        </span>
      </div>
      {p.status === 'pending' && (
        <Countdown
          iso={p.respondBy}
          text={(left) => t('contracts.termination.respondLeft', { left })}
          past={t('contracts.termination.respondPast')}
          note={t('contracts.termination.respondBy', { date: formatDateTime(p.respondBy, lang) })}
        />
      )}
      <dl className="facts facts-compact">
        <Fact label={t('contracts.termination.proposedAt')}>
          <time dateTime={p.createdAt}>{formatDate(p.createdAt, lang)}</time>
        </Fact>
        <Fact label={t('contracts.termination.reason')} className="job-text">
          {p.reason}
        </Fact>
        {p.refusalReason && (
          <Fact label={t('contracts.termination.refusalReason')} className="job-text">
            {p.refusalReason}
          </Fact>
        )}
      </dl>
      <SettlementTable contract={contract} lines={p.settlement} />
    </>
  );
}

/** Per escrowed milestone: paid to the worker (before tax), what they receive, and the refund. */
export function SettlementTable({ contract, lines }: { contract: Contract; lines: TerminationProposal['settlement'] }) {
  const { t } = useTranslation();
  const name = useMilestoneName(contract);
  if (lines.length === 0) return <p>{t('contracts.termination.noSettlement')}</p>;
  return (
    <table className="contract-table">
      <caption>{t('contracts.termination.settlementCaption')}</caption>
      <TableHead
        columns={[
          { label: t('contracts.termination.colMilestone') },
          { label: t('contracts.termination.colWorkerAmount'), className: 'num' },
          { label: t('contracts.termination.colWorkerNet'), className: 'num' },
          { label: t('contracts.termination.colRefund'), className: 'num' },
        ]}
      />
      <tbody>
        {lines.map((l) => (
          <tr key={l.milestoneId}>
            <th scope="row">{name(l.milestoneId)}</th>
            <YenCells
              cells={[
                { label: t('contracts.termination.colWorkerAmount'), amount: l.workerAmount },
                { label: t('contracts.termination.colWorkerNet'), amount: l.workerNet },
                { label: t('contracts.termination.colRefund'), amount: l.refund },
              ]}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AnswerTermination({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const idempotency = useIdempotencyKey();
  const [choice, setChoice] = useState<'agree' | 'refuse' | null>(null);
  const bodyOf = (agree: boolean, reason: string) => ({ agree, reason: agree || reason.trim() === '' ? null : reason });
  const form = useApiForm<{ reason: string }>({
    fields: ['reason'],
    defaultValues: { reason: '' },
    check: ({ reason }) => (choice === 'refuse' ? schemaErrors(AnswerBody, bodyOf(false, reason), lang) : {}),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusBack, setFocusBack] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (choice) headingRef.current?.focus();
  }, [choice]);
  useEffect(() => {
    if (focusBack) document.getElementById(focusBack.id)?.focus();
  }, [focusBack]);

  const reset = () => {
    idempotency.reset();
    form.clearProblem();
    form.clearErrors();
  };
  const open = (next: 'agree' | 'refuse') => {
    // Agreeing and refusing are different requests: each gets its own key.
    reset();
    setChoice(next);
  };
  const close = () => {
    if (choice) setFocusBack((f) => ({ id: `termination-${choice}`, n: (f?.n ?? 0) + 1 }));
    reset();
    setChoice(null);
  };

  const answer = (agree: boolean) =>
    form.onSubmit(async ({ reason }) => {
      const body = bodyOf(agree, reason);
      const next = await idempotency.send((key) => contractsApi.answerTermination(contract.id, body, key));
      onChange(next, agree ? t('contracts.termination.agreed') : t('contracts.termination.refused'));
    });

  const buttons = (label: string, variant: 'primary' | 'danger', onClick?: () => void) => (
    <div className="form-actions">
      <Button type={onClick ? 'button' : 'submit'} variant={variant} busy={form.submitting} onClick={onClick}>
        {label}
      </Button>
      <Button variant="secondary" disabled={form.submitting} onClick={close}>
        {t('contracts.termination.back')}
      </Button>
    </div>
  );

  return (
    <div className="contract-answer">
      <p>{t('contracts.termination.answerLead')}</p>
      {choice === null && (
        <div className="form-actions">
          <Button id="termination-agree" onClick={() => open('agree')}>
            {t('contracts.termination.agree')}
          </Button>
          <Button id="termination-refuse" variant="danger" onClick={() => open('refuse')}>
            {t('contracts.termination.refuse')}
          </Button>
        </div>
      )}
      {choice === 'agree' && (
        <div className="confirm-panel">
          <h4 ref={headingRef} tabIndex={-1}>
            {t('contracts.termination.agreeTitle')}
          </h4>
          <p>{t('contracts.termination.agreeBody')}</p>
          <ActionAlert form={form} onStale={onStale} />
          {buttons(t('contracts.termination.agreeConfirm'), 'primary', () => void answer(true)())}
        </div>
      )}
      {choice === 'refuse' && (
        <form ref={form.formRef} noValidate onSubmit={answer(false)} className="form confirm-panel">
          <h4 ref={headingRef} tabIndex={-1}>
            {t('contracts.termination.refuseTitle')}
          </h4>
          <p>{t('contracts.termination.refuseBody')}</p>
          <ActionAlert form={form} onStale={onStale} />
          <TextAreaField
            label={t('contracts.termination.refuseReason')}
            hint={t('contracts.termination.refuseReasonHint')}
            rows={3}
            {...form.register('reason', {
              // Another reason is another request: it needs its own key.
              onChange: () => idempotency.reset(),
            })}
            error={form.errorOf('reason')}
          />
          {buttons(t('contracts.termination.refuseConfirm'), 'danger')}
        </form>
      )}
    </div>
  );
}
