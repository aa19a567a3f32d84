import { describe, expect, it } from 'vitest';
import { consultationUpdateRefusal, staffConflicted } from './consultation';

describe('consultationUpdateRefusal', () => {
  it.each([
    ['open', 'in_progress', null, null],
    ['open', 'in_progress', '確認しています', null],
    ['open', 'closed', '対応しました', null],
    ['in_progress', 'closed', '対応しました', null],
    ['in_progress', 'in_progress', '追加で確認しています', null],
    ['open', 'closed', null, 'consultation-answer-required'],
    ['open', 'closed', '   ', 'consultation-answer-required'],
    ['open', 'open', null, 'consultation-unchanged'],
    ['closed', 'in_progress', '再開します', 'consultation-closed'],
    ['closed', 'closed', '追記', 'consultation-closed'],
  ] as const)('%s → %s with %j: %s', (from, to, answer, refusal) => {
    expect(consultationUpdateRefusal(from, to, answer)).toBe(refusal);
  });
});

describe('staffConflicted', () => {
  it('is the member’s own or a party’s consultation', () => {
    expect(staffConflicted('s', { memberId: 's', parties: [] })).toBe(true);
    expect(staffConflicted('s', { memberId: 'm', parties: ['m', 's'] })).toBe(true);
    expect(staffConflicted('s', { memberId: 'm', parties: ['m', 'x'] })).toBe(false);
  });
});
