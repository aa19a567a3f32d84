import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JOB_TAG_KEYS, JOB_TAGS, type JobTag } from '../../../domain/jobs/categories';
import { checkPosting, type JobKind, LIMITS } from '../../../domain/jobs/posting';
import { splitPrize, splitTaskUnit } from '../../../domain/jobs/work-money';
import type { FeeSchedule } from '../../../domain/money/fees';
import { type JobDetail, JobInput } from '../../../shared/api/jobs';
import { fieldMessage } from '../../../shared/errors';
import { jobsApi } from '../../api/jobs';
import { workApi } from '../../api/work';
import { Button } from '../../components/Button';
import { Checkbox, CheckboxGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { GroupedSelectField, TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatNumber, formatYen, formatYenText } from '../../lib/format';
import { fromDateTimeLocal, parseWholeNumber, toDateTimeLocal } from '../../lib/input';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { type FieldErrors, pointerToKey, schemaErrors } from '../../lib/validate';
import { categoryGroups, KindBadge } from './jobText';
import { KindChoice } from './KindChoice';

const COMMON_FIELDS = ['kind', 'title', 'description', 'category', 'tags', 'deadline', 'deliveryDate', 'publish'];
const KIND_FIELDS: Record<JobKind, string[]> = {
  project: ['budgetMin', 'budgetMax', 'hires', 'milestonesWished'],
  task: ['taskUnitPrice', 'taskSlots', 'taskWorkerLimit', 'taskInstructions'],
  competition: ['prize', 'entryRules', 'allowNoWinner'],
};

const text = (n: number | null) => (n === null ? '' : String(n));

function isJobTag(value: string): value is JobTag {
  return (JOB_TAG_KEYS as readonly string[]).includes(value);
}

/** What the client asked for with the button they pressed. */
export type SaveIntent = 'draft' | 'publish' | 'pay' | 'save';

interface Props {
  /** The posting being edited; null for a new one. */
  initial: JobDetail | null;
  /** After a successful save: the saved posting, and what the client asked for. */
  onSaved: (job: JobDetail, intent: SaveIntent) => void;
}

/** Tasks and competitions are paid up front: their drafts go on to 仮払い rather than being published here. */
function paidUpFront(kind: JobKind | null): boolean {
  return kind === 'task' || kind === 'competition';
}

/**
 * What the client will pay into escrow, with the service's fee schedule, as an estimate
 * for the form; the job page shows the server's figures before anything is paid.
 */
function estimatedEscrow(
  fees: FeeSchedule | null,
  kind: JobKind | null,
  unitPrice: number | null,
  slots: number | null,
  prize: number | null,
) {
  if (!fees) return null;
  try {
    if (kind === 'task' && unitPrice !== null && slots !== null && unitPrice > 0 && slots > 0) {
      const unit = splitTaskUnit(unitPrice, fees);
      return { reward: unitPrice * slots, fee: (unit.clientFee + unit.clientFeeTax) * slots, total: unit.escrow * slots };
    }
    if (kind === 'competition' && prize !== null && prize > 0) {
      const unit = splitPrize(prize, fees);
      return { reward: prize, fee: unit.clientFee + unit.clientFeeTax, total: unit.escrow };
    }
  } catch {
    // An amount out of range: the form's own checks explain it.
  }
  return null;
}

/**
 * The posting form: the kind first, then what every job has, then the terms of the kind.
 * 「下書き保存」 keeps a draft; 「募集を開始する」 publishes a project. A task or a
 * competition is paid for before it opens: 「下書き保存して仮払いへ進む」 saves the draft
 * and leads to the payment on the job page. An open posting is edited in place with
 * 「変更を保存する」 and keeps its kind; once paid (or a transfer waits) the pay is fixed.
 */
export function JobForm({ initial, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [fees, setFees] = useState<FeeSchedule | null>(null);
  useEffect(() => {
    let live = true;
    // Without the schedule the form simply shows no estimate.
    workApi.fees().then(
      (schedule) => live && setFees(schedule),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const [kind, setKind] = useState<JobKind | null>(initial?.kind ?? null);
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [category, setCategory] = useState(initial?.category ?? '');
  const [tags, setTags] = useState<JobTag[]>(initial?.tags.filter(isJobTag) ?? []);
  const [deadline, setDeadline] = useState(initial ? toDateTimeLocal(initial.deadline) : '');
  const [deliveryDate, setDeliveryDate] = useState(initial?.deliveryDate ?? '');
  const [budgetMin, setBudgetMin] = useState(text(initial?.budgetMin ?? null));
  const [budgetMax, setBudgetMax] = useState(text(initial?.budgetMax ?? null));
  const [hires, setHires] = useState(initial ? text(initial.hires) : '1');
  const [milestones, setMilestones] = useState(text(initial?.milestonesWished ?? null));
  const [unitPrice, setUnitPrice] = useState(text(initial?.taskUnitPrice ?? null));
  const [slots, setSlots] = useState(text(initial?.taskSlots ?? null));
  const [workerLimit, setWorkerLimit] = useState(text(initial?.taskWorkerLimit ?? 1));
  const [instructions, setInstructions] = useState(initial?.taskInstructions ?? '');
  const [prize, setPrize] = useState(text(initial?.prize ?? null));
  const [entryRules, setEntryRules] = useState(initial?.entryRules ?? '');
  const [allowNoWinner, setAllowNoWinner] = useState(initial?.allowNoWinner ?? false);
  const [publishing, setPublishing] = useState<boolean | null>(null);

  const isOpen = initial?.status === 'open';
  const escrow = initial && initial.kind !== 'project' ? (initial.work?.escrowStatus ?? 'none') : 'none';
  // The server refuses changes to the pay while money is escrowed or on its way.
  const moneyLocked = escrow === 'awaiting_deposit' || escrow === 'funded' || escrow === 'closed';
  const needsPayment = paidUpFront(kind) && escrow !== 'funded';
  const form = useFormSubmit(kind ? [...COMMON_FIELDS, ...KIND_FIELDS[kind]] : COMMON_FIELDS);
  const now = new Date();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    // Enter in a text box uses the first button, 「下書き保存」; publishing and paying need their own button.
    const pressed = submitter instanceof HTMLButtonElement ? submitter.value : 'draft';
    const publish = !isOpen && pressed === 'publish' && !needsPayment;
    const pay = !isOpen && pressed === 'pay' && needsPayment;
    const intent: SaveIntent = isOpen ? 'save' : publish ? 'publish' : pay ? 'pay' : 'draft';

    const numberErrors: FieldErrors = {};
    const num = (value: string, key: string): number | null => {
      const n = parseWholeNumber(value);
      if (n === 'invalid') {
        numberErrors[key] = fieldMessage('not-integer', lang);
        return null;
      }
      return n;
    };
    const optionalText = (value: string) => (value.trim() === '' ? null : value);
    const deadlineIso = fromDateTimeLocal(deadline);
    const body: JobInput = {
      kind: kind ?? ('' as JobKind),
      title,
      description,
      category,
      tags,
      deadline: deadlineIso ?? deadline,
      deliveryDate: deliveryDate === '' ? null : deliveryDate,
      budgetMin: kind === 'project' ? num(budgetMin, 'budgetMin') : null,
      budgetMax: kind === 'project' ? num(budgetMax, 'budgetMax') : null,
      hires: kind === 'project' ? num(hires, 'hires') : null,
      milestonesWished: kind === 'project' ? num(milestones, 'milestonesWished') : null,
      taskSlots: kind === 'task' ? num(slots, 'taskSlots') : null,
      taskUnitPrice: kind === 'task' ? num(unitPrice, 'taskUnitPrice') : null,
      taskWorkerLimit: kind === 'task' ? num(workerLimit, 'taskWorkerLimit') : null,
      taskInstructions: kind === 'task' ? optionalText(instructions) : null,
      prize: kind === 'competition' ? num(prize, 'prize') : null,
      entryRules: kind === 'competition' ? optionalText(entryRules) : null,
      allowNoWinner: kind === 'competition' ? allowNoWinner : false,
      publish,
    };

    const errors: FieldErrors = { ...schemaErrors(JobInput, body, lang), ...numberErrors };
    if (deadline === '') errors.deadline = fieldMessage('required', lang);
    if (category === '') errors.category = fieldMessage('invalid-choice', lang);
    if (kind && deadlineIso) {
      // The same cross-field rules the server applies; the deadline is checked when
      // publishing, and when the deadline of an open posting changes.
      const deadlineChanged = initial !== null && new Date(deadlineIso).getTime() !== new Date(initial.deadline).getTime();
      // Paying needs a posting that could open as it is, so its deadline is checked too.
      const checkDeadline = publish || pay || (isOpen && deadlineChanged);
      const issues = checkPosting({ ...body, kind, deadline: new Date(deadlineIso) }, now, checkDeadline);
      for (const issue of issues) {
        const key = pointerToKey(issue.pointer);
        if (!(key in errors)) errors[key] = fieldMessage(issue.code, lang, issue.params);
      }
    }
    if (Object.keys(errors).length > 0) return form.fail(errors);

    setPublishing(publish || pay);
    void form.run(async () => {
      const saved = initial ? await jobsApi.update(initial.id, body) : await jobsApi.create(body);
      onSaved(saved, intent);
    });
  };

  const err = form.fieldErrors;
  const tagsError = err.tags ?? Object.entries(err).find(([k]) => k.startsWith('tags.'))?.[1];
  const unit = parseWholeNumber(unitPrice);
  const count = parseWholeNumber(slots);
  const total = typeof unit === 'number' && typeof count === 'number' ? unit * count : null;
  const prizeAmount = parseWholeNumber(prize);
  const estimate = estimatedEscrow(
    fees,
    kind,
    typeof unit === 'number' ? unit : null,
    typeof count === 'number' ? count : null,
    typeof prizeAmount === 'number' ? prizeAmount : null,
  );
  const estimateText = estimate
    ? t('work.form.estimate', {
        total: formatYen(estimate.total),
        reward: formatYen(estimate.reward),
        fee: formatYen(estimate.fee),
      })
    : null;
  const maxDeadline = new Date(now.getTime() + LIMITS.deadlineMaxDays * 86_400_000);
  const yen = t('jobForm.yen');

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form job-form" aria-labelledby="job-form-title">
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />

      {(isOpen || moneyLocked) && initial ? (
        <div className="field">
          <p className="field-label">{t('jobForm.kind')}</p>
          <p className="job-kind-fixed">
            <KindBadge kind={initial.kind} />
          </p>
          <p className="field-hint">{moneyLocked ? t('work.form.kindLocked') : t('jobForm.kindFixed')}</p>
        </div>
      ) : (
        <KindChoice value={kind} onChange={setKind} error={err.kind} />
      )}

      <fieldset className="fieldset">
        <legend>{t('jobForm.basics')}</legend>
        <TextField
          label={t('jobForm.title')}
          hint={t('jobForm.titleHint')}
          name="title"
          required
          autoComplete="off"
          maxLength={LIMITS.titleMax + 20}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err.title}
        />
        <TextAreaField
          label={t('jobForm.description')}
          hint={t('jobForm.descriptionHint')}
          name="description"
          required
          rows={10}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={err.description}
        />
        <GroupedSelectField
          label={t('jobForm.category')}
          name="category"
          required
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          leading={[{ value: '', label: t('jobForm.categoryChoose') }]}
          groups={categoryGroups(lang)}
          error={err.category}
        />
        <CheckboxGroup
          legend={t('jobForm.tags')}
          hint={t('jobForm.tagsHint')}
          name="tags"
          options={JOB_TAG_KEYS.map((k) => ({ value: k, label: JOB_TAGS[k][lang] }))}
          value={tags}
          onChange={setTags}
          error={tagsError}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('jobForm.schedule')}</legend>
        <TextField
          label={t('jobForm.deadline')}
          hint={t('jobForm.deadlineHint', { days: LIMITS.deadlineMaxDays })}
          type="datetime-local"
          name="deadline"
          required
          min={toDateTimeLocal(now)}
          max={toDateTimeLocal(maxDeadline)}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          error={err.deadline}
        />
        <TextField
          label={t('jobForm.deliveryDate')}
          hint={t('jobForm.deliveryDateHint')}
          type="date"
          name="deliveryDate"
          value={deliveryDate}
          onChange={(e) => setDeliveryDate(e.currentTarget.value)}
          error={err.deliveryDate}
        />
      </fieldset>

      {kind === 'project' && (
        <fieldset className="fieldset">
          <legend>{t('jobForm.projectTerms')}</legend>
          <div className="range-fields">
            <AmountField
              label={t('jobForm.budgetMin')}
              name="budgetMin"
              unit={yen}
              required
              value={budgetMin}
              onChange={setBudgetMin}
              error={err.budgetMin}
            />
            <AmountField
              label={t('jobForm.budgetMax')}
              name="budgetMax"
              unit={yen}
              required
              value={budgetMax}
              onChange={setBudgetMax}
              error={err.budgetMax}
            />
          </div>
          <p className="field-hint fieldset-note">{t('jobForm.budgetHint')}</p>
          <AmountField
            label={t('jobForm.hires')}
            hint={t('jobForm.hiresHint')}
            name="hires"
            unit={t('jobForm.people')}
            required
            short
            value={hires}
            onChange={setHires}
            error={err.hires}
          />
          <AmountField
            label={t('jobForm.milestones')}
            hint={t('jobForm.milestonesHint')}
            name="milestonesWished"
            unit={t('jobForm.times')}
            short
            value={milestones}
            onChange={setMilestones}
            error={err.milestonesWished}
          />
        </fieldset>
      )}

      {kind === 'task' && (
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
              <AmountField
                id="job-task-unit-price"
                label={t('jobForm.unitPrice')}
                hint={t('jobForm.unitPriceHint')}
                name="taskUnitPrice"
                unit={yen}
                required
                value={unitPrice}
                onChange={setUnitPrice}
                error={err.taskUnitPrice}
              />
              <AmountField
                id="job-task-slots"
                label={t('jobForm.slots')}
                hint={t('jobForm.slotsHint')}
                name="taskSlots"
                unit={t('jobForm.items')}
                required
                value={slots}
                onChange={setSlots}
                error={err.taskSlots}
              />
              <div className="task-total">
                <output htmlFor="job-task-unit-price job-task-slots" aria-live="polite">
                  {total !== null ? t('jobs.totalAmount', { amount: formatYenText(total, lang) }) : t('jobForm.totalPending')}
                  {estimateText && <span className="work-estimate">{estimateText}</span>}
                </output>
              </div>
            </>
          )}
          <AmountField
            id="job-task-worker-limit"
            label={t('jobForm.workerLimit')}
            hint={t('jobForm.workerLimitHint')}
            name="taskWorkerLimit"
            unit={t('jobForm.items')}
            required
            short
            value={workerLimit}
            onChange={setWorkerLimit}
            error={err.taskWorkerLimit}
          />
          <TextAreaField
            label={t('jobForm.instructions')}
            hint={t('jobForm.instructionsHint')}
            name="taskInstructions"
            rows={6}
            value={instructions}
            onChange={(e) => setInstructions(e.currentTarget.value)}
            error={err.taskInstructions}
          />
        </fieldset>
      )}

      {kind === 'competition' && (
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
              <AmountField
                id="job-prize"
                label={t('jobForm.prize')}
                hint={t('jobForm.prizeHint')}
                name="prize"
                unit={yen}
                required
                value={prize}
                onChange={setPrize}
                error={err.prize}
              />
              <div className="task-total">
                <output htmlFor="job-prize" aria-live="polite">
                  {estimateText ?? t('work.form.estimatePending')}
                </output>
              </div>
            </>
          )}
          <TextAreaField
            label={t('jobForm.entryRules')}
            hint={t('jobForm.entryRulesHint')}
            name="entryRules"
            rows={6}
            value={entryRules}
            onChange={(e) => setEntryRules(e.currentTarget.value)}
            error={err.entryRules}
          />
          {!moneyLocked && (
            <Checkbox
              name="allowNoWinner"
              label={t('jobForm.allowNoWinner')}
              hint={t('work.form.allowNoWinnerHint')}
              checked={allowNoWinner}
              onChange={setAllowNoWinner}
              error={err.allowNoWinner}
            />
          )}
        </fieldset>
      )}

      <div className="form-actions job-form-actions">
        {isOpen ? (
          <Button type="submit" name="intent" value="save" busy={form.submitting}>
            {t('jobForm.saveChanges')}
          </Button>
        ) : (
          <>
            <Button
              type="submit"
              variant="secondary"
              name="intent"
              value="draft"
              busy={form.submitting && publishing === false}
              disabled={form.submitting}
            >
              {t('jobForm.saveDraft')}
            </Button>
            <Button
              type="submit"
              name="intent"
              value={needsPayment ? 'pay' : 'publish'}
              aria-describedby={needsPayment ? 'job-form-pay-hint' : undefined}
              busy={form.submitting && publishing === true}
              disabled={form.submitting}
            >
              {!needsPayment
                ? t('jobForm.publish')
                : escrow === 'awaiting_deposit'
                  ? t('work.form.saveAndTransfer')
                  : t('work.form.saveAndPay')}
            </Button>
          </>
        )}
      </div>
      {!isOpen && needsPayment && (
        <p id="job-form-pay-hint" className="muted small">
          {escrow === 'awaiting_deposit' ? t('work.form.payHintAwaiting') : t('work.form.payHint')}
        </p>
      )}
      <p className="job-form-back">
        <Link to={initial ? `/jobs/${encodeURIComponent(initial.id)}` : '/mypage/jobs'}>{t('jobForm.back')}</Link>
      </p>
    </form>
  );
}

/** A yen amount or a count; full-width digits and thousands separators are accepted. */
function AmountField({
  id,
  label,
  hint,
  name,
  unit,
  required,
  short,
  value,
  onChange,
  error,
}: {
  id?: string;
  label: string;
  hint?: string;
  name: string;
  unit: string;
  required?: boolean;
  short?: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      name={name}
      required={required}
      inputMode="numeric"
      autoComplete="off"
      className={short ? 'input-short' : 'input-amount'}
      suffix={unit}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
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
