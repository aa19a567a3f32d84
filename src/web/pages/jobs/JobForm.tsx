import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JOB_TAG_KEYS, JOB_TAGS, type JobTag } from '../../../domain/jobs/categories';
import { checkPosting, type JobKind, LIMITS } from '../../../domain/jobs/posting';
import { type JobDetail, JobInput } from '../../../shared/api/jobs';
import { fieldMessage } from '../../../shared/errors';
import { jobsApi } from '../../api/jobs';
import { Button } from '../../components/Button';
import { Checkbox, CheckboxGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { GroupedSelectField, TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatYenText } from '../../lib/format';
import { fromDateTimeLocal, parseWholeNumber, toDateTimeLocal } from '../../lib/input';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { type FieldErrors, pointerToKey, schemaErrors } from '../../lib/validate';
import { categoryGroups, KindBadge } from './jobText';
import { KindChoice } from './KindChoice';

const COMMON_FIELDS = ['kind', 'title', 'description', 'category', 'tags', 'deadline', 'deliveryDate', 'publish'];
const KIND_FIELDS: Record<JobKind, string[]> = {
  project: ['budgetMin', 'budgetMax', 'hires', 'milestonesWished'],
  task: ['taskUnitPrice', 'taskSlots', 'taskInstructions'],
  competition: ['prize', 'entryRules', 'allowNoWinner'],
};

const text = (n: number | null) => (n === null ? '' : String(n));

function isJobTag(value: string): value is JobTag {
  return (JOB_TAG_KEYS as readonly string[]).includes(value);
}

interface Props {
  /** The posting being edited; null for a new one. */
  initial: JobDetail | null;
  /** After a successful save: the saved posting, and whether it was published just now. */
  onSaved: (job: JobDetail, published: boolean) => void;
}

/**
 * The posting form: the kind first, then what every job has, then the terms of the kind.
 * 「下書き保存」 keeps a draft; 「募集を開始する」 publishes. An open posting is edited in
 * place with 「変更を保存する」 and keeps its kind.
 */
export function JobForm({ initial, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();

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
  const [instructions, setInstructions] = useState(initial?.taskInstructions ?? '');
  const [prize, setPrize] = useState(text(initial?.prize ?? null));
  const [entryRules, setEntryRules] = useState(initial?.entryRules ?? '');
  const [allowNoWinner, setAllowNoWinner] = useState(initial?.allowNoWinner ?? false);
  const [publishing, setPublishing] = useState<boolean | null>(null);

  const isOpen = initial?.status === 'open';
  const form = useFormSubmit(kind ? [...COMMON_FIELDS, ...KIND_FIELDS[kind]] : COMMON_FIELDS);
  const now = new Date();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    // Enter in a text box uses the first button, 「下書き保存」; publishing needs its own button.
    const publish = !isOpen && submitter instanceof HTMLButtonElement && submitter.value === 'publish';

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
      const checkDeadline = publish || (isOpen && deadlineChanged);
      const issues = checkPosting({ ...body, kind, deadline: new Date(deadlineIso) }, now, checkDeadline);
      for (const issue of issues) {
        const key = pointerToKey(issue.pointer);
        if (!(key in errors)) errors[key] = fieldMessage(issue.code, lang, issue.params);
      }
    }
    if (Object.keys(errors).length > 0) return form.fail(errors);

    setPublishing(publish);
    void form.run(async () => {
      const saved = initial ? await jobsApi.update(initial.id, body) : await jobsApi.create(body);
      onSaved(saved, publish);
    });
  };

  const err = form.fieldErrors;
  const tagsError = err.tags ?? Object.entries(err).find(([k]) => k.startsWith('tags.'))?.[1];
  const unit = parseWholeNumber(unitPrice);
  const count = parseWholeNumber(slots);
  const total = typeof unit === 'number' && typeof count === 'number' ? unit * count : null;
  const maxDeadline = new Date(now.getTime() + LIMITS.deadlineMaxDays * 86_400_000);
  const yen = t('jobForm.yen');

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form job-form" aria-labelledby="job-form-title">
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />

      {isOpen && initial ? (
        <div className="field">
          <p className="field-label">{t('jobForm.kind')}</p>
          <p className="job-kind-fixed">
            <KindBadge kind={initial.kind} />
          </p>
          <p className="field-hint">{t('jobForm.kindFixed')}</p>
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
          <p className="task-total">
            <output htmlFor="job-task-unit-price job-task-slots" aria-live="polite">
              {total !== null ? t('jobs.totalAmount', { amount: formatYenText(total, lang) }) : t('jobForm.totalPending')}
            </output>
          </p>
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
          <AmountField
            label={t('jobForm.prize')}
            hint={t('jobForm.prizeHint')}
            name="prize"
            unit={yen}
            required
            value={prize}
            onChange={setPrize}
            error={err.prize}
          />
          <TextAreaField
            label={t('jobForm.entryRules')}
            hint={t('jobForm.entryRulesHint')}
            name="entryRules"
            rows={6}
            value={entryRules}
            onChange={(e) => setEntryRules(e.currentTarget.value)}
            error={err.entryRules}
          />
          <Checkbox
            name="allowNoWinner"
            label={t('jobForm.allowNoWinner')}
            hint={t('jobForm.allowNoWinnerHint')}
            checked={allowNoWinner}
            onChange={setAllowNoWinner}
            error={err.allowNoWinner}
          />
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
              value="publish"
              busy={form.submitting && publishing === true}
              disabled={form.submitting}
            >
              {t('jobForm.publish')}
            </Button>
          </>
        )}
      </div>
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
