// The search on /services lives in the address (/services/category/design?q=ロゴ&sort=price),
// so that links, reloads and back/forward show the same results. A category has its own
// page address; unknown or broken values are dropped.
import { CATEGORY_KEYS, CATEGORY_TREE } from '../../../domain/jobs/categories';
import { SERVICE_SORTS } from '../../../shared/api/services';
import type { ServiceSearchParams } from '../../api/services';
import { parseWholeNumber } from '../../lib/input';

export type ServiceSort = (typeof SERVICE_SORTS)[number];

/** The delivery-days filter's choices (〜日以内). */
export const MAX_DAYS_CHOICES = [1, 3, 7, 14, 30] as const;
/** The rating filter's choices (★ 以上). */
export const MIN_RATING_CHOICES = [3, 4, 4.5] as const;

export interface ServiceSearchState {
  q: string;
  category: string;
  minPrice: number | null;
  maxPrice: number | null;
  maxDays: number | null;
  minRating: number | null;
  sort: ServiceSort;
  page: number;
}

/** The API serves at most this many pages. */
export const MAX_PAGE = 100;
const Q_MAX = 100;

export const EMPTY_SEARCH: ServiceSearchState = {
  q: '',
  category: '',
  minPrice: null,
  maxPrice: null,
  maxDays: null,
  minRating: null,
  sort: 'new',
  page: 1,
};

/** A child category key or a parent key (which stands for all its children). */
export function isServiceCategory(value: string): boolean {
  return CATEGORY_KEYS.includes(value) || Object.hasOwn(CATEGORY_TREE, value);
}

function isSort(value: string): value is ServiceSort {
  return (SERVICE_SORTS as readonly string[]).includes(value);
}

function amount(value: string | null): number | null {
  const n = parseWholeNumber(value ?? '');
  return typeof n === 'number' ? n : null;
}

function choice<T extends number>(value: string | null, choices: readonly T[]): T | null {
  const n = Number(value ?? '');
  return (choices as readonly number[]).includes(n) ? (n as T) : null;
}

/** The search an address stands for; `pathCategory` is the :key of /services/category/:key. */
export function readServiceSearch(params: URLSearchParams, pathCategory?: string): ServiceSearchState {
  const category = pathCategory ?? params.get('category') ?? '';
  const sort = params.get('sort') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, Q_MAX),
    category: isServiceCategory(category) ? category : '',
    minPrice: amount(params.get('minPrice')),
    maxPrice: amount(params.get('maxPrice')),
    maxDays: choice(params.get('maxDays'), MAX_DAYS_CHOICES),
    minRating: choice(params.get('minRating'), MIN_RATING_CHOICES),
    sort: isSort(sort) ? sort : 'new',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/**
 * The address of a search, without defaults: a category is the page
 * /services/category/<key>, everything else the query ("?q=ロゴ&sort=price").
 */
export function serviceSearchPath(state: ServiceSearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  if (state.minPrice !== null) params.set('minPrice', String(state.minPrice));
  if (state.maxPrice !== null) params.set('maxPrice', String(state.maxPrice));
  if (state.maxDays !== null) params.set('maxDays', String(state.maxDays));
  if (state.minRating !== null) params.set('minRating', String(state.minRating));
  if (state.sort !== 'new') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  const base = state.category ? `/services/category/${encodeURIComponent(state.category)}` : '/services';
  return text ? `${base}?${text}` : base;
}

export function toServiceApiParams(state: ServiceSearchState): ServiceSearchParams {
  return {
    q: state.q.trim() || undefined,
    category: state.category || undefined,
    minPrice: state.minPrice ?? undefined,
    maxPrice: state.maxPrice ?? undefined,
    maxDays: state.maxDays ?? undefined,
    minRating: state.minRating ?? undefined,
    sort: state.sort,
    page: state.page,
  };
}

/** How many filters besides the keyword, the category and the sort order are set. */
export function serviceFilterCount(state: ServiceSearchState): number {
  return [state.minPrice !== null, state.maxPrice !== null, state.maxDays !== null, state.minRating !== null].filter(Boolean)
    .length;
}
