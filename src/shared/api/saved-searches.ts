// Saved searches (保存した検索条件): a job search or a service search kept with a name.
// The query is checked with the search endpoint's own schema and stored normalised: the
// words trimmed and their spaces collapsed, tags sorted without repeats, defaults, empty
// values and the page left out. Running it again is running the search.
import { z } from 'zod';
import { SAVED_SEARCH_LIMITS as L, SAVED_SEARCH_KINDS } from '../../domain/discovery/saved-searches';
import { line, typeError } from './fields';
import { JobSearchQuery } from './jobs';
import { ServiceSearchQuery } from './services';

/** A stored query: search parameters by name, as the search page's address has them. */
export type SavedQuery = Record<string, string | number>;

const words = (q: string | undefined) => (q ?? '').normalize('NFC').trim().split(/\s+/u).filter(Boolean).join(' ');

/** The stored form of a job search: what narrows it, and a sort other than the default. */
export function normaliseJobQuery(query: JobSearchQuery): SavedQuery {
  const tags = [
    ...new Set(
      (query.tags ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ].sort();
  return compact({
    q: words(query.q),
    kind: query.kind,
    category: query.category?.trim(),
    budgetMin: query.budgetMin,
    budgetMax: query.budgetMax,
    tags: tags.join(','),
    deadlineBefore: query.deadlineBefore,
    sort: query.sort === 'new' ? undefined : query.sort,
  });
}

/** The stored form of a service search. */
export function normaliseServiceQuery(query: ServiceSearchQuery): SavedQuery {
  return compact({
    q: words(query.q),
    category: query.category?.trim(),
    minPrice: query.minPrice,
    maxPrice: query.maxPrice,
    maxDays: query.maxDays,
    minRating: query.minRating,
    sort: query.sort === 'new' ? undefined : query.sort,
  });
}

function compact(values: Record<string, string | number | undefined>): SavedQuery {
  const out: SavedQuery = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** Whether a stored query narrows the search at all (the sort alone does not). */
export function narrowsSearch(query: SavedQuery): boolean {
  return Object.keys(query).some((k) => k !== 'sort');
}

const name = line(L.nameMax, 1);

/** Saving a search: its kind, a name, and the search's parameters as the endpoint takes them. */
export const SavedSearchInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('job'), name, query: JobSearchQuery }),
    z.strictObject({ kind: z.literal('service'), name, query: ServiceSearchQuery }),
  ],
  { error: 'invalid-choice' },
);
export type SavedSearchInput = z.infer<typeof SavedSearchInput>;

/** Renaming a saved search, or turning its notices on or off. */
export const SavedSearchPatch = z
  .strictObject({
    name: name.optional(),
    notify: z.boolean({ error: typeError }).optional(),
  })
  .refine((b) => b.name !== undefined || b.notify !== undefined, { error: 'required' });
export type SavedSearchPatch = z.infer<typeof SavedSearchPatch>;

export const SavedSearchParams = z.strictObject({ id: z.string().min(1).max(64) });

export const SavedSearch = z.object({
  id: z.string(),
  kind: z.enum(SAVED_SEARCH_KINDS),
  name: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The search page's address for this query. */
  path: z.string(),
  /** In-app notices and the daily mail digest of new matches. */
  notify: z.boolean(),
  /** Postings or services that matched since it was saved. */
  matches: z.number().int(),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

export const SavedSearchList = z.object({
  items: z.array(SavedSearch),
  /** How many a member may keep. */
  max: z.number().int(),
});
export type SavedSearchList = z.infer<typeof SavedSearchList>;

/** The search page's address of a stored query. */
export function savedSearchPath(kind: (typeof SAVED_SEARCH_KINDS)[number], query: SavedQuery): string {
  // Keys in name order: the stored document does not keep the order they were given in.
  const keys = Object.keys(query).sort();
  const params = new URLSearchParams(keys.map((k) => [k, String(query[k])]));
  const text = params.toString();
  const base = kind === 'job' ? '/jobs' : '/services';
  return text ? `${base}?${text}` : base;
}
