// Reads the session cookie and attaches the logged-in user to the request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { findSessionUser, type SessionUser, type StaffSessionLimits, touchSession } from '../../db/repositories/sessions';
import type { Clock } from '../../deps';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS, type PasswordAttempt } from '../../security/password-throttle';
import { PENDING_LOGIN_COOKIE } from '../../security/pending-login';
import { COOKIE_BASE } from './security';

export const SESSION_COOKIE = '__Host-yorozu_session';
/** last_seen_at is written at most this often per session (a staff session's, to the minute: it ends when idle). */
const TOUCH_INTERVAL_MS = 5 * 60_000;
const STAFF_TOUCH_INTERVAL_MS = 60_000;

type StaffRole = NonNullable<SessionUser['user']['staff_role']>;

/**
 * Who may call a route (its `config.auth`), checked when the request arrives, before its
 * body is read or validated: an anonymous caller learns nothing of a body's shape.
 * Routes under /api/v1/ are for members unless they say otherwise; `optional` routes
 * answer anyone and read the session when there is one.
 */
export type RouteAccess = 'public' | 'optional' | 'member' | { staff: readonly StaffRole[] };

declare module 'fastify' {
  interface FastifyRequest {
    auth: SessionUser | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAccess;
    /** Open to a staff member who has not enrolled a second factor yet (enrolment, /me, logout). */
    enrolment?: boolean;
  }
}

/** The access a route declares, with the default for the API. */
export function routeAccess(url: string, config: { auth?: RouteAccess } | undefined): RouteAccess {
  return config?.auth ?? (url.startsWith('/api/v1/') ? 'member' : 'public');
}

/** Refuses a request its route's access does not allow: 401 anonymous, 403 not the staff role. */
export function checkAccess(request: FastifyRequest): void {
  const url = request.routeOptions.url;
  if (url === undefined) return;
  const access = routeAccess(url, request.routeOptions.config as { auth?: RouteAccess } | undefined);
  if (access === 'public' || access === 'optional') return;
  const auth = requireAuth(request);
  if (mustEnrol(auth) && !(request.routeOptions.config as { enrolment?: boolean }).enrolment)
    throw new AppError('second-factor-enrolment-required');
  if (access !== 'member') requireStaff(request, access.staff);
}

/** A staff member without a second factor: their session serves enrolment only. */
export function mustEnrol(auth: SessionUser): boolean {
  return auth.user.staff_role !== null && !auth.user.second_factor_enabled;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, { ...COOKIE_BASE, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, COOKIE_BASE);
}

/** The login waiting for its second factor (security/pending-login.ts): strict, never sent cross-site. */
export function setPendingLoginCookie(reply: FastifyReply, value: string, expiresAt: Date): void {
  reply.setCookie(PENDING_LOGIN_COOKIE, value, { ...COOKIE_BASE, sameSite: 'strict', expires: expiresAt });
}

export function clearPendingLoginCookie(reply: FastifyReply): void {
  reply.clearCookie(PENDING_LOGIN_COOKIE, { ...COOKIE_BASE, sameSite: 'strict' });
}

/** Marks this browser as one the member logged in from (see security/password-throttle.ts). */
export function setDeviceCookie(reply: FastifyReply, value: string): void {
  reply.setCookie(DEVICE_COOKIE, value, { ...COOKIE_BASE, maxAge: DEVICE_COOKIE_DAYS * 86_400 });
}

/** Where a password attempt in this request comes from, for the password throttle. */
export function passwordAttempt(request: FastifyRequest): PasswordAttempt {
  return { ip: request.ip, device: request.cookies[DEVICE_COOKIE] };
}

/** The logged-in user, or a 401 problem. */
export function requireAuth(request: FastifyRequest): SessionUser {
  if (!request.auth) throw new AppError('unauthenticated');
  return request.auth;
}

/** A logged-in staff member with one of `roles` (admin may do everything), or a 403 problem. */
export function requireStaff(request: FastifyRequest, roles: readonly StaffRole[]): SessionUser {
  const auth = requireAuth(request);
  const role = auth.user.staff_role;
  if (!role || (role !== 'admin' && !roles.includes(role))) throw new AppError('forbidden');
  return auth;
}

interface AuthOptions {
  db: Db;
  clock: Clock;
  staffSession: StaffSessionLimits;
}

async function readSession(request: FastifyRequest, opts: AuthOptions): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return;
  const now = opts.clock();
  const found = await findSessionUser(opts.db, token, now, opts.staffSession);
  if (!found) return;
  request.auth = found;
  const interval = found.user.staff_role ? STAFF_TOUCH_INTERVAL_MS : TOUCH_INTERVAL_MS;
  if (now.getTime() - found.lastSeenAt.getTime() > interval) {
    await touchSession(opts.db, found.sessionId, now);
  }
}

export default fp(
  async function auth(app: FastifyInstance, opts: AuthOptions) {
    app.decorateRequest('auth', null);
    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      await readSession(request, opts);
    });
    // Each API route checks its access in its own first hook after the rate limiter's
    // (registered before this plugin), so refused requests still count against the limit.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      const hooks = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
      route.onRequest = [...hooks, async (request: FastifyRequest) => checkAccess(request)];
    });
  },
  { name: 'yorozu-auth', dependencies: ['@fastify/cookie'] },
);
