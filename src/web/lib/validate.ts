// Client-side checks with the same schemas and messages the server uses, so a mistake is
// explained before the form is sent. The server still checks everything.
import type { z } from 'zod';
import { checkPassword } from '../../domain/accounts/password';
import { type FieldErrorCode, fieldMessage, isFieldErrorCode, type Lang } from '../../shared/errors';

export type FieldErrors = Record<string, string>;

/** "/portfolioLinks/2" → "portfolioLinks.2" (JSON Pointer, RFC 6901). */
export function pointerToKey(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function issueParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if ('minimum' in issue && (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint')) {
    params.min = Number(issue.minimum);
  }
  if ('maximum' in issue && (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint')) {
    params.max = Number(issue.maximum);
  }
  return params;
}

/** Runs a shared schema; returns field messages keyed like pointerToKey, first issue wins. */
export function schemaErrors(schema: z.ZodType, value: unknown, lang: Lang): FieldErrors {
  const result = schema.safeParse(value);
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.');
    if (key in errors) continue;
    const code: FieldErrorCode = isFieldErrorCode(issue.message) ? issue.message : 'invalid-type';
    errors[key] = fieldMessage(code, lang, issueParams(issue));
  }
  return errors;
}

/** Length and identifier checks for a new password (the common-password list stays on the server). */
export function newPasswordError(
  password: string,
  lang: Lang,
  context: { email?: string; username?: string } = {},
): string | null {
  if (password.length === 0) return fieldMessage('required', lang);
  const issue = checkPassword(password, { isCommon: () => false, ...context });
  return issue ? fieldMessage(issue, lang) : null;
}
