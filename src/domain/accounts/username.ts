// Usernames appear in URLs and are how staff refer to an account. They never change and
// are never given to anyone else, even after the account is withdrawn.

export const USERNAME_PATTERN = /^[a-z0-9_]{3,20}$/;

/** Words that would let someone impersonate the service or collide with our own paths. */
export const RESERVED_USERNAMES: ReadonlySet<string> = new Set([
  'admin',
  'administrator',
  'root',
  'system',
  'sysadmin',
  'staff',
  'support',
  'help',
  'yorozu',
  'official',
  'operator',
  'moderator',
  'mod',
  'security',
  'abuse',
  'postmaster',
  'webmaster',
  'hostmaster',
  'info',
  'contact',
  'billing',
  'finance',
  'payment',
  'payments',
  'payout',
  'payouts',
  'api',
  'app',
  'www',
  'mail',
  'email',
  'smtp',
  'ftp',
  'dev',
  'test',
  'null',
  'undefined',
  'anonymous',
  'unknown',
  'guest',
  'user',
  'users',
  'me',
  'my',
  'mypage',
  'settings',
  'account',
  'accounts',
  'login',
  'logout',
  'signin',
  'signup',
  'register',
  'withdraw',
  'withdrawal',
  'withdrawn',
  'deleted',
  'jobs',
  'job',
  'work',
  'works',
  'tasks',
  'services',
  'contracts',
  'messages',
  'notifications',
  'search',
  'terms',
  'privacy',
  'about',
  'docs',
  'problems',
  'static',
  'assets',
  'public',
  'u',
  'new',
  'edit',
]);

export type UsernameIssue = 'username-invalid' | 'username-reserved';

/** Usernames are stored lower-case; the input is compared case-insensitively. */
export function normaliseUsername(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}

export function checkUsername(input: string): UsernameIssue | null {
  const name = normaliseUsername(input);
  if (!USERNAME_PATTERN.test(name)) return 'username-invalid';
  if (RESERVED_USERNAMES.has(name) || RESERVED_USERNAMES.has(name.replace(/_/g, ''))) {
    return 'username-reserved';
  }
  if (/^(yorozu|admin|staff|official)/.test(name)) return 'username-reserved';
  return null;
}
