// The former-member registry in use (第9条): a registration, an email change, a contract or
// an order that involves someone who withdrew within five years raises a flag for staff.
// Never a refusal: a person may come back, and whether the 5-year rule on direct dealing
// (第7条) is being evaded is for staff to judge with the facts, not for a match of addresses.

export const FORMER_MEMBER_FLAG_YEARS = 5;

/** Whether a withdrawal on `withdrawnOn` (YYYY-MM-DD) is within the flag window at `now`. */
export function withinFlagWindow(withdrawnOn: string, now: Date): boolean {
  const [y, m, d] = withdrawnOn.split('-').map(Number) as [number, number, number];
  const end = Date.UTC(y + FORMER_MEMBER_FLAG_YEARS, m - 1, d + 1);
  return now.getTime() < end;
}

export const FLAG_NOTE_MAX = 1000;

/** Who among staff reads and resolves flags (admin may too). */
export const FLAG_HANDLERS = ['support', 'moderator'] as const;
