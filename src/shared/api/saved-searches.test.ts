// Saved queries are the search's own parameters, normalised: the same search saved twice
// in different spellings is stored the same, and what the schema refuses is refused.
import { describe, expect, it } from 'vitest';
import { japanDay, nextDigestAt } from '../../domain/discovery/saved-searches';
import { JobSearchQuery } from './jobs';
import {
  narrowsSearch,
  normaliseJobQuery,
  normaliseServiceQuery,
  SavedSearchInput,
  SavedSearchPatch,
  savedSearchPath,
} from './saved-searches';
import { ServiceSearchQuery } from './services';

const job = (q: Record<string, unknown>) => normaliseJobQuery(JobSearchQuery.parse(q));
const service = (q: Record<string, unknown>) => normaliseServiceQuery(ServiceSearchQuery.parse(q));

describe('normalising a saved query', () => {
  it('trims and collapses the words (full-width spaces too) and leaves out defaults, empty values and the page', () => {
    expect(job({ q: '  ロゴ　\t作成  ', sort: 'new', page: '4', perPage: '50', category: '' })).toEqual({ q: 'ロゴ 作成' });
    expect(service({ q: ' ＡＩ ', sort: 'new', page: 2 })).toEqual({ q: 'ＡＩ' });
  });

  it('keeps numbers as numbers and a sort other than the default', () => {
    expect(job({ budgetMin: '5000', budgetMax: 20000, sort: 'budget' })).toEqual({
      budgetMin: 5000,
      budgetMax: 20000,
      sort: 'budget',
    });
    expect(service({ minPrice: '0', maxDays: '7', minRating: '4.5', sort: 'rating' })).toEqual({
      minPrice: 0,
      maxDays: 7,
      minRating: 4.5,
      sort: 'rating',
    });
  });

  it('sorts tags and drops repeats and blanks, so the same tags in another order are the same search', () => {
    expect(job({ tags: 'remote, beginner,,remote ' })).toEqual(job({ tags: 'beginner,remote' }));
    expect(job({ tags: 'remote, beginner' }).tags).toBe('beginner,remote');
  });

  it('a stored query is taken again by the search schema as it was', () => {
    const stored = job({ q: '記事', kind: 'task', budgetMin: '100', deadlineBefore: '2026-12-31', tags: 'remote' });
    expect(normaliseJobQuery(JobSearchQuery.parse(stored))).toEqual(stored);
    const s = service({ q: 'ロゴ', category: 'design', maxPrice: '9000' });
    expect(normaliseServiceQuery(ServiceSearchQuery.parse(s))).toEqual(s);
  });

  it('a query of nothing but a sort order does not narrow the search', () => {
    expect(narrowsSearch(job({ q: '  ', sort: 'deadline' }))).toBe(false);
    expect(narrowsSearch(service({ category: 'design' }))).toBe(true);
  });

  it('the path opens the search page with the query, keys in name order', () => {
    expect(savedSearchPath('service', { q: 'ロゴ', maxDays: 7 })).toBe(`/services?maxDays=7&q=${encodeURIComponent('ロゴ')}`);
    expect(savedSearchPath('job', {})).toBe('/jobs');
  });
});

describe('the request schemas', () => {
  it('refuses what the search refuses, with pointers into the query', () => {
    const bad = SavedSearchInput.safeParse({ kind: 'job', name: 'x', query: { budgetMin: '-5', sort: 'cheap' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('/')).sort()).toEqual(['query/budgetMin', 'query/sort']);
    expect(SavedSearchInput.safeParse({ kind: 'service', name: 'x', query: { tags: 'a' } }).success).toBe(false);
    expect(SavedSearchInput.safeParse({ kind: 'member', name: 'x', query: {} }).success).toBe(false);
  });

  it('a name is trimmed, 1–50 characters', () => {
    expect(SavedSearchInput.parse({ kind: 'job', name: ' 記事 ', query: {} }).name).toBe('記事');
    expect(SavedSearchInput.safeParse({ kind: 'job', name: ' ', query: {} }).success).toBe(false);
    expect(SavedSearchInput.safeParse({ kind: 'job', name: 'あ'.repeat(51), query: {} }).success).toBe(false);
  });

  it('a change names something to change', () => {
    expect(SavedSearchPatch.safeParse({}).success).toBe(false);
    expect(SavedSearchPatch.parse({ notify: false })).toEqual({ notify: false });
  });
});

describe('digest days', () => {
  it('a day is the Japan-time date', () => {
    expect(japanDay(new Date('2026-12-07T14:59:59Z'))).toBe('2026-12-07');
    expect(japanDay(new Date('2026-12-07T15:00:00Z'))).toBe('2026-12-08');
  });

  it('the next digest is at 08:00 Japan time, strictly after now', () => {
    expect(nextDigestAt(new Date('2026-12-07T10:00:00Z')).toISOString()).toBe('2026-12-07T23:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-07T23:00:00Z')).toISOString()).toBe('2026-12-08T23:00:00.000Z');
  });
});
