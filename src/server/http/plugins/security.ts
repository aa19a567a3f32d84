// Security defaults for every response: headers (CSP, HSTS, nosniff, Referrer-Policy),
// no caching of API answers, and CSRF protection on every unsafe method.
//
// CSRF uses a double-submit token: an HttpOnly `__Host-` cookie holds a random token
// that the web app also receives in the body of GET /api/v1/session and sends back in
// the X-CSRF-Token header. A cross-site page can neither read the token nor set a
// `__Host-` cookie, so it cannot forge the pair. The Origin header, when present, must
// be our own as a second line.
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../../domain/errors';
import { randomToken, safeEqual } from '../../security/tokens';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for a server-to-server endpoint that proves its caller otherwise (a signed webhook). */
    csrf?: boolean;
  }
}

export const CSRF_COOKIE = '__Host-yorozu_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const COOKIE_BASE = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' as const };

/** The CSRF token of this browser, created (and set as a cookie) when missing. */
export function ensureCsrfToken(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomToken();
  reply.setCookie(CSRF_COOKIE, token, { ...COOKIE_BASE, maxAge: 60 * 60 * 24 * 365 });
  request.cookies[CSRF_COOKIE] = token;
  return token;
}

export default fp(
  async function security(app: FastifyInstance, opts: { publicUrl: string; swaggerPaths: string[] }) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      hsts: { maxAge: 63_072_000, includeSubDomains: true },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    });

    const allowedOrigin = new URL(opts.publicUrl).origin;

    app.addHook('onRequest', async (request, reply) => {
      if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
      if (SAFE_METHODS.has(request.method)) return;
      if (request.routeOptions.config?.csrf === false) return;
      const origin = request.headers.origin;
      if (origin && origin !== allowedOrigin && origin !== `${request.protocol}://${request.host}`) {
        throw new AppError('csrf-failed');
      }
      const cookie = request.cookies[CSRF_COOKIE];
      const header = request.headers[CSRF_HEADER];
      if (!cookie || typeof header !== 'string' || !safeEqual(cookie, header)) throw new AppError('csrf-failed');
    });
  },
  { name: 'yorozu-security', dependencies: ['@fastify/cookie'] },
);
