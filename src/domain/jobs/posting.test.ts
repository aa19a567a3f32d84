import { describe, expect, it } from 'vitest';
import { checkTransition } from '../process/transitions';
import { checkPosting, JOB_TRANSITIONS, type PostingDraft, postingBudgetYen } from './posting';

describe('job transitions', () => {
  it.each([
    ['publish', 'draft', 'client', 'open'],
    ['close', 'open', 'client', 'closed'],
    ['close', 'open', 'staff', 'closed'],
    ['expire', 'open', 'system', 'closed'],
    ['reopen', 'closed', 'client', 'open'],
    ['cancel', 'draft', 'client', 'cancelled'],
    ['cancel', 'open', 'client', 'cancelled'],
    ['cancel', 'closed', 'client', 'cancelled'],
  ] as const)('%s: %s by %s → %s', (action, from, actor, to) => {
    expect(checkTransition(JOB_TRANSITIONS, action, from, actor)).toEqual({ ok: true, from, to });
  });

  it.each([
    ['publish', 'open', 'client', 'wrong-state'],
    ['publish', 'cancelled', 'client', 'wrong-state'],
    ['close', 'draft', 'client', 'wrong-state'],
    ['reopen', 'open', 'client', 'wrong-state'],
    ['reopen', 'cancelled', 'client', 'wrong-state'],
    ['cancel', 'cancelled', 'client', 'wrong-state'],
    ['expire', 'open', 'client', 'not-allowed'],
    ['publish', 'draft', 'worker', 'not-allowed'],
    ['close', 'open', 'system', 'not-allowed'],
  ] as const)('%s: %s by %s is refused (%s)', (action, from, actor, reason) => {
    expect(checkTransition(JOB_TRANSITIONS, action, from, actor)).toEqual({ ok: false, reason });
  });
});

describe('posting rules', () => {
  const now = new Date('2026-04-01T00:00:00Z');
  const project: PostingDraft = {
    kind: 'project',
    deadline: new Date('2026-04-10T00:00:00Z'),
    deliveryDate: null,
    budgetMin: 10000,
    budgetMax: 30000,
    hires: 1,
    taskSlots: null,
    taskUnitPrice: null,
    prize: null,
  };
  const codes = (p: Partial<PostingDraft>, checkDeadline = true) =>
    checkPosting({ ...project, ...p }, now, checkDeadline).map((i) => `${i.pointer} ${i.code}`);

  it.each([
    [{}, []],
    [{ budgetMin: 30000, budgetMax: 10000 }, ['/budgetMax budget-range']],
    [{ budgetMin: 30000, budgetMax: 30000 }, []],
    [{ budgetMin: null }, ['/budgetMin required']],
    [{ hires: null }, ['/hires required']],
    [{ deadline: new Date('2026-04-01T00:00:00Z') }, ['/deadline deadline-past']],
    [{ deadline: new Date('2026-05-31T00:00:00Z') }, []],
    [{ deadline: new Date('2026-05-31T00:00:01Z') }, ['/deadline deadline-too-far']],
    [{ deliveryDate: '2026-04-09' }, ['/deliveryDate delivery-before-deadline']],
    [{ deliveryDate: '2026-04-10' }, []],
    [{ kind: 'task', taskSlots: 10, taskUnitPrice: null }, ['/taskUnitPrice required']],
    [{ kind: 'competition', prize: null }, ['/prize required']],
  ] as const)('%j → %j', (override, expected) => {
    expect(codes(override as Partial<PostingDraft>)).toEqual(expected);
  });

  it('leaves the deadline alone for drafts', () => {
    expect(codes({ deadline: new Date('2026-03-01T00:00:00Z') }, false)).toEqual([]);
  });

  it('computes the budget of each kind in yen', () => {
    expect(postingBudgetYen(project)).toEqual({ min: 10000, max: 30000 });
    expect(postingBudgetYen({ ...project, kind: 'task', taskSlots: 100, taskUnitPrice: 50 })).toEqual({ min: 5000, max: 5000 });
    expect(postingBudgetYen({ ...project, kind: 'competition', prize: 30000 })).toEqual({ min: 30000, max: 30000 });
    expect(postingBudgetYen({ ...project, kind: 'task' })).toBeNull();
  });
});
