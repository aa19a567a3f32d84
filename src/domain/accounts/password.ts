// Password rules follow NIST SP 800-63B: a length window, a block list of common
// passwords, no composition rules, and no hints that echo the account's identifiers.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type PasswordIssue = 'password-too-short' | 'password-too-long' | 'password-common' | 'password-contains-email';

export interface PasswordContext {
  /** Lower-cased common passwords; injected so the rule stays pure and testable. */
  isCommon: (lowered: string) => boolean;
  email?: string;
  username?: string;
}

export function checkPassword(password: string, ctx: PasswordContext): PasswordIssue | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'password-too-short';
  if (length > PASSWORD_MAX) return 'password-too-long';
  const lowered = password.normalize('NFKC').toLowerCase();
  if (ctx.isCommon(lowered)) return 'password-common';
  const local = ctx.email?.split('@')[0]?.toLowerCase();
  if (ctx.email && lowered.includes(ctx.email.toLowerCase())) return 'password-contains-email';
  if (local && local.length >= 4 && lowered === local) return 'password-contains-email';
  if (ctx.username && ctx.username.length >= 4 && lowered.includes(ctx.username.toLowerCase())) {
    return 'password-contains-email';
  }
  return null;
}
