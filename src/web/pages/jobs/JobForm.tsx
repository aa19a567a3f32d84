import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JOB_TAG_KEYS, JOB_TAGS } from '../../../domain/jobs/categories';
import { LIMITS } from '../../../domain/jobs/posting';
import type { JobDetail } from '../../../shared/api/jobs';
import { jobsApi } from '../../api/jobs';
import { workQueries } from '../../api/work';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormGroupedSelect, FormTextArea, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { toDateTimeLocal } from '../../lib/input';
import { CompetitionTerms, ProjectTerms, TaskTerms } from './JobFormTerms';
import {
  checkJobForm,
  type JobFormValues,
  jobFormDefaults,
  jobFormFields,
  paidUpFront,
  type SaveIntent,
  toJobInput,
} from './jobFormValues';
import { categoryGroups, KindBadge } from './jobText';
import { KindChoice } from './KindChoice';

export type { SaveIntent };

interface Props {
  /** The posting being edited; null for a new one. */
  initial: JobDetail | null;
  /** After a successful save: the saved posting, and what the client asked for. */
  onSaved: (job: JobDetail, intent: SaveIntent) => void;
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
  // Without the schedule the form simply shows no estimate.
  const fees = useQuery(workQueries.fees()).data;
  // The button pressed, read by the checks (which run before the next render).
  const intentRef = useRef<SaveIntent>('draft');
  const [intent, setIntent] = useState<SaveIntent>('draft');
  const now = new Date();

  const isOpen = initial?.status === 'open';
  const escrow = initial && initial.kind !== 'project' ? (initial.work?.escrowStatus ?? 'none') : 'none';
  // The server refuses changes to the pay while money is escrowed or on its way.
  const moneyLocked = escrow === 'awaiting_deposit' || escrow === 'funded' || escrow === 'closed';

  // Kept beside the form's value: which fields the form shows depends on it.
  const [kind, setKind] = useState(initial?.kind ?? null);
  const form = useApiForm<JobFormValues>({
    fields: jobFormFields(kind),
    defaultValues: jobFormDefaults(initial),
    check: (values) => checkJobForm(values, { initial, intent: intentRef.current, lang, now: new Date() }),
  });
  const needsPayment = paidUpFront(kind) && escrow !== 'funded';

  const save = form.onSubmit(async (values) => {
    const { body } = toJobInput(values, intentRef.current === 'publish', lang);
    const saved = initial ? await jobsApi.update(initial.id, body) : await jobsApi.create(body);
    onSaved(saved, intentRef.current);
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    // Enter in a text box uses the first button, 「下書き保存」; publishing and paying need their own button.
    const pressed = submitter instanceof HTMLButtonElement ? submitter.value : 'draft';
    const publish = !isOpen && pressed === 'publish' && !needsPayment;
    const pay = !isOpen && pressed === 'pay' && needsPayment;
    intentRef.current = isOpen ? 'save' : publish ? 'publish' : pay ? 'pay' : 'draft';
    setIntent(intentRef.current);
    void save(e);
  };

  const maxDeadline = new Date(now.getTime() + LIMITS.deadlineMaxDays * 86_400_000);
  const publishing = intent === 'publish' || intent === 'pay';

  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form job-form" aria-labelledby="job-form-title">
      {(isOpen || moneyLocked) && initial ? (
        <div className="field">
          <p className="field-label">{t('jobForm.kind')}</p>
          <p className="job-kind-fixed">
            <KindBadge kind={initial.kind} />
          </p>
          <p className="field-hint">{moneyLocked ? t('work.form.kindLocked') : t('jobForm.kindFixed')}</p>
        </div>
      ) : (
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <KindChoice
              value={field.value}
              onChange={(next) => {
                field.onChange(next);
                setKind(next);
              }}
              error={form.errorOf('kind')}
            />
          )}
        />
      )}

      <fieldset className="fieldset">
        <legend>{t('jobForm.basics')}</legend>
        <FormTextField
          form={form}
          name="title"
          label={t('jobForm.title')}
          hint={t('jobForm.titleHint')}
          required
          autoComplete="off"
          maxLength={LIMITS.titleMax + 20}
        />
        <FormTextArea
          form={form}
          name="description"
          label={t('jobForm.description')}
          hint={t('jobForm.descriptionHint')}
          required
          rows={10}
        />
        <FormGroupedSelect
          form={form}
          name="category"
          label={t('jobForm.category')}
          required
          leading={[{ value: '', label: t('jobForm.categoryChoose') }]}
          groups={categoryGroups(lang)}
        />
        <Controller
          control={form.control}
          name="tags"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('jobForm.tags')}
              hint={t('jobForm.tagsHint')}
              name="tags"
              options={JOB_TAG_KEYS.map((k) => ({ value: k, label: JOB_TAGS[k][lang] }))}
              value={field.value}
              onChange={field.onChange}
              error={form.errorOf('tags')}
            />
          )}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('jobForm.schedule')}</legend>
        <FormTextField
          form={form}
          name="deadline"
          label={t('jobForm.deadline')}
          hint={t('jobForm.deadlineHint', { days: LIMITS.deadlineMaxDays })}
          type="datetime-local"
          required
          min={toDateTimeLocal(now)}
          max={toDateTimeLocal(maxDeadline)}
        />
        <FormTextField
          form={form}
          name="deliveryDate"
          label={t('jobForm.deliveryDate')}
          hint={t('jobForm.deliveryDateHint')}
          type="date"
        />
      </fieldset>

      {kind === 'project' && <ProjectTerms form={form} />}
      {kind === 'task' && <TaskTerms form={form} initial={initial} moneyLocked={moneyLocked} fees={fees} />}
      {kind === 'competition' && <CompetitionTerms form={form} initial={initial} moneyLocked={moneyLocked} fees={fees} />}

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
              busy={form.submitting && !publishing}
              disabled={form.submitting}
            >
              {t('jobForm.saveDraft')}
            </Button>
            <Button
              type="submit"
              name="intent"
              value={needsPayment ? 'pay' : 'publish'}
              aria-describedby={needsPayment ? 'job-form-pay-hint' : undefined}
              busy={form.submitting && publishing}
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
    </ApiFormFrame>
  );
}
