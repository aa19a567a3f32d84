import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n - last > 1) out.push('gap');
    out.push(n);
  }
  return out;
}

/** 前へ 1 … 4 5 6 … 20 次へ, as plain links so that back and forward work. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('jobSearch.pagination')} className="pagination">
      <ul>
        {page > 1 && (
          <li className="pagination-step">
            <Link to={href(page - 1)} rel="prev">
              {t('jobSearch.prev')}
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity of its own.
            <li key={`gap-${i}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className="pagination-current">
                  <PageLabel n={n} />
                </span>
              ) : (
                <Link to={href(n)}>
                  <PageLabel n={n} />
                </Link>
              )}
            </li>
          ),
        )}
        {page < pages && (
          <li className="pagination-step">
            <Link to={href(page + 1)} rel="next">
              {t('jobSearch.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Shows the number; assistive tech hears 「3ページ目」. */
function PageLabel({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="visually-hidden">{t('jobSearch.pageN', { n })}</span>
      <span aria-hidden="true">{n}</span>
    </>
  );
}
