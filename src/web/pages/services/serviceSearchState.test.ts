import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, readServiceSearch, serviceFilterCount, serviceSearchPath, toServiceApiParams } from './serviceSearchState';

const read = (query: string, key?: string) => readServiceSearch(new URLSearchParams(query), key);

describe('the service search in the address', () => {
  it('reads a category page with its filters, and writes the same address back', () => {
    const state = read('q=ロゴ&minPrice=1000&maxPrice=５，０００&maxDays=7&minRating=4.5&sort=price&page=2', 'design');
    expect(state).toEqual({
      q: 'ロゴ',
      category: 'design',
      minPrice: 1000,
      maxPrice: 5000,
      maxDays: 7,
      minRating: 4.5,
      sort: 'price',
      page: 2,
    });
    expect(serviceSearchPath(state)).toBe(
      `/services/category/design?q=${encodeURIComponent('ロゴ')}&minPrice=1000&maxPrice=5000&maxDays=7&minRating=4.5&sort=price&page=2`,
    );
  });

  it('drops unknown and broken values rather than failing', () => {
    expect(read('category=nope&minPrice=abc&maxDays=5&minRating=2&sort=cheap&page=0')).toEqual(EMPTY_SEARCH);
    expect(read('', 'not-a-category').category).toBe('');
    expect(read('page=101').page).toBe(1);
  });

  it('leaves defaults out of the address', () => {
    expect(serviceSearchPath(EMPTY_SEARCH)).toBe('/services');
    expect(serviceSearchPath({ ...EMPTY_SEARCH, q: '  翻訳 ' })).toBe(`/services?q=${encodeURIComponent('翻訳')}`);
  });

  it('sends only what is set, and counts the filters behind 絞り込み', () => {
    const state = { ...EMPTY_SEARCH, q: ' ', category: 'design', maxDays: 3 };
    expect(toServiceApiParams(state)).toEqual({
      q: undefined,
      category: 'design',
      minPrice: undefined,
      maxPrice: undefined,
      maxDays: 3,
      minRating: undefined,
      sort: 'new',
      page: 1,
    });
    expect(serviceFilterCount(state)).toBe(1);
  });
});
