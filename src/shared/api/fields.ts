// Building blocks for request schemas. Each failure carries a stable field error code as
// its message (see FIELD_ERRORS), which the server turns into a localised `errors[]` entry.
import { z } from 'zod';
import { hasControlCharacters } from '../../domain/accounts/display-name';

/** A missing field is "required"; a present one of the wrong type is "invalid-type". */
export const typeError = (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : 'invalid-type');

/** Single-line text: trimmed, NFC, no control characters. */
export function line(max: number, min = 0) {
  return z
    .string({ error: typeError })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(min, { error: min <= 1 ? 'required' : 'too-short' })
        .max(max, { error: 'too-long' })
        .refine((s) => !hasControlCharacters(s), { error: 'control-characters' }),
    );
}

/** Multi-line text: keeps line breaks and tabs, refuses other control characters. */
export function paragraph(max: number) {
  return z
    .string({ error: typeError })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, { error: 'too-long' })
        .refine((s) => !hasControlCharacters(s, true), { error: 'control-characters' }),
    );
}

export const httpUrl = z
  .string({ error: typeError })
  .trim()
  .max(500, { error: 'too-long' })
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'url-invalid' },
  );

/** A password is sent as typed: never trimmed or normalised before hashing. */
export const passwordInput = z
  .string({ error: typeError })
  .min(1, { error: 'required' })
  .max(1024, { error: 'password-too-long' });

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/** Whether year-month-day is a day the calendar has (years 1–9999: PostgreSQL has no year 0). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date, YYYY-MM-DD: 2026-02-30, 2026-13-01 and 0000-00-00 are `date-invalid`. */
export const isoDate = z
  .string({ error: typeError })
  .max(10, { error: 'date-invalid' })
  .refine(
    (s) => {
      const m = DATE.exec(s);
      return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    },
    { error: 'date-invalid' },
  );

/** A moment, ISO 8601 with a time zone (Z or ±hh:mm), on a day the calendar has. */
export const isoDateTime = z
  .string({ error: typeError })
  .max(40, { error: 'date-invalid' })
  .refine(
    (s) => {
      const m = DATE_TIME.exec(s);
      if (m === null || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
      if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return false;
      if (m[7] !== undefined && (Number(m[7]) > 14 || Number(m[8]) > 59)) return false;
      return !Number.isNaN(Date.parse(s));
    },
    { error: 'date-invalid' },
  );

/** A statement month, YYYY-MM, in the years statements cover (2000–2100, as the yearly summary). */
export const isoMonth = z
  .string({ error: typeError })
  .max(7, { error: 'date-invalid' })
  .refine(
    (s) => {
      const m = /^(\d{4})-(\d{2})$/.exec(s);
      return m !== null && Number(m[1]) >= 2000 && Number(m[1]) <= 2100 && isCalendarDate(Number(m[1]), Number(m[2]), 1);
    },
    { error: 'date-invalid' },
  );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id: a UUID in its 8-4-4-4-12 hex form (lower-cased), or the field error `error`. */
export function uuid(error: 'invalid-choice' | 'attachment-invalid' = 'invalid-choice') {
  return z
    .string({ error: typeError })
    .max(36, { error })
    .regex(UUID, { error })
    .transform((s) => s.toLowerCase());
}
