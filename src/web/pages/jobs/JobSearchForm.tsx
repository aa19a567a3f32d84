import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { JOB_TAG_KEYS, JOB_TAGS, type JobTag } from '../../../domain/jobs/categories';
import { JOB_KINDS, type JobKind, LIMITS } from '../../../domain/jobs/posting';
import { fieldMessage } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { FormAmountField, FormGroupedSelect, FormSelect, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { isDateInput, parseWholeNumber } from '../../lib/input';
import type { FieldErrors } from '../../lib/validate';
import { categoryGroups, useJobText } from './jobText';
import { filterCount, type SearchSort, type SearchState, searchHref } from './searchState';

const FIELDS = ['q', 'kind', 'category', 'budgetMin', 'budgetMax', 'tags', 'deadlineBefore', 'sort'] as const;

interface Props {
  /** The search in the address; the form starts from it. */
  initial: SearchState;
  filtersOpen: boolean;
  onFiltersOpenChange: (open: boolean) => void;
}

interface Values {
  q: string;
  kind: JobKind | '';
  category: string;
  budgetMin: string;
  budgetMax: string;
  tags: JobTag[];
  deadlineBefore: string;
  sort: SearchSort;
}

/** The search the values stand for, and what is wrong with them (「８，０００」 is 8000). */
function searchOf(values: Values, lang: 'ja' | 'en'): { next: SearchState; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const amount = (value: string, key: 'budgetMin' | 'budgetMax'): number | null => {
    const n = parseWholeNumber(value);
    if (n === 'invalid') errors[key] = fieldMessage('not-integer', lang);
    else if (n !== null && n > LIMITS.budgetMax) errors[key] = fieldMessage('too-big', lang, { max: LIMITS.budgetMax });
    return typeof n === 'number' ? n : null;
  };
  const min = amount(values.budgetMin, 'budgetMin');
  const max = amount(values.budgetMax, 'budgetMax');
  if (min !== null && max !== null && min > max && !errors.budgetMax) errors.budgetMax = fieldMessage('budget-range', lang);
  const { deadlineBefore } = values;
  if (deadlineBefore !== '' && !isDateInput(deadlineBefore)) errors.deadlineBefore = fieldMessage('date-invalid', lang);
  return { next: { ...values, budgetMin: min, budgetMax: max, page: 1 }, errors };
}

/** 検索条件: keyword, then the filters (behind 「絞り込み」 on a phone), the sort order and 検索する. */
export function JobSearchForm({ initial, filtersOpen, onFiltersOpenChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useJobText();
  const navigate = useNavigate();
  const form = useApiForm<Values>({
    fields: FIELDS,
    defaultValues: {
      ...initial,
      budgetMin: initial.budgetMin === null ? '' : String(initial.budgetMin),
      budgetMax: initial.budgetMax === null ? '' : String(initial.budgetMax),
    },
    check: (values) => searchOf(values, lang).errors,
  });
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const panelId = `job-filters${ids}`;
  const countId = `job-filters-count${ids}`;
  const active = filterCount(initial);

  const search = form.onSubmit(async (values) => {
    navigate({ pathname: '/jobs', search: searchHref(searchOf(values, lang).next) });
  });
  const submit = (e: { preventDefault: () => void }) => {
    // The mistakes are in the filters: they open, even if closed on a phone.
    if (Object.keys(searchOf(form.getValues(), lang).errors).length > 0) onFiltersOpenChange(true);
    return search(e);
  };

  const err = (name: (typeof FIELDS)[number]) => form.errorOf(name);
  return (
    <form ref={form.formRef} aria-labelledby="job-search-title" className="form job-search-form" noValidate onSubmit={submit}>
      <h2 id="job-search-title" className="job-search-title">
        {t('jobSearch.formTitle')}
      </h2>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <FormTextField
        form={form}
        name="q"
        label={t('jobSearch.keyword')}
        hint={t('jobSearch.keywordHint')}
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={100}
      />

      <div className="filters-toggle-row">
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls={panelId}
          aria-describedby={active > 0 ? countId : undefined}
          onClick={() => onFiltersOpenChange(!filtersOpen)}
        >
          {t('jobSearch.filters')}
          <span className="filters-toggle-caret" aria-hidden="true" />
        </button>
        {active > 0 && (
          <span id={countId} className="filters-count">
            {t('jobSearch.filtersActive', { count: active })}
          </span>
        )}
      </div>

      <div id={panelId} className={filtersOpen ? 'job-filters job-filters-open' : 'job-filters'}>
        <FormSelect
          form={form}
          name="kind"
          label={t('jobSearch.kind')}
          options={[{ value: '', label: t('jobSearch.kindAll') }, ...JOB_KINDS.map((k) => ({ value: k, label: text.kind(k) }))]}
        />
        <FormGroupedSelect
          form={form}
          name="category"
          label={t('jobSearch.category')}
          leading={[{ value: '', label: t('jobSearch.categoryAll') }]}
          groups={categoryGroups(lang, (label) => t('jobSearch.categoryParentAll', { label }))}
        />
        <div className="range-fields">
          <FormAmountField form={form} name="budgetMin" label={t('jobSearch.budgetMin')} unit={t('jobSearch.yen')} />
          <FormAmountField form={form} name="budgetMax" label={t('jobSearch.budgetMax')} unit={t('jobSearch.yen')} />
        </div>
        <CheckboxGroup
          legend={t('jobSearch.tags')}
          hint={t('jobSearch.tagsHint')}
          name="tags"
          options={JOB_TAG_KEYS.map((k) => ({ value: k, label: JOB_TAGS[k][lang] }))}
          value={form.watch('tags')}
          onChange={(tags) => form.setValue('tags', tags)}
          error={err('tags')}
        />
        <FormTextField
          form={form}
          name="deadlineBefore"
          label={t('jobSearch.deadlineBefore')}
          hint={t('jobSearch.deadlineBeforeHint')}
          type="date"
        />
      </div>

      <FormSelect
        form={form}
        name="sort"
        label={t('jobSearch.sort')}
        options={[
          { value: 'new', label: t('jobSearch.sortNew') },
          { value: 'budget', label: t('jobSearch.sortBudget') },
          { value: 'deadline', label: t('jobSearch.sortDeadline') },
        ]}
      />

      <div className="form-actions">
        <Button type="submit" className="job-search-submit">
          {t('jobSearch.submit')}
        </Button>
        <Link to="/jobs" className="btn btn-quiet">
          {t('jobSearch.clear')}
        </Link>
      </div>
    </form>
  );
}
