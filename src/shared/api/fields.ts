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
