import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  allowedSteps,
  canTransition,
  checkTransition,
  finalStatuses,
  soleStep,
  type Transition,
} from './transitions';

type S = 'a' | 'b' | 'c';
const TABLE: readonly Transition<S, 'go' | 'back' | 'end'>[] = [
  { action: 'go', from: ['a'], to: 'b', actors: ['client'] },
  { action: 'back', from: ['b'], to: 'a', actors: ['worker', 'system'], timer: 'a day after going' },
  { action: 'end', from: ['a', 'b'], to: 'c', actors: ['staff'] },
];

describe('transition tables', () => {
  it('tells a step nobody of that kind may take from one taken from the wrong state', () => {
    expect(checkTransition(TABLE, 'go', 'a', 'client')).toEqual({ ok: true, from: 'a', to: 'b' });
    expect(checkTransition(TABLE, 'go', 'a', 'worker')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(checkTransition(TABLE, 'go', 'b', 'client')).toEqual({ ok: false, reason: 'wrong-state' });
    expect(canTransition(TABLE, 'end', 'b', 'staff')).toBe(true);
    expect(canTransition(TABLE, 'end', 'c', 'staff')).toBe(false);
  });

  it('lists the actions an actor may take from a state, in table order', () => {
    expect(actionsFrom(TABLE, 'a', 'client')).toEqual(['go']);
    expect(actionsFrom(TABLE, 'b', 'system')).toEqual(['back']);
    expect(actionsFrom(TABLE, 'a', 'staff')).toEqual(['end']);
    expect(actionsFrom(TABLE, 'c', 'staff')).toEqual([]);
  });

  it('lists every allowed step and the final states', () => {
    expect(allowedSteps(TABLE, ['a', 'b', 'c'], ['client', 'worker', 'system', 'staff'])).toEqual([
      'a --go(client)--> b',
      'a --end(staff)--> c',
      'b --back(worker)--> a',
      'b --back(system)--> a',
      'b --end(staff)--> c',
    ]);
    expect(finalStatuses(TABLE, ['a', 'b', 'c'])).toEqual(['c']);
  });

  it('names the one step of an action taken by every row still in its status, and refuses an action with several', () => {
    expect(soleStep(TABLE, 'go')).toEqual({ from: 'a', to: 'b' });
    expect(() => soleStep(TABLE, 'end')).toThrow('end is not a single step');
  });
});
