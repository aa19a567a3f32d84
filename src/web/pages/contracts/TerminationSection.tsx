// 途中解消: either party proposes ending the contract with a settlement of the escrowed
// milestones; the other agrees (the settlement executes at once) or refuses (staff take
// over as a dispute). Silence until respondBy also passes it to staff.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerBody, TerminationBody } from '../../../shared/api/contracts';
import { fieldMessage } from '../../../shared/errors';
import { type Contract, contractsApi, type Milestone, type TerminationProposal } from '../../api/contracts';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { ActionAlert, Countdown, orderedMilestones, type PanelProps, useIdempotencyKey, useMilestoneName } from './contractParts';

const ESCROWED: readonly Milestone['status'][] = ['funded', 'delivered'];

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
        <div>
          <dt>{t('contracts.termination.proposedAt')}</dt>
          <dd>
            <time dateTime={p.createdAt}>{formatDate(p.createdAt, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('contracts.termination.reason')}</dt>
          <dd className="job-text">{p.reason}</dd>
        </div>
        {p.refusalReason && (
          <div>
            <dt>{t('contracts.termination.refusalReason')}</dt>
            <dd className="job-text">{p.refusalReason}</dd>
          </div>
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
      <thead>
        <tr>
          <th scope="col">{t('contracts.termination.colMilestone')}</th>
          <th scope="col" className="num">
            {t('contracts.termination.colWorkerAmount')}
          </th>
          <th scope="col" className="num">
            {t('contracts.termination.colWorkerNet')}
          </th>
          <th scope="col" className="num">
            {t('contracts.termination.colRefund')}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.milestoneId}>
            <th scope="row">{name(l.milestoneId)}</th>
            <td className="num" data-label={t('contracts.termination.colWorkerAmount')}>
              {formatYen(l.workerAmount)}
            </td>
            <td className="num" data-label={t('contracts.termination.colWorkerNet')}>
              {formatYen(l.workerNet)}
            </td>
            <td className="num" data-label={t('contracts.termination.colRefund')}>
              {formatYen(l.refund)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AnswerTermination({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['reason']);
  const idempotency = useIdempotencyKey();
  const [choice, setChoice] = useState<'agree' | 'refuse' | null>(null);
  const [reason, setReason] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [focusBack, setFocusBack] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (choice) headingRef.current?.focus();
  }, [choice]);
  useEffect(() => {
    if (focusBack) document.getElementById(focusBack.id)?.focus();
  }, [focusBack]);

  const open = (next: 'agree' | 'refuse') => {
    // Agreeing and refusing are different requests: each gets its own key.
    idempotency.reset();
    form.clear();
    setChoice(next);
  };
  const close = () => {
    if (choice) setFocusBack((f) => ({ id: `termination-${choice}`, n: (f?.n ?? 0) + 1 }));
    idempotency.reset();
    form.clear();
    setChoice(null);
  };

  const answer = (agree: boolean) => {
    const body = { agree, reason: agree || reason.trim() === '' ? null : reason };
    const errors = schemaErrors(AnswerBody, body, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const next = await idempotency.send((key) => contractsApi.answerTermination(contract.id, body, key));
      onChange(next, agree ? t('contracts.termination.agreed') : t('contracts.termination.refused'));
    });
  };

  const refuse = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    answer(false);
  };

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
          <div className="form-actions">
            <Button busy={form.submitting} onClick={() => answer(true)}>
              {t('contracts.termination.agreeConfirm')}
            </Button>
            <Button variant="secondary" disabled={form.submitting} onClick={close}>
              {t('contracts.termination.back')}
            </Button>
          </div>
        </div>
      )}
      {choice === 'refuse' && (
        <form ref={form.formRef} noValidate onSubmit={refuse} className="form confirm-panel">
          <h4 ref={headingRef} tabIndex={-1}>
            {t('contracts.termination.refuseTitle')}
          </h4>
          <p>{t('contracts.termination.refuseBody')}</p>
          <ActionAlert form={form} onStale={onStale} />
          <TextAreaField
            label={t('contracts.termination.refuseReason')}
            hint={t('contracts.termination.refuseReasonHint')}
            name="reason"
            rows={3}
            value={reason}
            onChange={(e) => {
              // Another reason is another request: it needs its own key.
              idempotency.reset();
              setReason(e.currentTarget.value);
            }}
            error={form.fieldErrors.reason}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={form.submitting}>
              {t('contracts.termination.refuseConfirm')}
            </Button>
            <Button variant="secondary" disabled={form.submitting} onClick={close}>
              {t('contracts.termination.back')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

type Choice = 'refund' | 'full' | 'partial';

interface Line {
  choice: Choice | null;
  partial: string;
}

function ProposeTerminationForm({ contract, onChange, onStale, onCancel }: PanelProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['reason', 'settlement']);
  const escrowed = orderedMilestones(contract).filter((m) => ESCROWED.includes(m.status));
  const [reason, setReason] = useState('');
  const [lines, setLines] = useState<Record<string, Line>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const line = (id: string): Line => lines[id] ?? { choice: null, partial: '' };
  const update = (id: string, patch: Partial<Line>) => setLines((ls) => ({ ...ls, [id]: { ...line(id), ...patch } }));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const choiceErrors: FieldErrors = {};
    const settlement = escrowed.map((m, i) => {
      const l = line(m.id);
      const max = m.money.amount;
      let workerAmount = 0;
      if (l.choice === null) choiceErrors[`settlement.${i}.workerAmount`] = fieldMessage('required', lang);
      if (l.choice === 'full') workerAmount = max;
      if (l.choice === 'partial') {
        const n = parseWholeNumber(l.partial);
        if (n === null) choiceErrors[`settlement.${i}.workerAmount`] = fieldMessage('required', lang);
        else if (n === 'invalid') choiceErrors[`settlement.${i}.workerAmount`] = fieldMessage('not-integer', lang);
        else if (n > max) choiceErrors[`settlement.${i}.workerAmount`] = fieldMessage('too-big', lang, { max });
        else workerAmount = n;
      }
      return { milestoneId: m.id, workerAmount };
    });
    const body = { reason, settlement };
    const errors: FieldErrors = { ...schemaErrors(TerminationBody, body, lang), ...choiceErrors };
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const next = await contractsApi.proposeTermination(contract.id, body);
      onChange(next, t('contracts.termination.proposed'));
    });
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form card contract-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('contracts.termination.formTitle')}
      </h3>
      <ActionAlert form={form} onStale={onStale} />
      <TextAreaField
        label={t('contracts.termination.reasonLabel')}
        hint={t('contracts.termination.reasonHint')}
        name="reason"
        required
        rows={4}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={form.fieldErrors.reason}
      />
      <fieldset className="fieldset">
        <legend>{t('contracts.termination.settlementTitle')}</legend>
        {escrowed.length === 0 ? (
          <p className="field-hint">{t('contracts.termination.settlementNone')}</p>
        ) : (
          <>
            <p className="field-hint">{t('contracts.termination.settlementLead')}</p>
            {escrowed.map((m, i) => {
              const l = line(m.id);
              const error = form.fieldErrors[`settlement.${i}.workerAmount`];
              return (
                <div key={m.id} className="settlement-line">
                  <RadioGroup<Choice>
                    legend={t('contracts.termination.milestoneLegend', { title: m.title, amount: formatYen(m.money.amount) })}
                    name={`settlement-${m.id}`}
                    required
                    value={l.choice}
                    onChange={(choice) => update(m.id, { choice })}
                    error={l.choice === 'partial' ? undefined : error}
                    options={[
                      { value: 'refund', label: t('contracts.termination.choiceRefund') },
                      { value: 'full', label: t('contracts.termination.choicePay', { amount: formatYen(m.money.amount) }) },
                      { value: 'partial', label: t('contracts.termination.choicePartial') },
                    ]}
                  />
                  {l.choice === 'partial' && (
                    <TextField
                      label={t('contracts.termination.partialAmount')}
                      hint={t('contracts.termination.partialHint', { max: formatNumber(m.money.amount, lang) })}
                      name={`settlement.${i}.workerAmount`}
                      required
                      inputMode="numeric"
                      autoComplete="off"
                      className="input-amount"
                      suffix={t('contracts.terms.yen')}
                      value={l.partial}
                      onChange={(e) => update(m.id, { partial: e.currentTarget.value })}
                      error={error}
                    />
                  )}
                </div>
              );
            })}
          </>
        )}
      </fieldset>
      <p className="note">
        {t('contracts.termination.proposeNote', { days: formatNumber(contract.rules.terminationResponseDays, lang) })}
      </p>
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.termination.submit')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.termination.back')}
        </Button>
      </div>
    </form>
  );
}
