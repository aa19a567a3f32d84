/** Paths under which a page is about logging in; never a place to return to afterwards. */
const AUTH_PATHS = [
  '/login',
  '/register',
  '/verify-email',
  '/forgot-password',
  '/reset-password',
  '/confirm-email',
  '/restore-account',
  '/withdrawal/complete',
];

export function isAuthPath(pathname: string): boolean {
  return AUTH_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** A same-site path to go to after login; anything else falls back to マイページ. */
export function safeNext(next: string | null | undefined, fallback = '/mypage'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  const pathname = next.split(/[?#]/)[0] ?? '';
  if (isAuthPath(pathname)) return fallback;
  return next;
}

export function loginPath(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}
