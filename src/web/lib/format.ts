import type { Lang } from '../../shared/errors';

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 2025年4月1日 / 1 April 2025 */
export function formatDate(iso: string, lang: Lang): string {
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(date) : iso;
}

/** 2025年4月1日 14:05 / 1 April 2025 at 14:05 */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = parse(iso);
  return date ? new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(date) : iso;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** 「5分前」「昨日」; null when it was less than a minute ago. */
export function formatRelative(iso: string, lang: Lang, now: Date = new Date()): string | null {
  const date = parse(iso);
  if (!date) return iso;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return null;
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return null;
}
