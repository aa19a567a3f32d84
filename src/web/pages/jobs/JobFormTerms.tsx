import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import type { FeeSchedule } from '../../api/work';
import { Checkbox } from '../../components/Choices';
import { FormAmountField, FormTextArea } from '../../components/FormFields';
import { useLang } from '../../i18n';
import type { ApiForm } from '../../lib/form';
import { formatNumber, formatYen, formatYenText } from '../../lib/format';
import { estimatedEscrow, type JobFormValues, typedNumber } from './jobFormValues';

interface TermsProps {
  form: ApiForm<JobFormValues>;
  /** The posting being edited; null for a new one. */
  initial: JobDetail | null;
  /** Paid (or a transfer waits): the pay is shown, not editable. */
  moneyLocked: boolean;
  fees?: FeeSchedule | undefined;
}

/** 募集条件 of a project: the budget range, how many people, how many milestones. */
export function ProjectTerms({ form }: Pick<TermsProps, 'form'>) {
  const { t } = useTranslation();
  const yen = t('jobForm.yen');
  return (
    <fieldset className="fieldset">
      <legend>{t('jobForm.projectTerms')}</legend>
      <div className="range-fields">
        <FormAmountField form={form} name="budgetMin" label={t('jobForm.budgetMin')} unit={yen} required width="amount" />
        <FormAmountField form={form} name="budgetMax" label={t('jobForm.budgetMax')} unit={yen} required width="amount" />
      </div>
      <p className="field-hint fieldset-note">{t('jobForm.budgetHint')}</p>
      <FormAmountField
        form={form}
        name="hires"
        label={t('jobForm.hires')}
        hint={t('jobForm.hiresHint')}
        unit={t('jobForm.people')}
        required
        width="short"
      />
      <FormAmountField
        form={form}
        name="milestonesWished"
        label={t('jobForm.milestones')}
        hint={t('jobForm.milestonesHint')}
        unit={t('jobForm.times')}
        width="short"
      />
    </fieldset>
  );
}

function useEstimateText(fees: FeeSchedule | undefined, values: Partial<JobFormValues>) {
  const { t } = useTranslation();
  const estimate = estimatedEscrow(
    fees,
    values.kind ?? null,
    typedNumber(values.taskUnitPrice ?? ''),
    typedNumber(values.taskSlots ?? ''),
    typedNumber(values.prize ?? ''),
  );
  return estimate
    ? t('work.form.estimate', {
        total: formatYen(estimate.total),
        reward: formatYen(estimate.reward),
        fee: formatYen(estimate.fee),
      })
    : null;
}

/** 募集条件 of a task: the pay per item and how many, fixed once paid, and the instructions. */
export function TaskTerms({ form, initial, moneyLocked, fees }: TermsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [kind, unitPrice, slots] = form.watch(['kind', 'taskUnitPrice', 'taskSlots']);
  const estimateText = useEstimateText(fees, { kind, taskUnitPrice: unitPrice, taskSlots: slots });
  const unit = typedNumber(unitPrice);
  const count = typedNumber(slots);
  const total = unit !== null && count !== null ? unit * count : null;
  return (
    <fieldset className="fieldset">
      <legend>{t('jobForm.taskTerms')}</legend>
      {moneyLocked ? (
        <LockedTerms
          items={[
            { label: t('jobForm.unitPrice'), value: formatYenText(initial?.taskUnitPrice ?? 0, lang) },
            { label: t('jobForm.slots'), value: t('work.rules.count', { n: formatNumber(initial?.taskSlots ?? 0, lang) }) },
          ]}
        />
      ) : (
        <>
          <FormAmountField
            form={form}
            name="taskUnitPrice"
            id="job-task-unit-price"
            label={t('jobForm.unitPrice')}
            hint={t('jobForm.unitPriceHint')}
            unit={t('jobForm.yen')}
            required
            width="amount"
          />
          <FormAmountField
            form={form}
            name="taskSlots"
            id="job-task-slots"
            label={t('jobForm.slots')}
            hint={t('jobForm.slotsHint')}
            unit={t('jobForm.items')}
            required
            width="amount"
          />
          <div className="task-total">
            <output htmlFor="job-task-unit-price job-task-slots" aria-live="polite">
              {total !== null ? t('jobs.totalAmount', { amount: formatYenText(total, lang) }) : t('jobForm.totalPending')}
              {estimateText && <span className="work-estimate">{estimateText}</span>}
            </output>
          </div>
        </>
      )}
      <FormAmountField
        form={form}
        name="taskWorkerLimit"
        id="job-task-worker-limit"
        label={t('jobForm.workerLimit')}
        hint={t('jobForm.workerLimitHint')}
        unit={t('jobForm.items')}
        required
        width="short"
      />
      <FormTextArea
        form={form}
        name="taskInstructions"
        label={t('jobForm.instructions')}
        hint={t('jobForm.instructionsHint')}
        rows={6}
      />
    </fieldset>
  );
}

/** 募集条件 of a competition: the prize, fixed once paid, the rules and whether no winner may be chosen. */
export function CompetitionTerms({ form, initial, moneyLocked, fees }: TermsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [kind, prize] = form.watch(['kind', 'prize']);
  const estimateText = useEstimateText(fees, { kind, prize });
  return (
    <fieldset className="fieldset">
      <legend>{t('jobForm.competitionTerms')}</legend>
      {moneyLocked ? (
        <LockedTerms
          items={[
            { label: t('jobForm.prize'), value: formatYenText(initial?.prize ?? 0, lang) },
            {
              label: t('work.form.noWinnerRule'),
              value: initial?.allowNoWinner ? t('work.rules.noWinnerAllowed') : t('work.rules.alwaysWinner'),
            },
          ]}
        />
      ) : (
        <>
          <FormAmountField
            form={form}
            name="prize"
            id="job-prize"
            label={t('jobForm.prize')}
            hint={t('jobForm.prizeHint')}
            unit={t('jobForm.yen')}
            required
            width="amount"
          />
          <div className="task-total">
            <output htmlFor="job-prize" aria-live="polite">
              {estimateText ?? t('work.form.estimatePending')}
            </output>
          </div>
        </>
      )}
      <FormTextArea form={form} name="entryRules" label={t('jobForm.entryRules')} hint={t('jobForm.entryRulesHint')} rows={6} />
      {!moneyLocked && (
        <Controller
          control={form.control}
          name="allowNoWinner"
          render={({ field }) => (
            <Checkbox
              name="allowNoWinner"
              label={t('jobForm.allowNoWinner')}
              hint={t('work.form.allowNoWinnerHint')}
              checked={field.value}
              onChange={field.onChange}
              error={form.errorOf('allowNoWinner')}
            />
          )}
        />
      )}
    </fieldset>
  );
}

/** The pay of a posting once it is paid (or a transfer waits): shown, not editable. */
function LockedTerms({ items }: { items: { label: string; value: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="note">{t('work.form.moneyLocked')}</p>
      <dl className="facts facts-compact work-locked-terms">
        {items.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
