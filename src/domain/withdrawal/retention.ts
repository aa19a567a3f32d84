// How long withdrawal keeps anything, and why. Pure date arithmetic.

/** How a withdrawn member is named wherever their name stood (pages, stored answers). */
export const WITHDRAWN_NAME = { ja: '退会済みユーザー', en: 'Withdrawn user' } as const;

/** Direct-deal rule: former members stay bound for 5 years (terms of use). */
export const FORMER_MEMBER_YEARS = 5;
/** Accounting records (corporate tax law): 7 years. */
export const ACCOUNTING_YEARS = 7;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/**
 * The first day of the month in Japan — reasons are kept by month only, and counted in the
 * same Japan-time months as everything else the statistics show.
 */
export function monthOf(date: Date): string {
  const japan = new Date(date.getTime() + 9 * 3_600_000);
  return `${japan.getUTCFullYear()}-${String(japan.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/** Free text with the user's own identifiers blanked, so reasons cannot name the person. */
export function scrubIdentifiers(text: string, identifiers: (string | null | undefined)[]): string {
  let out = text.normalize('NFKC');
  for (const id of identifiers) {
    const needle = id?.normalize('NFKC').trim();
    if (!needle || needle.length < 2) continue;
    out = out.replace(new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), '＊＊＊');
  }
  // Contact details have no place in anonymous analytics either.
  return out.replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '＊＊＊').replace(/\+?\d[\d\s-]{8,}\d/g, '＊＊＊');
}
