import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { WORKER_SORTS, type WorkerSort } from '../../../domain/discovery/workers';
import type { WorkerSearchResult } from '../../../shared/api/discovery';
import { PREFECTURE_CODES, PREFECTURES } from '../../../shared/labels';
import { discoveryQueries, type WorkerSearchParams, workersHref } from '../../api/discovery';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choices';
import { FormAlert } from '../../components/FormAlert';
import { FormGroupedSelect, FormSelect, FormTextField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { categoryGroups } from '../jobs/jobText';
import { Pagination } from '../jobs/Pagination';
import { WorkerCard } from './WorkerCard';

const PER_PAGE = 20;
const MAX_PAGE = 100;

/** The search in the address (`/workers?q=…&skill=…`), with the API's names. */
function readSearch(params: URLSearchParams): Required<Omit<WorkerSearchParams, 'homeOnly'>> & { homeOnly: boolean } {
  const sort = params.get('sort') ?? '';
  const page = Number(params.get('page') ?? '1');
  const prefecture = params.get('prefecture') ?? '';
  return {
    q: params.get('q') ?? '',
    skill: params.get('skill') ?? '',
    category: params.get('category') ?? '',
    prefecture: (PREFECTURE_CODES as readonly string[]).includes(prefecture) ? prefecture : '',
    homeOnly: params.get('homeOnly') === 'true',
    sort: (WORKER_SORTS as readonly string[]).includes(sort) ? sort : 'rating',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** /workers — 人材を探す: the search form and the members who work that match. */
export function WorkerSearchPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const search = readSearch(new URLSearchParams(location.search));
  const query = useQuery(discoveryQueries.workers(search));
  return (
    <Page title={t('discovery.workers.title')} lead={t('discovery.workers.lead')} className="job-search">
      <div className="job-search-layout">
        <search aria-labelledby="worker-search-title" className="job-search-side">
          <WorkerSearchForm key={location.search} initial={search} />
        </search>
        <section aria-labelledby="worker-results-title" className="job-search-main">
          <div className="results-head">
            <h2 id="worker-results-title">{t('discovery.workers.resultsTitle')}</h2>
            <p role="status" className="results-count">
              {query.isPending && t('common.loading')}
              {query.isSuccess && <ResultCount result={query.data} />}
            </p>
          </div>
          {!query.isPending && <QueryView query={query}>{(result) => <Results result={result} search={search} />}</QueryView>}
        </section>
      </div>
    </Page>
  );
}

function ResultCount({ result }: { result: WorkerSearchResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  return <>{t('discovery.workers.count', { count: formatNumber(result.total, lang) })}</>;
}

function Results({ result, search }: { result: WorkerSearchResult; search: WorkerSearchParams }) {
  const { t } = useTranslation();
  if (result.items.length === 0)
    return (
      <div className="card empty-state">
        <p>{t('discovery.workers.empty')}</p>
      </div>
    );
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / PER_PAGE)));
  return (
    <>
      {pages > 1 && <p className="muted small results-page">{t('discovery.workers.pageOf', { page: result.page, pages })}</p>}
      <ul className="job-list">
        {result.items.map((w) => (
          <WorkerCard key={w.username} worker={w} />
        ))}
      </ul>
      <Pagination page={result.page} pages={pages} href={(page) => workersHref({ ...search, page })} />
    </>
  );
}

interface Values {
  q: string;
  skill: string;
  category: string;
  prefecture: string;
  homeOnly: boolean;
  sort: WorkerSort;
}

function WorkerSearchForm({ initial }: { initial: ReturnType<typeof readSearch> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const form = useApiForm<Values>({
    fields: ['q', 'skill', 'category', 'prefecture', 'homeOnly', 'sort'],
    defaultValues: { ...initial, sort: initial.sort as WorkerSort },
  });
  const submit = form.onSubmit(async (values) => {
    navigate(workersHref({ ...values, q: values.q.trim(), skill: values.skill.trim(), page: 1 }));
  });
  return (
    <form ref={form.formRef} aria-labelledby="worker-search-title" className="form job-search-form" noValidate onSubmit={submit}>
      <h2 id="worker-search-title" className="job-search-title">
        {t('discovery.workers.formTitle')}
      </h2>
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <FormTextField
        form={form}
        name="q"
        label={t('discovery.workers.keyword')}
        hint={t('discovery.workers.keywordHint')}
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={100}
      />
      <FormTextField
        form={form}
        name="skill"
        label={t('discovery.workers.skill')}
        hint={t('discovery.workers.skillHint')}
        autoComplete="off"
        maxLength={50}
      />
      <FormGroupedSelect
        form={form}
        name="category"
        label={t('discovery.workers.category')}
        leading={[{ value: '', label: t('discovery.workers.categoryAll') }]}
        groups={categoryGroups(lang, (label) => t('discovery.workers.categoryParentAll', { label }))}
      />
      <FormSelect
        form={form}
        name="prefecture"
        label={t('discovery.workers.prefecture')}
        options={[
          { value: '', label: t('discovery.workers.prefectureAll') },
          ...PREFECTURE_CODES.map((code) => ({ value: code, label: PREFECTURES[code]?.[lang] ?? code })),
        ]}
      />
      <Checkbox
        name="homeOnly"
        label={t('discovery.workers.homeOnly')}
        checked={form.watch('homeOnly')}
        onChange={(checked) => form.setValue('homeOnly', checked)}
      />
      <FormSelect
        form={form}
        name="sort"
        label={t('discovery.workers.sort')}
        options={[
          { value: 'rating', label: t('discovery.workers.sortRating') },
          { value: 'completed', label: t('discovery.workers.sortCompleted') },
          { value: 'new', label: t('discovery.workers.sortNew') },
        ]}
      />
      <div className="form-actions">
        <Button type="submit" className="job-search-submit">
          {t('discovery.workers.submit')}
        </Button>
        <Link to="/workers" className="btn btn-quiet">
          {t('discovery.workers.clear')}
        </Link>
      </div>
    </form>
  );
}
