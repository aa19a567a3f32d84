// Saved searches (保存した検索条件): a member keeps a job search or a service search and
// is told when a new posting or service matches it.
export const SAVED_SEARCH_KINDS = ['job', 'service'] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];

export const SAVED_SEARCH_LIMITS = {
  /** Saved searches a member may keep. */
  perMember: 20,
  nameMax: 50,
  /** Items listed in one digest mail (the rest are counted). */
  digestItemsMax: 30,
} as const;

/** The Japan-time day of a moment, as YYYY-MM-DD (a digest is sent once a day). */
export function japanDay(at: Date): string {
  return new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** The next digest time after `now`: 08:00 Japan time (23:00 UTC). */
export function nextDigestAt(now: Date): Date {
  const at = new Date(now);
  at.setUTCHours(23, 0, 0, 0);
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}
