import { describe, expect, it } from 'vitest';
import { TERMS_ARTICLE_IDS, termsArticle } from './articles';
import { canRemove, reportOutcome } from './reports';
import {
  appealDeadline,
  appealRefusal,
  decideRefusal,
  type RestrictionFacts,
  restrictionState,
  stoppingRestriction,
} from './restrictions';

const day = 86_400_000;
const start = new Date('2026-05-01T00:00:00Z');
const at = (days: number) => new Date(start.getTime() + days * day);
const base: RestrictionFacts = {
  userId: 'member',
  kind: 'messaging',
  startsAt: start,
  endsAt: at(7),
  createdBy: 'staff-a',
  liftedAt: null,
  appealedAt: null,
  appealDecidedAt: null,
};

describe('restriction state at a time', () => {
  it('is active until its end, then ended', () => {
    expect(restrictionState(base, at(6.9))).toBe('active');
    expect(restrictionState(base, at(7))).toBe('ended');
  });
  it('without an end stays active until lifted', () => {
    const open = { ...base, endsAt: null };
    expect(restrictionState(open, at(400))).toBe('active');
    expect(restrictionState({ ...open, liftedAt: at(3) }, at(3))).toBe('lifted');
    expect(restrictionState({ ...open, liftedAt: at(3) }, at(2))).toBe('active');
  });
  it('stops only what its kind stops; a suspension stops everything', () => {
    expect(stoppingRestriction([base], 'message', at(1))).toBe(base);
    expect(stoppingRestriction([base], 'post', at(1))).toBeNull();
    expect(stoppingRestriction([base], 'message', at(8))).toBeNull();
    const suspended = { ...base, kind: 'suspended' as const, endsAt: null };
    for (const c of ['post', 'message', 'buy'] as const) expect(stoppingRestriction([suspended], c, at(1))).toBe(suspended);
  });
  it('explains the longest of several in force', () => {
    const longer = { ...base, endsAt: null };
    expect(stoppingRestriction([base, longer], 'message', at(1))).toBe(longer);
  });
});

describe('appeal deadline', () => {
  it('is 14 days after the start', () => {
    expect(appealDeadline(base).toISOString()).toBe(at(14).toISOString());
    const open = { ...base, endsAt: null };
    expect(appealRefusal(open, 'member', at(14))).toBeNull();
    expect(appealRefusal(open, 'member', at(14.01))).toBe('appeal-window-closed');
  });
  it('is once, by the member, while in force', () => {
    expect(appealRefusal(base, 'someone', at(1))).toBe('not-yours');
    expect(appealRefusal({ ...base, appealedAt: at(1) }, 'member', at(2))).toBe('already-appealed');
    expect(appealRefusal(base, 'member', at(8))).toBe('not-active');
    expect(appealRefusal({ ...base, liftedAt: at(1) }, 'member', at(2))).toBe('not-active');
  });
});

describe('who may decide an appeal', () => {
  const appealed = { ...base, appealedAt: at(1) };
  it('a different staff member than the one who restricted', () => {
    expect(decideRefusal(appealed, 'staff-b')).toBeNull();
    expect(decideRefusal(appealed, 'staff-a')).toBe('restricted-by-you');
  });
  it('never the restricted member, even if staff', () => {
    expect(decideRefusal(appealed, 'member')).toBe('own-restriction');
  });
  it('only an appeal not yet decided', () => {
    expect(decideRefusal(base, 'staff-b')).toBe('no-appeal');
    expect(decideRefusal({ ...appealed, appealDecidedAt: at(2) }, 'staff-b')).toBe('already-decided');
  });
});

describe('reports and articles', () => {
  it('each action closes the report with its outcome; members are not removable', () => {
    expect(reportOutcome('restrict')).toBe('restricted');
    expect(canRemove('member')).toBe(false);
    expect(canRemove('message')).toBe(true);
  });
  it('cites articles 7, 8 and 10', () => {
    expect(TERMS_ARTICLE_IDS).toEqual(['art7', 'art8', 'art10']);
    expect(termsArticle('art7')?.ja).toBe('第7条(直接取引の禁止)');
    expect(termsArticle('art99')).toBeNull();
  });
});
