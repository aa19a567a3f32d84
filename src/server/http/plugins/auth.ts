// Reads the session cookie and attaches the logged-in user to the request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';
import { findSessionUser, type SessionUser, touchSession } from '../../db/repositories/sessions';
import type { Clock } from '../../deps';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS, type PasswordAttempt } from '../../security/password-throttle';
import { COOKIE_BASE } from './security';

export const SESSION_COOKIE = '__Host-yorozu_session';
/** last_seen_at is written at most this often per session. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

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
  if (access === 'member') requireAuth(request);
  else requireStaff(request, access.staff);
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, { ...COOKIE_BASE, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, COOKIE_BASE);
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

async function readSession(request: FastifyRequest, opts: { db: Db; clock: Clock }): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return;
  const now = opts.clock();
  const found = await findSessionUser(opts.db, token, now);
  if (!found) return;
  request.auth = found;
  if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(opts.db, found.sessionId, now);
  }
}

export default fp(
  async function auth(app: FastifyInstance, opts: { db: Db; clock: Clock }) {
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
