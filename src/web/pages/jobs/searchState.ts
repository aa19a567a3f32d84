// The search on /jobs lives in the address (?q=翻訳&kind=task&page=2), so that links,
// reloads and back/forward show the same results. Unknown or broken values are dropped.
import { CATEGORY_KEYS, CATEGORY_TREE, JOB_TAG_KEYS, type JobTag } from '../../../domain/jobs/categories';
import { JOB_KINDS, type JobKind } from '../../../domain/jobs/posting';
import { SEARCH_SORTS } from '../../../shared/api/jobs';
import type { JobSearchParams } from '../../api/jobs';
import { isDateInput, parseWholeNumber } from '../../lib/input';

export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchState {
  q: string;
  kind: JobKind | '';
  category: string;
  budgetMin: number | null;
  budgetMax: number | null;
  tags: JobTag[];
  deadlineBefore: string;
  sort: SearchSort;
  page: number;
}

export const PER_PAGE = 20;
/** The API serves at most this many pages. */
export const MAX_PAGE = 100;
const Q_MAX = 100;

export function isJobKind(value: string): value is JobKind {
  return (JOB_KINDS as readonly string[]).includes(value);
}

export function isSearchSort(value: string): value is SearchSort {
  return (SEARCH_SORTS as readonly string[]).includes(value);
}

/** A child category key or a parent key (which stands for all its children). */
export function isSearchCategory(value: string): boolean {
  return CATEGORY_KEYS.includes(value) || Object.hasOwn(CATEGORY_TREE, value);
}

function amount(value: string | null): number | null {
  const n = parseWholeNumber(value ?? '');
  return typeof n === 'number' ? n : null;
}

export function readSearch(params: URLSearchParams): SearchState {
  const kind = params.get('kind') ?? '';
  const category = params.get('category') ?? '';
  const sort = params.get('sort') ?? '';
  const deadlineBefore = params.get('deadlineBefore') ?? '';
  const page = Number(params.get('page') ?? '1');
  const tags = (params.get('tags') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t): t is JobTag => (JOB_TAG_KEYS as readonly string[]).includes(t));
  return {
    q: (params.get('q') ?? '').slice(0, Q_MAX),
    kind: isJobKind(kind) ? kind : '',
    category: isSearchCategory(category) ? category : '',
    budgetMin: amount(params.get('budgetMin')),
    budgetMax: amount(params.get('budgetMax')),
    tags: [...new Set(tags)],
    deadlineBefore: isDateInput(deadlineBefore) ? deadlineBefore : '',
    sort: isSearchSort(sort) ? sort : 'new',
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** A search with nothing chosen: every open posting, newest first. */
export function emptySearch(): SearchState {
  return readSearch(new URLSearchParams());
}

/** The address query for a search, without defaults: "?q=翻訳&sort=budget" or "". */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  if (state.kind) params.set('kind', state.kind);
  if (state.category) params.set('category', state.category);
  if (state.budgetMin !== null) params.set('budgetMin', String(state.budgetMin));
  if (state.budgetMax !== null) params.set('budgetMax', String(state.budgetMax));
  if (state.tags.length > 0) params.set('tags', state.tags.join(','));
  if (state.deadlineBefore) params.set('deadlineBefore', state.deadlineBefore);
  if (state.sort !== 'new') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toApiParams(state: SearchState): JobSearchParams {
  return {
    q: state.q.trim() || undefined,
    kind: state.kind || undefined,
    category: state.category || undefined,
    budgetMin: state.budgetMin ?? undefined,
    budgetMax: state.budgetMax ?? undefined,
    tags: state.tags,
    deadlineBefore: state.deadlineBefore || undefined,
    sort: state.sort,
    page: state.page,
    perPage: PER_PAGE,
  };
}

/** How many filters besides the keyword and the sort order are set. */
export function filterCount(state: SearchState): number {
  return [
    state.kind !== '',
    state.category !== '',
    state.budgetMin !== null,
    state.budgetMax !== null,
    state.tags.length > 0,
    state.deadlineBefore !== '',
  ].filter(Boolean).length;
}
