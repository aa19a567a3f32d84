import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { CATEGORY_TREE } from '../../../domain/jobs/categories';
import { type ServiceSearchPage as SearchResult, serviceQueries } from '../../api/services';
import { useAuth } from '../../app/auth';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { FavouriteButton } from '../discovery/FavouriteButton';
import { SaveSearchPanel } from '../discovery/SaveSearchPanel';
import { Pagination } from '../jobs/Pagination';
import { ServiceCard } from './ServiceCard';
import styles from './ServiceSearch.module.css';
import { ServiceSearchForm } from './ServiceSearchForm';
import {
  MAX_PAGE,
  readServiceSearch,
  type ServiceSearchState,
  serviceFilterCount,
  serviceSearchPath,
  toServiceApiParams,
} from './serviceSearchState';
import { useServiceText } from './serviceText';

/**
 * /services — サービスを探す, and /services/category/:key — the same page for one category:
 * category chips, the search form and the published services that match, page by page.
 */
export function ServiceSearchPage() {
  const { t } = useTranslation();
  const text = useServiceText();
  const location = useLocation();
  const { key } = useParams();
  const search = readServiceSearch(new URLSearchParams(location.search), key);
  const title = search.category
    ? t('services.search.categoryTitle', { category: text.category(search.category) })
    : t('services.search.title');
  useDocumentTitle(title);
  const query = useQuery(serviceQueries.search(toServiceApiParams(search)));
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
    if (!query.isPending && focusResults.current) {
      focusResults.current = false;
      headingRef.current?.focus();
    }
  }, [search.page, query.isPending]);

  return (
    <div className="job-search">
      {search.category && (
        <Breadcrumbs
          items={[{ to: '/services', label: t('services.search.title') }, { label: text.category(search.category) }]}
        />
      )}
      <h1>{title}</h1>
      <p className="lead">{t('services.search.lead')}</p>
      <CategoryChips current={search.category} />
      <div className="job-search-layout">
        <search aria-labelledby="service-search-title" className="job-search-side">
          <ServiceSearchForm
            key={serviceSearchPath(search)}
            initial={search}
            filtersOpen={filtersOpen}
            onFiltersOpenChange={setFiltersOpen}
          />
          <SaveSearchPanel
            key={`save-${serviceSearchPath(search)}`}
            kind="service"
            params={{ ...toServiceApiParams(search) }}
            suggestedName={search.q.trim() || (search.category ? text.category(search.category) : title)}
          />
        </search>
        <section aria-labelledby="service-results-title" className="job-search-main">
          <div className="results-head">
            <h2 id="service-results-title" ref={headingRef} tabIndex={-1}>
              {t('services.search.resultsTitle')}
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

/** カテゴリから探す: one link per top category, the current one marked. */
function CategoryChips({ current }: { current: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <nav aria-label={t('services.search.categories')} className={styles.chips}>
      <ul>
        <li>
          <Link to="/services" className={styles.chip} aria-current={current === '' ? 'page' : undefined}>
            {t('services.search.categoryAll')}
          </Link>
        </li>
        {Object.entries(CATEGORY_TREE).map(([key, parent]) => (
          <li key={key}>
            <Link
              to={`/services/category/${encodeURIComponent(key)}`}
              className={styles.chip}
              aria-current={current === key ? 'page' : undefined}
            >
              {parent.label[lang]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ResultCount({ result }: { result: SearchResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  return <>{t('services.search.count', { count: formatNumber(result.total, lang) })}</>;
}

function Results({ result, search }: { result: SearchResult; search: ServiceSearchState }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (result.items.length === 0) return <EmptyResults search={search} />;
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / Math.max(1, result.pageSize))));
  return (
    <>
      {pages > 1 && <p className="muted small results-page">{t('services.search.pageOf', { page: result.page, pages })}</p>}
      <ul className="job-list">
        {result.items.map((service) => (
          <ServiceCard
            key={service.id}
            service={service}
            footer={
              user && user.username !== service.seller.username ? (
                <FavouriteButton kind="service" id={service.id} name={service.title} />
              ) : undefined
            }
          />
        ))}
      </ul>
      <Pagination page={result.page} pages={pages} href={(page) => serviceSearchPath({ ...search, page })} />
    </>
  );
}

/** No match: suggest shorter keywords and fewer filters, or all services. */
function EmptyResults({ search }: { search: ServiceSearchState }) {
  const { t } = useTranslation();
  const hasKeyword = search.q.trim() !== '';
  const hasFilters = serviceFilterCount(search) > 0 || search.category !== '';
  if (!hasKeyword && !hasFilters) {
    return (
      <div className="card empty-state">
        <p>{t('services.search.emptyNone')}</p>
      </div>
    );
  }
  return (
    <div className="card empty-state">
      <p className="empty-state-title">{t('services.search.emptyTitle')}</p>
      <ul className="bullets">
        {hasKeyword && <li>{t('services.search.emptyKeyword')}</li>}
        {hasFilters && <li>{t('services.search.emptyFilters')}</li>}
      </ul>
      <p>
        <Link to="/services" className="btn btn-secondary">
          {t('services.search.emptyClear')}
        </Link>
      </p>
    </div>
  );
}
