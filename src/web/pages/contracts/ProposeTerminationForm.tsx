// 途中解消の提案: the reason, and for each milestone in escrow whether the worker is paid
// nothing (全額返金), all of it, or a part (an amount before tax).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TerminationBody } from '../../../shared/api/contracts';
import { fieldMessage, type Lang } from '../../../shared/errors';
import { contractsApi, type Milestone } from '../../api/contracts';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { FormTextArea } from '../../components/FormFields';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatNumber, formatYen } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { ActionAlert, orderedMilestones, type PanelProps } from './contractParts';

const ESCROWED: readonly Milestone['status'][] = ['funded', 'delivered'];

type Choice = 'refund' | 'full' | 'partial';

interface Line {
  choice: Choice | null;
  partial: string;
}

interface Values {
  reason: string;
  lines: Record<string, Line>;
}

const EMPTY: Line = { choice: null, partial: '' };

/** The request the choices make, and what is missing or wrong in them. */
function toBody(values: Values, escrowed: Milestone[], lang: Lang) {
  const choiceErrors: FieldErrors = {};
  const settlement = escrowed.map((m, i) => {
    const l = values.lines[m.id] ?? EMPTY;
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
  const body = { reason: values.reason, settlement };
  return { body, errors: { ...schemaErrors(TerminationBody, body, lang), ...choiceErrors } };
}

export function ProposeTerminationForm({ contract, onChange, onStale, onCancel }: PanelProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const escrowed = orderedMilestones(contract).filter((m) => ESCROWED.includes(m.status));
  const form = useApiForm<Values>({
    fields: ['reason', 'settlement'],
    defaultValues: { reason: '', lines: {} },
    check: (values) => toBody(values, escrowed, lang).errors,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lines = form.watch('lines');
  const line = (id: string): Line => lines[id] ?? EMPTY;
  const update = (id: string, patch: Partial<Line>) => form.setValue('lines', { ...lines, [id]: { ...line(id), ...patch } });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = form.onSubmit(async (values) => {
    const next = await contractsApi.proposeTermination(contract.id, toBody(values, escrowed, lang).body);
    onChange(next, t('contracts.termination.proposed'));
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form card contract-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('contracts.termination.formTitle')}
      </h3>
      <ActionAlert form={form} onStale={onStale} />
      <FormTextArea
        form={form}
        name="reason"
        label={t('contracts.termination.reasonLabel')}
        hint={t('contracts.termination.reasonHint')}
        required
        rows={4}
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
              const error = form.errorOf(`settlement.${i}.workerAmount`);
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
