import { describe, expect, it } from 'vitest';
import { JUDGING_REMINDER_DAYS } from '../jobs/work-money';
import { deadlineReminderDue, nextDeadlineCheck } from './deadlines';

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

describe('a deadline with reminders, as one timer', () => {
  const closed = at('2026-06-01T03:00:00Z');
  const deadline = new Date(closed.getTime() + 14 * DAY);
  it('runs 3 and 1 days before the judging deadline, then at it', () => {
    const runs: string[] = [];
    let now = closed;
    while (now.getTime() < deadline.getTime()) {
      now = nextDeadlineCheck(closed, deadline, now, JUDGING_REMINDER_DAYS);
      runs.push(`${now.toISOString().slice(0, 10)} ${deadlineReminderDue(closed, deadline, now, JUDGING_REMINDER_DAYS)}`);
    }
    expect(runs).toEqual(['2026-06-12 3', '2026-06-14 1', '2026-06-15 null']);
  });
  it('a period shorter than a reminder leaves that reminder out', () => {
    const short = new Date(closed.getTime() + 2 * DAY);
    expect(nextDeadlineCheck(closed, short, closed, JUDGING_REMINDER_DAYS)).toEqual(new Date(short.getTime() - DAY));
    expect(deadlineReminderDue(closed, short, new Date(short.getTime() - DAY), JUDGING_REMINDER_DAYS)).toBe(1);
  });
  it('a run before the first reminder sends nothing and a late one only what applies now', () => {
    expect(deadlineReminderDue(closed, deadline, at('2026-06-05T00:00:00Z'), JUDGING_REMINDER_DAYS)).toBeNull();
    expect(deadlineReminderDue(closed, deadline, at('2026-06-14T12:00:00Z'), JUDGING_REMINDER_DAYS)).toBe(1);
    expect(deadlineReminderDue(closed, deadline, deadline, JUDGING_REMINDER_DAYS)).toBeNull();
  });
});
