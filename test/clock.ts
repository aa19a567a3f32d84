// A clock the test moves by hand.
export interface FakeClock {
  (): Date;
  set(date: Date | string): void;
  advance(ms: number): void;
}

export function fakeClock(start: Date | string = '2026-04-01T00:00:00Z'): FakeClock {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as FakeClock;
  clock.set = (date) => {
    now = new Date(date).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
