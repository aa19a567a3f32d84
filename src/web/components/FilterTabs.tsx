// The tabs above a list that filter it by status: each is a link (the first filter is the
// list's plain address, the others add `?status=` or another parameter), the current one
// marked, each with the number of items it shows when given.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLang } from '../i18n';
import { formatNumber } from '../lib/format';
import styles from './FilterTabs.module.css';
import { ItemList } from './ItemList';

interface FilterTabsProps<F extends string> {
  /** The navigation's accessible name. */
  label: string;
  base: string;
  filters: readonly F[];
  current: F;
  text: (f: F) => string;
  count?: (f: F) => number;
  /** Read after the count by screen readers (「件」). */
  countSuffix?: string;
  param?: string;
  className?: string;
}

export function FilterTabs<F extends string>({
  label,
  base,
  filters,
  current,
  text,
  count,
  countSuffix,
  param = 'status',
  className,
}: FilterTabsProps<F>) {
  const lang = useLang();
  return (
    <nav aria-label={label} className={className ? `${styles.tabs} ${className}` : styles.tabs}>
      <ul>
        {filters.map((f, i) => (
          <li key={f}>
            <Link
              to={i === 0 ? base : `${base}?${param}=${f}`}
              aria-current={f === current ? 'page' : undefined}
              className={styles.tab}
            >
              {text(f)}
              {count && (
                <span className={styles.count}>
                  {formatNumber(count(f), lang)}
                  {countSuffix && <span className="visually-hidden">{countSuffix}</span>}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A list under its filter tabs: the items the current filter shows, under a heading for
 * screen readers that names the filter, or a note when it shows none.
 */
export function FilteredList<F extends string, I>({
  listId,
  listClassName,
  items,
  empty,
  children,
  ...tabs
}: FilterTabsProps<F> & {
  /** The id of the list's (visually hidden) heading. */
  listId: string;
  listClassName: string;
  items: readonly I[];
  /** What is said when the filter shows nothing. */
  empty: ReactNode;
  /** One item, with its key. */
  children: (item: I) => ReactNode;
}) {
  return (
    <>
      <FilterTabs {...tabs} />
      <section aria-labelledby={listId} className="section">
        <h2 id={listId} className="visually-hidden">
          {tabs.text(tabs.current)}
        </h2>
        <ItemList items={items} empty={empty} className={listClassName}>
          {children}
        </ItemList>
      </section>
    </>
  );
}

/** The filter in `?status=`, or the first (default) one. */
export function readFilter<F extends string>(search: string, filters: readonly [F, ...F[]]): F {
  const value = new URLSearchParams(search).get('status') ?? '';
  return (filters as readonly string[]).includes(value) ? (value as F) : filters[0];
}
