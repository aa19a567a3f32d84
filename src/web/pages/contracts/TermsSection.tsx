// 契約条件の変更: the client proposes new milestones (and withholding) before anything is in
// escrow; the worker agrees or refuses. The proposal shows as pendingTerms until answered.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerBody, ProposeTermsBody } from '../../../shared/api/contracts';
import { fieldMessage } from '../../../shared/errors';
import { type Contract, contractsApi, type ProposeTermsInput } from '../../api/contracts';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choices';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatPlainDate, formatYen } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { ActionAlert, MoneyTable, milestoneGroups, type PanelProps } from './contractParts';

const MAX_MILESTONES = 10;

export function TermsSection({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [focusOpen, setFocusOpen] = useState(0);
  const pending = contract.pendingTerms;
  const canPropose = contract.viewer.actions.includes('propose_terms');

  useEffect(() => {
    if (focusOpen > 0) document.getElementById('terms-propose')?.focus();
  }, [focusOpen]);

  if (!pending && !canPropose) return null;
  return (
    <section aria-labelledby="contract-terms" className="section">
      <h2 id="contract-terms">{t('contracts.terms.title')}</h2>
      <p className="muted small">{t('contracts.terms.lead')}</p>
      {pending && <PendingTerms contract={contract} onChange={onChange} onStale={onStale} />}
      {canPropose &&
        (editing ? (
          <ProposeTermsForm
            contract={contract}
            onChange={(next, notice) => {
              setEditing(false);
              onChange(next, notice);
            }}
            onStale={onStale}
            onCancel={() => {
              setEditing(false);
              setFocusOpen((n) => n + 1);
            }}
          />
        ) : (
          <p className="contract-open-form">
            <Button id="terms-propose" variant="secondary" onClick={() => setEditing(true)}>
              {pending ? t('contracts.terms.proposeAgain') : t('contracts.terms.propose')}
            </Button>
          </p>
        ))}
    </section>
  );
}

function PendingTerms({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const pending = contract.pendingTerms;
  if (!pending) return null;
  const role = contract.viewer.role;
  const proposed = pending.milestones;
  type Proposed = (typeof proposed)[number];
  const total = (f: (m: Proposed) => number) => proposed.reduce((s, m) => s + f(m), 0);
  const money = (m: Proposed) => (role === 'client' ? m.money.escrow : m.money.workerNet);
  const moneyLabel = role === 'client' ? t('contracts.terms.colEscrow') : t('contracts.terms.colWorkerNet');
  return (
    <div className="card contract-panel">
      <h3>{t('contracts.terms.pendingTitle')}</h3>
      <p className="muted small">
        <time dateTime={pending.proposedAt}>
          {t('contracts.terms.proposedAt', { date: formatDateTime(pending.proposedAt, lang) })}
        </time>
      </p>
      <table className="contract-table">
        <caption className="visually-hidden">{t('contracts.terms.pendingTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contracts.terms.colTitle')}</th>
            <th scope="col">{t('contracts.terms.colDue')}</th>
            <th scope="col" className="num">
              {t('contracts.terms.colAmount')}
            </th>
            <th scope="col" className="num">
              {moneyLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {pending.milestones.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: proposed milestones have no id; their order is their identity.
            <tr key={i}>
              <th scope="row">
                {formatNumber(i + 1, lang)}. {m.title}
              </th>
              <td data-label={t('contracts.terms.colDue')}>{formatPlainDate(m.dueDate, lang)}</td>
              <td className="num" data-label={t('contracts.terms.colAmount')}>
                {formatYen(m.amount)}
              </td>
              <td className="num" data-label={moneyLabel}>
                {formatYen(money(m))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('contracts.terms.total')}
            </th>
            <td className="num" data-label={t('contracts.terms.colAmount')}>
              {formatYen(total((m) => m.amount))}
            </td>
            <td className="num" data-label={moneyLabel}>
              {formatYen(total(money))}
            </td>
          </tr>
        </tfoot>
      </table>
      <details className="terms-breakdown">
        <summary>{t('contracts.terms.breakdown')}</summary>
        {proposed.map((m, i) => {
          const title = t('contracts.milestones.heading', { n: formatNumber(i + 1, lang), title: m.title });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: proposed milestones have no id; their order is their identity.
            <div key={i} className="terms-breakdown-item">
              <h4>{title}</h4>
              <MoneyTable money={m.money} role={role} caption={t('contracts.money.caption', { title })} />
            </div>
          );
        })}
      </details>
      {(contract.withholdingAllowed || pending.withholding) && (
        <p>
          {t('contracts.terms.withholding', {
            value: pending.withholding ? t('contracts.page.withholdingOn') : t('contracts.page.withholdingOff'),
          })}
        </p>
      )}
      {contract.viewer.actions.includes('answer_terms') ? (
        <AnswerTerms contract={contract} onChange={onChange} onStale={onStale} />
      ) : (
        role === 'client' && <p className="contract-waiting">{t('contracts.terms.waitingWorker')}</p>
      )}
    </div>
  );
}

function AnswerTerms({ contract, onChange, onStale }: PanelProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['reason']);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'agree' | 'refuse' | null>(null);

  const answer = async (agree: boolean) => {
    const body = { agree, reason: agree || reason.trim() === '' ? null : reason };
    const errors = schemaErrors(AnswerBody, body, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    setBusy(agree ? 'agree' : 'refuse');
    await form.run(async () => {
      const next = await contractsApi.answerTerms(contract.id, body);
      onChange(next, agree ? t('contracts.terms.agreed') : t('contracts.terms.refused'));
    });
    setBusy(null);
  };

  const refuse = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void answer(false);
  };

  return (
    <div className="contract-answer">
      <p>{t('contracts.terms.answerLead')}</p>
      <ActionAlert form={form} onStale={onStale} />
      {!refusing ? (
        <div className="form-actions">
          <Button busy={busy === 'agree'} onClick={() => void answer(true)}>
            {t('contracts.terms.agree')}
          </Button>
          <Button
            variant="danger"
            disabled={busy !== null}
            onClick={() => {
              form.clear();
              setRefusing(true);
            }}
          >
            {t('contracts.terms.refuse')}
          </Button>
        </div>
      ) : (
        <form ref={form.formRef} noValidate onSubmit={refuse} className="form confirm-panel">
          <TextAreaField
            label={t('contracts.terms.refuseReason')}
            name="reason"
            rows={3}
            autoFocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={form.fieldErrors.reason}
          />
          <div className="form-actions">
            <Button type="submit" variant="danger" busy={busy === 'refuse'}>
              {t('contracts.terms.refuseConfirm')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy !== null}
              onClick={() => {
                setRefusing(false);
                setReason('');
                form.clear();
              }}
            >
              {t('contracts.terms.back')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

interface Row {
  key: number;
  title: string;
  amount: string;
  dueDate: string;
}

function initialRows(contract: Contract): Row[] {
  const source = contract.pendingTerms
    ? contract.pendingTerms.milestones.map((m) => ({ title: m.title, amount: m.amount, dueDate: m.dueDate }))
    : milestoneGroups(contract).shown.map((m) => ({ title: m.title, amount: m.money.amount, dueDate: m.dueDate }));
  return source.map((m, i) => ({ key: i + 1, title: m.title, amount: String(m.amount), dueDate: m.dueDate }));
}

function ProposeTermsForm({
  contract,
  onChange,
  onStale,
  onCancel,
}: PanelProps & {
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['milestones', 'withholding']);
  const [rows, setRows] = useState<Row[]>(() => initialRows(contract));
  const [withholding, setWithholding] = useState(contract.pendingTerms?.withholding ?? contract.withholding);
  const nextKey = useRef(rows.reduce((max, r) => Math.max(max, r.key), 0) + 1);
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  const focusOn = (id: string) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const key = nextKey.current++;
    setRows((rs) => [...rs, { key, title: '', amount: '', dueDate: '' }]);
    focusOn(`terms-row-${key}-title`);
  };
  const remove = (key: number) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    form.clear();
    focusOn('terms-add');
  };

  const total = rows.reduce((sum, r) => {
    const n = parseWholeNumber(r.amount);
    return typeof n === 'number' ? sum + n : sum;
  }, 0);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const numberErrors: FieldErrors = {};
    const body: ProposeTermsInput = {
      milestones: rows.map((r, i) => {
        const n = parseWholeNumber(r.amount);
        if (n === null) numberErrors[`milestones.${i}.amount`] = fieldMessage('required', lang);
        if (n === 'invalid') numberErrors[`milestones.${i}.amount`] = fieldMessage('not-integer', lang);
        if (r.dueDate === '') numberErrors[`milestones.${i}.dueDate`] = fieldMessage('required', lang);
        return { title: r.title, amount: typeof n === 'number' ? n : 0, dueDate: r.dueDate };
      }),
      withholding: contract.withholdingAllowed ? withholding : false,
    };
    const errors: FieldErrors = { ...schemaErrors(ProposeTermsBody, body, lang), ...numberErrors };
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const next = await contractsApi.proposeTerms(contract.id, body);
      onChange(next, t('contracts.terms.proposed'));
    });
  };

  const rowError = (i: number, field: 'title' | 'amount' | 'dueDate') => form.fieldErrors[`milestones.${i}.${field}`];

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form card contract-panel terms-form">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('contracts.terms.formTitle')}
      </h3>
      <ActionAlert form={form} onStale={onStale} />
      <ol className="terms-rows">
        {rows.map((r, i) => (
          <li key={r.key}>
            <fieldset className="fieldset terms-row">
              <legend>{t('contracts.terms.milestone', { n: formatNumber(i + 1, lang) })}</legend>
              <TextField
                id={`terms-row-${r.key}-title`}
                label={t('contracts.terms.milestoneTitle')}
                hint={t('contracts.terms.milestoneTitleHint')}
                name={`milestones.${i}.title`}
                required
                value={r.title}
                onChange={(e) => update(r.key, { title: e.currentTarget.value })}
                error={rowError(i, 'title')}
              />
              <div className="terms-row-pair">
                <TextField
                  label={t('contracts.terms.amount')}
                  hint={t('contracts.terms.amountHint')}
                  name={`milestones.${i}.amount`}
                  required
                  inputMode="numeric"
                  autoComplete="off"
                  className="input-amount"
                  suffix={t('contracts.terms.yen')}
                  value={r.amount}
                  onChange={(e) => update(r.key, { amount: e.currentTarget.value })}
                  error={rowError(i, 'amount')}
                />
                <TextField
                  label={t('contracts.terms.dueDate')}
                  name={`milestones.${i}.dueDate`}
                  type="date"
                  required
                  className="input-date"
                  value={r.dueDate}
                  onChange={(e) => update(r.key, { dueDate: e.currentTarget.value })}
                  error={rowError(i, 'dueDate')}
                />
              </div>
              {rows.length > 1 && (
                <p className="terms-row-remove">
                  <Button variant="quiet" className="btn-small" onClick={() => remove(r.key)}>
                    {t('contracts.terms.removeMilestone', { n: formatNumber(i + 1, lang) })}
                  </Button>
                </p>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {form.fieldErrors.milestones && <p className="field-error">{form.fieldErrors.milestones}</p>}
      <div>
        <Button id="terms-add" variant="secondary" className="btn-small" disabled={rows.length >= MAX_MILESTONES} onClick={add}>
          {t('contracts.terms.addMilestone')}
        </Button>
        {rows.length >= MAX_MILESTONES && <p className="muted small">{t('contracts.terms.maxMilestones')}</p>}
      </div>
      {contract.withholdingAllowed && (
        <Checkbox
          name="withholding"
          label={t('contracts.terms.withholdingLabel')}
          hint={t('contracts.terms.withholdingHint')}
          checked={withholding}
          onChange={setWithholding}
          error={form.fieldErrors.withholding}
        />
      )}
      <p className="task-total" aria-live="polite">
        {t('contracts.terms.formTotal', { amount: formatYen(total) })}
      </p>
      <p className="muted small">{t('contracts.terms.formNote')}</p>
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('contracts.terms.submit')}
        </Button>
        <Button variant="secondary" disabled={form.submitting} onClick={onCancel}>
          {t('contracts.terms.back')}
        </Button>
      </div>
    </form>
  );
}
