// A deadline that acts by itself (auto-acceptance, auto-approval of task work, the end of
// a competition's selection period) is one timer with reminders before it: each time the
// timer runs it sends the reminder due, if any, and is set again for the next reminder
// still ahead or for the deadline itself.

const DAY = 86_400_000;

/** Reminder times between the start and the deadline, in order. */
function reminderTimes(startedAt: Date, deadline: Date, before: readonly number[]): { daysLeft: number; at: number }[] {
  return before
    .map((daysLeft) => ({ daysLeft, at: deadline.getTime() - daysLeft * DAY }))
    .filter((r) => r.at > startedAt.getTime())
    .sort((a, b) => a.at - b.at);
}

/** When the timer runs next: the next reminder time still ahead of `now`, else the deadline. */
export function nextDeadlineCheck(startedAt: Date, deadline: Date, now: Date, before: readonly number[]): Date {
  const ahead = reminderTimes(startedAt, deadline, before).find((r) => r.at > now.getTime());
  return new Date(ahead?.at ?? deadline.getTime());
}

/**
 * The reminder due when the timer runs at `now`: the days left by the latest reminder
 * time passed (a late run sends only the current one, never a stale "3 days left" when
 * one is left), or null before the first reminder and from the deadline on.
 */
export function deadlineReminderDue(startedAt: Date, deadline: Date, now: Date, before: readonly number[]): number | null {
  if (now.getTime() >= deadline.getTime()) return null;
  const passed = reminderTimes(startedAt, deadline, before).filter((r) => r.at <= now.getTime());
  return passed.at(-1)?.daysLeft ?? null;
}
