// The client's proposal of new terms: the milestones (title, amount before tax, due date),
// and withholding when the worker may have it. It starts from the terms pending or in force.
import { useEffect, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ProposeTermsBody } from '../../../shared/api/contracts';
import { fieldMessage, type Lang } from '../../../shared/errors';
import { type Contract, contractsApi, type ProposeTermsInput } from '../../api/contracts';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choices';
import { FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { flattenErrors, useApiForm } from '../../lib/form';
import { formatNumber, formatYen } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { type FieldErrors, schemaErrors } from '../../lib/validate';
import { ActionAlert, milestoneGroups, type PanelProps } from './contractParts';

const MAX_MILESTONES = 10;

interface Row {
  title: string;
  amount: string;
  dueDate: string;
}

interface Values {
  milestones: Row[];
  withholding: boolean;
}

function initialRows(contract: Contract): Row[] {
  const source = contract.pendingTerms
    ? contract.pendingTerms.milestones.map((m) => ({ title: m.title, amount: m.amount, dueDate: m.dueDate }))
    : milestoneGroups(contract).shown.map((m) => ({ title: m.title, amount: m.money.amount, dueDate: m.dueDate }));
  return source.map((m) => ({ title: m.title, amount: String(m.amount), dueDate: m.dueDate }));
}

/** The request the rows make, and the mistakes the shared schema cannot see in text inputs. */
function toBody(values: Values, contract: Contract, lang: Lang): { body: ProposeTermsInput; errors: FieldErrors } {
  const numberErrors: FieldErrors = {};
  const body: ProposeTermsInput = {
    milestones: values.milestones.map((r, i) => {
      const n = parseWholeNumber(r.amount);
      if (n === null) numberErrors[`milestones.${i}.amount`] = fieldMessage('required', lang);
      if (n === 'invalid') numberErrors[`milestones.${i}.amount`] = fieldMessage('not-integer', lang);
      if (r.dueDate === '') numberErrors[`milestones.${i}.dueDate`] = fieldMessage('required', lang);
      return { title: r.title, amount: typeof n === 'number' ? n : 0, dueDate: r.dueDate };
    }),
    withholding: contract.withholdingAllowed ? values.withholding : false,
  };
  return { body, errors: { ...schemaErrors(ProposeTermsBody, body, lang), ...numberErrors } };
}

export function ProposeTermsForm({ contract, onChange, onStale, onCancel }: PanelProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<Values>({
    fields: ['milestones', 'withholding'],
    defaultValues: {
      milestones: initialRows(contract),
      withholding: contract.pendingTerms?.withholding ?? contract.withholding,
    },
    check: (values) => toBody(values, contract, lang).errors,
  });
  const rows = useFieldArray({ control: form.control, name: 'milestones' });
  const [focus, setFocus] = useState<{ id: string; n: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  const focusOn = (id: string) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  const add = () => {
    rows.append({ title: '', amount: '', dueDate: '' }, { shouldFocus: false });
    focusOn(`terms-row-${rows.fields.length}-title`);
  };
  const remove = (i: number) => {
    rows.remove(i);
    form.clearProblem();
    form.clearErrors();
    focusOn('terms-add');
  };

  const total = form.watch('milestones').reduce((sum, r) => {
    const n = parseWholeNumber(r.amount);
    return typeof n === 'number' ? sum + n : sum;
  }, 0);

  const submit = form.onSubmit(async (values) => {
    const next = await contractsApi.proposeTerms(contract.id, toBody(values, contract, lang).body);
    onChange(next, t('contracts.terms.proposed'));
  });

  const count = rows.fields.length;
  const listError = flattenErrors(form.formState.errors).milestones;

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form card contract-panel terms-form">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('contracts.terms.formTitle')}
      </h3>
      <ActionAlert form={form} onStale={onStale} />
      <ol className="terms-rows">
        {rows.fields.map((field, i) => (
          <li key={field.id}>
            <fieldset className="fieldset terms-row">
              <legend>{t('contracts.terms.milestone', { n: formatNumber(i + 1, lang) })}</legend>
              <FormTextField
                form={form}
                name={`milestones.${i}.title`}
                id={`terms-row-${i}-title`}
                label={t('contracts.terms.milestoneTitle')}
                hint={t('contracts.terms.milestoneTitleHint')}
                required
              />
              <div className="terms-row-pair">
                <FormTextField
                  form={form}
                  name={`milestones.${i}.amount`}
                  label={t('contracts.terms.amount')}
                  hint={t('contracts.terms.amountHint')}
                  required
                  inputMode="numeric"
                  autoComplete="off"
                  className="input-amount"
                  suffix={t('contracts.terms.yen')}
                />
                <FormTextField
                  form={form}
                  name={`milestones.${i}.dueDate`}
                  label={t('contracts.terms.dueDate')}
                  type="date"
                  required
                  className="input-date"
                />
              </div>
              {count > 1 && (
                <p className="terms-row-remove">
                  <Button variant="quiet" className="btn-small" onClick={() => remove(i)}>
                    {t('contracts.terms.removeMilestone', { n: formatNumber(i + 1, lang) })}
                  </Button>
                </p>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {listError && <p className="field-error">{listError}</p>}
      <div>
        <Button id="terms-add" variant="secondary" className="btn-small" disabled={count >= MAX_MILESTONES} onClick={add}>
          {t('contracts.terms.addMilestone')}
        </Button>
        {count >= MAX_MILESTONES && <p className="muted small">{t('contracts.terms.maxMilestones')}</p>}
      </div>
      {contract.withholdingAllowed && (
        <Checkbox
          name="withholding"
          label={t('contracts.terms.withholdingLabel')}
          hint={t('contracts.terms.withholdingHint')}
          checked={form.watch('withholding')}
          onChange={(on) => form.setValue('withholding', on)}
          error={form.errorOf('withholding')}
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
