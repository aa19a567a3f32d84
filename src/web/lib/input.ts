// Reading what people type into number and date fields.

/**
 * A whole number as typed, also with full-width digits from a Japanese IME and with
 * thousands separators: 「１０，０００」 and "10,000" are 10000. Empty is null; anything
 * else that is not a whole number is 'invalid'.
 */
export function parseWholeNumber(text: string): number | null | 'invalid' {
  const normalised = text.normalize('NFKC').replace(/[,、\s]/g, '');
  if (normalised === '') return null;
  if (!/^\d+$/.test(normalised)) return 'invalid';
  const n = Number(normalised);
  return Number.isSafeInteger(n) ? n : 'invalid';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an <input type="date"> for a day in the browser's time zone. */
export function toDateInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value of an <input type="datetime-local"> for an instant, in the browser's time zone. */
export function toDateTimeLocal(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return `${toDateInput(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * An <input type="datetime-local"> value ("2026-05-01T18:00") as ISO 8601 with the
 * browser's offset for that moment ("2026-05-01T18:00:00+09:00"); null when it is not a
 * complete date and time.
 */
export function fromDateTimeLocal(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(date.getTime())) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${toDateInput(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A YYYY-MM-DD string that names a real calendar day. */
export function isDateInput(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getMonth() === Number(match[2]) - 1 && date.getDate() === Number(match[3]);
}
