import { describe, expect, it } from 'vitest';
import { canViewService, serviceActions } from './services';

const s = (status: 'draft' | 'published' | 'paused' | 'hidden', sellerActive = true) => ({ sellerId: 's', status, sellerActive });

describe('service policy', () => {
  it('shows published and paused services to everybody, the rest to the seller only', () => {
    expect(['draft', 'published', 'paused', 'hidden'].map((st) => canViewService(s(st as 'draft'), null))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(canViewService(s('draft'), 's')).toBe(true);
    expect(canViewService(s('published', false), null)).toBe(false);
  });

  it('gives the seller edit and the table’s steps', () => {
    expect(serviceActions(s('draft'), 's')).toEqual(['edit', 'publish', 'hide']);
    expect(serviceActions(s('published'), 's')).toEqual(['edit', 'pause', 'hide']);
    expect(serviceActions(s('paused'), 's')).toEqual(['edit', 'resume', 'hide']);
    expect(serviceActions(s('hidden'), 's')).toEqual(['edit', 'publish']);
  });

  it('lets another member buy or ask only while the service takes orders', () => {
    expect(serviceActions(s('published'), 'b')).toEqual(['buy', 'ask']);
    expect(serviceActions(s('paused'), 'b')).toEqual([]);
    expect(serviceActions(s('published'), null)).toEqual([]);
    expect(serviceActions(s('published', false), 'b')).toEqual([]);
  });
});
