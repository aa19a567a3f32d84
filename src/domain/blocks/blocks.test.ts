import { describe, expect, it } from 'vitest';
import { applicationAfterBlock, blockRefusal, offerAfterBlock, quoteAfterBlock, threadClosedByBlock } from './blocks';
import { withinFlagWindow } from './former-members';

describe('blockRefusal', () => {
  const member = { id: 'b', status: 'active', staffRole: null };
  it('allows blocking another active member', () => expect(blockRefusal('a', member)).toBeNull());
  it('refuses oneself', () => expect(blockRefusal('b', member)).toBe('block-self'));
  it('refuses staff accounts', () => expect(blockRefusal('a', { ...member, staffRole: 'support' })).toBe('block-staff'));
  it('does not find a member who is gone', () => {
    expect(blockRefusal('a', undefined)).toBe('not-found');
    expect(blockRefusal('a', { ...member, status: 'withdrawn' })).toBe('not-found');
    expect(blockRefusal('a', { ...member, status: 'withdrawing' })).toBe('not-found');
  });
  it('allows blocking a suspended member', () => expect(blockRefusal('a', { ...member, status: 'suspended' })).toBeNull());
});

describe('what a block ends', () => {
  it('answers pending items as the blocker would', () => {
    expect(applicationAfterBlock(true)).toBe('declined');
    expect(applicationAfterBlock(false)).toBe('withdrawn');
    expect(offerAfterBlock(true)).toBe('cancelled');
    expect(offerAfterBlock(false)).toBe('declined');
    expect(quoteAfterBlock(true)).toBe('withdrawn');
    expect(quoteAfterBlock(false)).toBeNull();
  });
  it('closes threads outside contracts only', () => {
    expect(threadClosedByBlock('application')).toBe(true);
    expect(threadClosedByBlock('offer')).toBe(true);
    expect(threadClosedByBlock('inquiry')).toBe(true);
    expect(threadClosedByBlock('contract')).toBe(false);
  });
});

describe('withinFlagWindow', () => {
  it('flags a withdrawal up to five years back, to the day', () => {
    expect(withinFlagWindow('2021-12-07', new Date('2026-12-07T10:00:00Z'))).toBe(true);
    expect(withinFlagWindow('2021-12-06', new Date('2026-12-07T10:00:00Z'))).toBe(false);
    expect(withinFlagWindow('2026-01-01', new Date('2026-12-07T10:00:00Z'))).toBe(true);
  });
});
