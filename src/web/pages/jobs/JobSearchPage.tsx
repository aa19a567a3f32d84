import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { jobQueries, type JobSearchPage as SearchResult } from '../../api/jobs';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { SaveSearchPanel } from '../discovery/SaveSearchPanel';
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
  const query = useQuery(jobQueries.search(toApiParams(search)));
  const [filtersOpen, setFiltersOpen] = useState(false);

  // After moving to another page of results, take the reader to the top of the list.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(search.page);
  const focusResults = useRef(false);
  // A page read before comes from the cache at once, so both changes are looked at together.
  useEffect(() => {
    if (shownPage.current !== search.page) {
      shownPage.current = search.page;
      focusResults.current = true;
    }
    if (!query.isPending && focusResults.current) {
      focusResults.current = false;
      headingRef.current?.focus();
    }
  }, [search.page, query.isPending]);

  return (
    <div className="job-search">
      <h1>{t('jobSearch.title')}</h1>
      <p className="lead">{t('jobSearch.lead')}</p>
      <div className="job-search-layout">
        <search aria-labelledby="job-search-title" className="job-search-side">
          <JobSearchForm key={key} initial={search} filtersOpen={filtersOpen} onFiltersOpenChange={setFiltersOpen} />
          <SaveSearchPanel
            key={`save-${key}`}
            kind="job"
            params={{ ...toApiParams(search) }}
            suggestedName={search.q.trim() || t('jobSearch.title')}
          />
        </search>
        <section aria-labelledby="job-results-title" className="job-search-main">
          <div className="results-head">
            <h2 id="job-results-title" ref={headingRef} tabIndex={-1}>
              {t('jobSearch.resultsTitle')}
            </h2>
            <p role="status" className="results-count">
              {query.isPending && t('common.loading')}
              {query.isSuccess && <ResultCount result={query.data} />}
            </p>
          </div>
          {!query.isPending && <QueryView query={query}>{(result) => <Results result={result} search={search} />}</QueryView>}
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
