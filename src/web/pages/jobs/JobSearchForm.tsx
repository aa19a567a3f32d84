import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { JOB_TAG_KEYS, JOB_TAGS, type JobTag } from '../../../domain/jobs/categories';
import { JOB_KINDS, type JobKind, LIMITS } from '../../../domain/jobs/posting';
import { fieldMessage } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { GroupedSelectField, SelectField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { isDateInput, parseWholeNumber } from '../../lib/input';
import { useFormSubmit } from '../../lib/useFormSubmit';
import type { FieldErrors } from '../../lib/validate';
import { categoryGroups, useJobText } from './jobText';
import { filterCount, isJobKind, isSearchSort, type SearchSort, type SearchState, searchHref } from './searchState';

const FIELDS = ['q', 'kind', 'category', 'budgetMin', 'budgetMax', 'tags', 'deadlineBefore', 'sort'] as const;

interface Props {
  /** The search in the address; the form starts from it. */
  initial: SearchState;
  filtersOpen: boolean;
  onFiltersOpenChange: (open: boolean) => void;
}

/** 検索条件: keyword, then the filters (behind 「絞り込み」 on a phone), the sort order and 検索する. */
export function JobSearchForm({ initial, filtersOpen, onFiltersOpenChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useJobText();
  const navigate = useNavigate();
  const form = useFormSubmit(FIELDS);
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const panelId = `job-filters${ids}`;
  const countId = `job-filters-count${ids}`;

  const [q, setQ] = useState(initial.q);
  const [kind, setKind] = useState<JobKind | ''>(initial.kind);
  const [category, setCategory] = useState(initial.category);
  const [budgetMin, setBudgetMin] = useState(initial.budgetMin === null ? '' : String(initial.budgetMin));
  const [budgetMax, setBudgetMax] = useState(initial.budgetMax === null ? '' : String(initial.budgetMax));
  const [tags, setTags] = useState<JobTag[]>(initial.tags);
  const [deadlineBefore, setDeadlineBefore] = useState(initial.deadlineBefore);
  const [sort, setSort] = useState<SearchSort>(initial.sort);
  const active = filterCount(initial);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors: FieldErrors = {};
    const amount = (value: string, key: 'budgetMin' | 'budgetMax'): number | null => {
      const n = parseWholeNumber(value);
      if (n === 'invalid') errors[key] = fieldMessage('not-integer', lang);
      else if (n !== null && n > LIMITS.budgetMax) errors[key] = fieldMessage('too-big', lang, { max: LIMITS.budgetMax });
      return typeof n === 'number' ? n : null;
    };
    const min = amount(budgetMin, 'budgetMin');
    const max = amount(budgetMax, 'budgetMax');
    if (min !== null && max !== null && min > max && !errors.budgetMax) errors.budgetMax = fieldMessage('budget-range', lang);
    if (deadlineBefore !== '' && !isDateInput(deadlineBefore)) errors.deadlineBefore = fieldMessage('date-invalid', lang);
    if (Object.keys(errors).length > 0) {
      onFiltersOpenChange(true);
      form.fail(errors);
      return;
    }
    form.clear();
    const next: SearchState = { q, kind, category, budgetMin: min, budgetMax: max, tags, deadlineBefore, sort, page: 1 };
    navigate({ pathname: '/jobs', search: searchHref(next) });
  };

  const err = form.fieldErrors;
  return (
    <form ref={form.formRef} aria-labelledby="job-search-title" className="form job-search-form" noValidate onSubmit={submit}>
      <h2 id="job-search-title" className="job-search-title">
        {t('jobSearch.formTitle')}
      </h2>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <TextField
        label={t('jobSearch.keyword')}
        hint={t('jobSearch.keywordHint')}
        type="search"
        name="q"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={100}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        error={err.q}
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
        <SelectField
          label={t('jobSearch.kind')}
          name="kind"
          value={kind}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setKind(isJobKind(v) ? v : '');
          }}
          options={[{ value: '', label: t('jobSearch.kindAll') }, ...JOB_KINDS.map((k) => ({ value: k, label: text.kind(k) }))]}
          error={err.kind}
        />
        <GroupedSelectField
          label={t('jobSearch.category')}
          name="category"
          value={category}
          onChange={(e) => setCategory(e.currentTarget.value)}
          leading={[{ value: '', label: t('jobSearch.categoryAll') }]}
          groups={categoryGroups(lang, (label) => t('jobSearch.categoryParentAll', { label }))}
          error={err.category}
        />
        <div className="range-fields">
          <TextField
            label={t('jobSearch.budgetMin')}
            name="budgetMin"
            inputMode="numeric"
            autoComplete="off"
            suffix={t('jobSearch.yen')}
            value={budgetMin}
            onChange={(e) => setBudgetMin(e.currentTarget.value)}
            error={err.budgetMin}
          />
          <TextField
            label={t('jobSearch.budgetMax')}
            name="budgetMax"
            inputMode="numeric"
            autoComplete="off"
            suffix={t('jobSearch.yen')}
            value={budgetMax}
            onChange={(e) => setBudgetMax(e.currentTarget.value)}
            error={err.budgetMax}
          />
        </div>
        <CheckboxGroup
          legend={t('jobSearch.tags')}
          hint={t('jobSearch.tagsHint')}
          name="tags"
          options={JOB_TAG_KEYS.map((k) => ({ value: k, label: JOB_TAGS[k][lang] }))}
          value={tags}
          onChange={setTags}
          error={err.tags}
        />
        <TextField
          label={t('jobSearch.deadlineBefore')}
          hint={t('jobSearch.deadlineBeforeHint')}
          type="date"
          name="deadlineBefore"
          value={deadlineBefore}
          onChange={(e) => setDeadlineBefore(e.currentTarget.value)}
          error={err.deadlineBefore}
        />
      </div>

      <SelectField
        label={t('jobSearch.sort')}
        name="sort"
        value={sort}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isSearchSort(v)) setSort(v);
        }}
        options={[
          { value: 'new', label: t('jobSearch.sortNew') },
          { value: 'budget', label: t('jobSearch.sortBudget') },
          { value: 'deadline', label: t('jobSearch.sortDeadline') },
        ]}
        error={err.sort}
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
