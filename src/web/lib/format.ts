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

/** ¥12,345 (half-width yen sign, whole yen). */
export function formatYen(yen: number): string {
  return `¥${new Intl.NumberFormat('ja-JP').format(yen)}`;
}

/** 4月10日 / 10 April; with the year when it is not this year. */
export function formatMonthDay(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = parse(iso);
  if (!date) return iso;
  const options: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

export type TimeLeft = { unit: 'day' | 'hour'; n: number } | { unit: 'past' };

/**
 * How long until `iso`: calendar days when it is on a later day, otherwise hours (rounded
 * up); "past" once it has passed.
 */
export function timeLeft(iso: string, now: Date = new Date()): TimeLeft | null {
  const date = parse(iso);
  if (!date) return null;
  const ms = date.getTime() - now.getTime();
  if (ms <= 0) return { unit: 'past' };
  const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOfDay(date) - startOfDay(now)) / (24 * 3600 * 1000));
  if (days >= 1) return { unit: 'day', n: days };
  return { unit: 'hour', n: Math.max(1, Math.ceil(ms / (3600 * 1000))) };
}

/** 1,234 / 1,234 (digit grouping only). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

/** 「10,000円」 in Japanese, 「¥10,000」 in English (whole yen). */
export function formatYenText(yen: number, lang: Lang): string {
  return lang === 'ja' ? `${formatNumber(yen, lang)}円` : formatYen(yen);
}

/** 「5,000円〜10,000円」 / 「¥5,000–¥10,000」; a single amount when both ends are equal. */
export function formatYenRange(min: number, max: number, lang: Lang): string {
  if (min === max) return formatYenText(min, lang);
  const separator = lang === 'ja' ? '〜' : '–';
  return `${formatYenText(min, lang)}${separator}${formatYenText(max, lang)}`;
}

/** 4月10日 18:00 / 10 April, 18:00; with the year when it is not this year. */
export function formatMonthDayTime(iso: string, lang: Lang, now: Date = new Date()): string {
  const date = parse(iso);
  if (!date) return iso;
  const options: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(date);
}

/** A calendar date such as 2026-05-01 (no time zone) as 2026年5月1日 / 1 May 2026. */
export function formatPlainDate(ymd: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(date);
}

/** 「1.2MB」「350KB」「12B」; bytes as people read a file size (1 KB = 1024 bytes). */
export function formatFileSize(bytes: number, lang: Lang): string {
  const space = lang === 'en' ? ' ' : '';
  if (bytes < 1024) return `${bytes}${space}B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}${space}KB`;
  const mb = bytes / (1024 * 1024);
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(mb);
  return `${text}${space}MB`;
}

/** 4.25 → 「4.3」: one decimal, as reviews are shown. */
export function formatScore(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    n,
  );
}
