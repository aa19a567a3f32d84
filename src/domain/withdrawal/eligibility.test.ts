import { describe, expect, it } from 'vitest';
import { type BlockerRule, evaluateWithdrawal, type OpenItem } from './eligibility';

const text = (s: string) => ({ ja: s, en: s });
const rule = (code: string, from: string, role: BlockerRule['role'] = 'worker'): BlockerRule => ({
  code,
  role,
  from,
  title: text(code),
  explanation: text(code),
  resolve: { label: text('resolve'), link: `/${code}` },
});
const RULES = [
  rule('pending-applications', 'applications'),
  rule('open-jobs', 'jobs', 'client'),
  rule('disputes', 'disputes', 'both'),
];
const item = (id: string, clearsAt?: string | null): OpenItem => ({
  id,
  title: `item ${id}`,
  link: `/items/${id}`,
  ...(clearsAt !== undefined ? { clearsAt: clearsAt === null ? null : new Date(clearsAt) } : {}),
});
const BASE_WARNINGS = ['record-reset', 'username-reserved', 'direct-deal-rule', 'logout-is-different', 'undo-window'];

describe('evaluateWithdrawal', () => {
  it.each([
    ['nothing open', {}, true, []],
    ['empty lists', { applications: [], jobs: [] }, true, []],
    ['one worker blocker', { applications: [item('a')] }, false, ['pending-applications']],
    ['one client blocker', { jobs: [item('j')] }, false, ['open-jobs']],
    [
      'all blockers, in rule order',
      { disputes: [item('d')], jobs: [item('j')], applications: [item('a')] },
      false,
      ['pending-applications', 'open-jobs', 'disputes'],
    ],
    ['a key no rule reads', { unknown: [item('x')] }, true, []],
  ] as const)('%s', (_name, items, eligible, codes) => {
    const result = evaluateWithdrawal({ items: items as Record<string, OpenItem[]>, balanceYen: 0 }, RULES);
    expect(result.eligible).toBe(eligible);
    expect(result.blockers.map((b) => b.rule.code)).toEqual(codes);
    expect(result.warnings).toEqual(BASE_WARNINGS);
  });

  it('counts items and keeps them in order', () => {
    const result = evaluateWithdrawal({ items: { applications: [item('1'), item('2'), item('3')] }, balanceYen: 0 }, RULES);
    expect(result.blockers[0]?.count).toBe(3);
    expect(result.blockers[0]?.items.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(result.blockers[0]?.rule.role).toBe('worker');
  });

  it.each([
    [
      'every item clears: the latest date',
      [item('1', '2026-05-01T00:00:00Z'), item('2', '2026-05-03T00:00:00Z')],
      '2026-05-03T00:00:00.000Z',
    ],
    ['one item never clears: no date', [item('1', '2026-05-01T00:00:00Z'), item('2')], undefined],
    ['explicit null: no date', [item('1', null)], undefined],
    ['a single item', [item('1', '2026-06-01T00:00:00Z')], '2026-06-01T00:00:00.000Z'],
  ])('clearsAt: %s', (_name, items, expected) => {
    const result = evaluateWithdrawal({ items: { applications: items }, balanceYen: 0 }, RULES);
    expect(result.blockers[0]?.clearsAt?.toISOString()).toBe(expected);
  });

  it.each([
    [0, BASE_WARNINGS],
    [1, ['record-reset', 'username-reserved', 'direct-deal-rule', 'balance-paid-out', 'logout-is-different', 'undo-window']],
    [
      120_000,
      ['record-reset', 'username-reserved', 'direct-deal-rule', 'balance-paid-out', 'logout-is-different', 'undo-window'],
    ],
  ])('balance %i yen → warnings', (balanceYen, warnings) => {
    expect(evaluateWithdrawal({ items: {}, balanceYen }, RULES).warnings).toEqual(warnings);
  });

  it('writes waiting for staff review are said to be discarded, and never block', () => {
    const result = evaluateWithdrawal({ items: {}, balanceYen: 0, heldItemsPending: 2 }, RULES);
    expect(result.eligible).toBe(true);
    expect(result.warnings).toEqual([
      'record-reset',
      'username-reserved',
      'direct-deal-rule',
      'held-items-discarded',
      'logout-is-different',
      'undo-window',
    ]);
    expect(evaluateWithdrawal({ items: {}, balanceYen: 0, heldItemsPending: 0 }, RULES).warnings).toEqual(BASE_WARNINGS);
  });

  it('a balance alone never blocks: it is paid out, not forfeited', () => {
    expect(evaluateWithdrawal({ items: {}, balanceYen: 50_000 }, RULES).eligible).toBe(true);
  });
});
