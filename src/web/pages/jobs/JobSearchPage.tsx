import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { jobsApi, type JobSearchPage as SearchResult } from '../../api/jobs';
import { Button } from '../../components/Button';
import { ProblemMessage } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { JobCard } from './JobCard';
import { JobSearchForm } from './JobSearchForm';
import { Pagination } from './Pagination';
import { filterCount, MAX_PAGE, readSearch, type SearchState, searchHref, toApiParams } from './searchState';

/** /jobs — 仕事を探す: the search form and the open jobs that match, page by page. */
export function JobSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobSearch.title'));
  const location = useLocation();
  const search = readSearch(new URLSearchParams(location.search));
  const key = searchHref(search);
  const { state, reload } = useAsync(() => jobsApi.search(toApiParams(search)), key);
  const [filtersOpen, setFiltersOpen] = useState(false);

  // After moving to another page of results, take the reader to the top of the list.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(search.page);
  const focusResults = useRef(false);
  useEffect(() => {
    if (shownPage.current !== search.page) {
      shownPage.current = search.page;
      focusResults.current = true;
    }
  }, [search.page]);
  useEffect(() => {
    if (state.status !== 'loading' && focusResults.current) {
      focusResults.current = false;
      headingRef.current?.focus();
    }
  }, [state.status]);

  return (
    <div className="job-search">
      <h1>{t('jobSearch.title')}</h1>
      <p className="lead">{t('jobSearch.lead')}</p>
      <div className="job-search-layout">
        <search aria-labelledby="job-search-title" className="job-search-side">
          <JobSearchForm key={key} initial={search} filtersOpen={filtersOpen} onFiltersOpenChange={setFiltersOpen} />
        </search>
        <section aria-labelledby="job-results-title" className="job-search-main">
          <div className="results-head">
            <h2 id="job-results-title" ref={headingRef} tabIndex={-1}>
              {t('jobSearch.resultsTitle')}
            </h2>
            <p role="status" className="results-count">
              {state.status === 'loading' && t('common.loading')}
              {state.status === 'done' && <ResultCount result={state.data} />}
            </p>
          </div>
          {state.status === 'error' && (
            <ProblemMessage problem={state.problem}>
              <Button variant="secondary" onClick={reload}>
                {t('common.retry')}
              </Button>
            </ProblemMessage>
          )}
          {state.status === 'done' && <Results result={state.data} search={search} />}
        </section>
      </div>
    </div>
  );
}

function ResultCount({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const count = formatNumber(result.total, lang);
  return <>{result.totalCapped ? t('jobSearch.countCapped', { count }) : t('jobSearch.count', { count })}</>;
}

function Results({ result, search }: { result: SearchResult; search: SearchState }) {
  const { t } = useTranslation();
  if (result.items.length === 0) return <EmptyResults search={search} />;
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / Math.max(1, result.perPage))));
  return (
    <>
      {pages > 1 && <p className="muted small results-page">{t('jobSearch.pageOf', { page: result.page, pages })}</p>}
      <ul className="job-list">
        {result.items.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
      </ul>
      <Pagination page={result.page} pages={pages} href={(page) => `/jobs${searchHref({ ...search, page })}`} />
    </>
  );
}

/** No match: suggest shorter keywords and fewer filters, or clearing everything. */
function EmptyResults({ search }: { search: SearchState }) {
  const { t } = useTranslation();
  const hasKeyword = search.q.trim() !== '';
  const hasFilters = filterCount(search) > 0;
  if (!hasKeyword && !hasFilters) {
    return (
      <div className="card empty-state">
        <p>{t('jobSearch.emptyNone')}</p>
      </div>
    );
  }
  return (
    <div className="card empty-state">
      <p className="empty-state-title">{t('jobSearch.emptyTitle')}</p>
      <ul className="bullets">
        {hasKeyword && <li>{t('jobSearch.emptyKeyword')}</li>}
        {hasFilters && <li>{t('jobSearch.emptyFilters')}</li>}
      </ul>
      <p>
        <Link to="/jobs" className="btn btn-secondary">
          {t('jobSearch.emptyClear')}
        </Link>
      </p>
    </div>
  );
}
