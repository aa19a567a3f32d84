import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SERVICE_LIMITS } from '../../../domain/services/limits';
import { fieldMessage } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { FormAmountField, FormGroupedSelect, FormSelect, FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { parseWholeNumber } from '../../lib/input';
import type { FieldErrors } from '../../lib/validate';
import { categoryGroups } from '../jobs/jobText';
import {
  MAX_DAYS_CHOICES,
  MIN_RATING_CHOICES,
  type ServiceSearchState,
  type ServiceSort,
  serviceFilterCount,
  serviceSearchPath,
} from './serviceSearchState';

const FIELDS = ['q', 'category', 'minPrice', 'maxPrice', 'maxDays', 'minRating', 'sort'] as const;

interface Values {
  q: string;
  category: string;
  minPrice: string;
  maxPrice: string;
  maxDays: string;
  minRating: string;
  sort: ServiceSort;
}

/** The search the values stand for, and what is wrong with them (「５，０００」 is 5000). */
function searchOf(values: Values, lang: 'ja' | 'en'): { next: ServiceSearchState; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const amount = (value: string, key: 'minPrice' | 'maxPrice'): number | null => {
    const n = parseWholeNumber(value);
    if (n === 'invalid') errors[key] = fieldMessage('not-integer', lang);
    else if (n !== null && n > SERVICE_LIMITS.priceMax)
      errors[key] = fieldMessage('too-big', lang, { max: SERVICE_LIMITS.priceMax });
    return typeof n === 'number' ? n : null;
  };
  const minPrice = amount(values.minPrice, 'minPrice');
  const maxPrice = amount(values.maxPrice, 'maxPrice');
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice && !errors.maxPrice)
    errors.maxPrice = fieldMessage('budget-range', lang);
  const next: ServiceSearchState = {
    q: values.q,
    category: values.category,
    minPrice,
    maxPrice,
    maxDays: values.maxDays === '' ? null : Number(values.maxDays),
    minRating: values.minRating === '' ? null : Number(values.minRating),
    sort: values.sort,
    page: 1,
  };
  return { next, errors };
}

/** 検索条件: keyword, category, then the filters (behind 「絞り込み」 on a phone), the sort order and 検索する. */
export function ServiceSearchForm({
  initial,
  filtersOpen,
  onFiltersOpenChange,
}: {
  initial: ServiceSearchState;
  filtersOpen: boolean;
  onFiltersOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const text = (n: number | null) => (n === null ? '' : String(n));
  const form = useApiForm<Values>({
    fields: FIELDS,
    defaultValues: {
      q: initial.q,
      category: initial.category,
      minPrice: text(initial.minPrice),
      maxPrice: text(initial.maxPrice),
      maxDays: text(initial.maxDays),
      minRating: text(initial.minRating),
      sort: initial.sort,
    },
    check: (values) => searchOf(values, lang).errors,
  });
  const ids = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const panelId = `service-filters${ids}`;
  const countId = `service-filters-count${ids}`;
  const active = serviceFilterCount(initial);

  const search = form.onSubmit(async (values) => {
    navigate(serviceSearchPath(searchOf(values, lang).next));
  });
  const submit = (e: { preventDefault: () => void }) => {
    if (Object.keys(searchOf(form.getValues(), lang).errors).length > 0) onFiltersOpenChange(true);
    return search(e);
  };

  return (
    <form ref={form.formRef} aria-labelledby="service-search-title" className="form job-search-form" noValidate onSubmit={submit}>
      <h2 id="service-search-title" className="job-search-title">
        {t('services.search.formTitle')}
      </h2>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <FormTextField
        form={form}
        name="q"
        label={t('services.search.keyword')}
        hint={t('services.search.keywordHint')}
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={100}
      />
      <FormGroupedSelect
        form={form}
        name="category"
        label={t('services.search.category')}
        leading={[{ value: '', label: t('services.search.categoryAll') }]}
        groups={categoryGroups(lang, (label) => t('services.search.categoryParentAll', { label }))}
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
          {t('services.search.filters')}
          <span className="filters-toggle-caret" aria-hidden="true" />
        </button>
        {active > 0 && (
          <span id={countId} className="filters-count">
            {t('services.search.filtersActive', { count: active })}
          </span>
        )}
      </div>

      <div id={panelId} className={filtersOpen ? 'job-filters job-filters-open' : 'job-filters'}>
        <div className="range-fields">
          <FormAmountField form={form} name="minPrice" label={t('services.search.minPrice')} unit={t('services.search.yen')} />
          <FormAmountField form={form} name="maxPrice" label={t('services.search.maxPrice')} unit={t('services.search.yen')} />
        </div>
        <FormSelect
          form={form}
          name="maxDays"
          label={t('services.search.maxDays')}
          options={[
            { value: '', label: t('services.search.maxDaysAny') },
            ...MAX_DAYS_CHOICES.map((d) => ({ value: String(d), label: t('services.search.maxDaysValue', { days: d }) })),
          ]}
        />
        <FormSelect
          form={form}
          name="minRating"
          label={t('services.search.minRating')}
          options={[
            { value: '', label: t('services.search.minRatingAny') },
            ...MIN_RATING_CHOICES.map((r) => ({
              value: String(r),
              label: t('services.search.minRatingValue', { rating: r.toFixed(1) }),
            })),
          ]}
        />
      </div>

      <FormSelect
        form={form}
        name="sort"
        label={t('services.search.sort')}
        options={[
          { value: 'new', label: t('services.search.sortNew') },
          { value: 'popular', label: t('services.search.sortPopular') },
          { value: 'rating', label: t('services.search.sortRating') },
          { value: 'price', label: t('services.search.sortPrice') },
        ]}
      />

      <div className="form-actions">
        <Button type="submit" className="job-search-submit">
          {t('services.search.submit')}
        </Button>
        <Link to="/services" className="btn btn-quiet">
          {t('services.search.clear')}
        </Link>
      </div>
    </form>
  );
}
