// Builds the HTTP application. `main` and the tests both use this, so what the tests
// exercise through `inject` is exactly what runs in production.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { staffSessionLimits } from '../db/repositories/sessions';
import { type Clock, createDeps, type Deps, systemClock } from '../deps';
import type { Mailer } from '../integrations/mail/mailer';
import { registerScreening } from '../screening/hook';
import { DEFAULT_REGISTRY, type WithdrawalRegistry } from '../withdrawal/registry';
import { swaggerOptions } from './openapi/document';
import authPlugin from './plugins/auth';
import { registerErrorHandling } from './plugins/errors';
import securityPlugin from './plugins/security';
import { sendProblem, writeClientProblem } from './problem';
import { applicationRoutes } from './routes/applications';
import { attachmentRoutes } from './routes/attachments';
import { authRoutes } from './routes/auth';
import { bankRoutes } from './routes/bank';
import { blockRoutes } from './routes/blocks';
import { consultationRoutes } from './routes/consultations';
import { contactRequestRoutes } from './routes/contact-requests';
import { contractRoutes } from './routes/contracts';
import { devMailRoutes } from './routes/dev-mail';
import { discoveryRoutes } from './routes/discovery';
import { entryRoutes } from './routes/entries';
import { healthRoutes } from './routes/health';
import { heldItemRoutes } from './routes/held-items';
import { jobRoutes } from './routes/jobs';
import { meRoutes } from './routes/me';
import { messageRoutes } from './routes/messages';
import { moderationRoutes } from './routes/moderation';
import { offerRoutes } from './routes/offers';
import { operatorRoutes } from './routes/operator';
import { orderRoutes } from './routes/orders';
import { paymentRoutes } from './routes/payments';
import { payoutSettingsRoutes } from './routes/payout-settings';
import { payoutRoutes } from './routes/payouts';
import { problemRoutes } from './routes/problems';
import { quoteRoutes } from './routes/quotes';
import { secondFactorRoutes } from './routes/second-factor';
import { serviceReviewRoutes } from './routes/service-reviews';
import { serviceRoutes } from './routes/services';
import { staffRoutes } from './routes/staff';
import { staffAuditRoutes } from './routes/staff-audit';
import { staffConsoleRoutes } from './routes/staff-console';
import { staffFlagRoutes } from './routes/staff-flags';
import { staffModerationRoutes } from './routes/staff-moderation';
import { staffTeamRoutes } from './routes/staff-team';
import { taskRoutes } from './routes/tasks';
import { tipRoutes } from './routes/tips';
import type { App } from './routes/types';
import { userRoutes } from './routes/users';
import { withdrawalRoutes } from './routes/withdrawal';

export interface BuildAppOptions {
  config: Config;
  database: Database;
  mailer: Mailer;
  clock?: Clock;
  /** Built web app to serve (dist/web); omitted in API-only tests. */
  webRoot?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Blocker rules and providers; tests add their own. */
  withdrawal?: WithdrawalRegistry;
  /** Extra routes (test-only actions). */
  extraRoutes?: (app: FastifyInstance, deps: Deps) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
}

const BODY_LIMIT = 256 * 1024;

/** Deeper than any request schema goes; a body nested deeper is refused before anything walks it. */
export const MAX_JSON_DEPTH = 32;

const escapeKey = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON pointer of the first string (or key) holding U+0000, or null; throws
 * `json-too-deep` for a value nested deeper than MAX_JSON_DEPTH. Iterative, so no input
 * can exhaust the stack.
 */
function findNul(root: unknown, rootPointer: string): string | null {
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: root, pointer: rootPointer, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, pointer, depth } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pointer || '/';
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) throw new AppError('json-too-deep', { maxDepth: MAX_JSON_DEPTH });
    // Children are pushed last-first so the first one in document order is looked at first.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], pointer: `${pointer}/${i}`, depth: depth + 1 });
      continue;
    }
    const entries = Object.entries(value);
    for (const [key] of entries) if (key.includes('\u0000')) return pointer || '/';
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] as [string, unknown];
      stack.push({ value: item, pointer: `${pointer}/${escapeKey(key)}`, depth: depth + 1 });
    }
  }
  return null;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database, mailer } = options;
  const clock = options.clock ?? systemClock;
  const deps: Deps = createDeps({ db: database.db, config, clock, withdrawal: options.withdrawal ?? DEFAULT_REGISTRY });
  const app = createServer(options);
  app.decorate('deps', deps);

  const routes = watchRoutes(app, config);
  refuseNulInInput(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const webRoot = options.webRoot ? resolve(options.webRoot) : null;
  const hasWeb = webRoot !== null && existsSync(resolve(webRoot, 'index.html'));
  registerErrorHandling(app, {
    routePatterns: () => routes,
    spaFallback: (request, reply) => {
      if (!hasWeb || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
      if (/^\/(api|dev)(\/|$)/.test(request.url)) return false;
      reply.header('cache-control', 'no-cache').sendFile('index.html');
      return true;
    },
  });

  await registerPlugins(app, { config, database, clock });
  await registerApiRoutes(app, deps, database);
  options.extraRoutes?.(app, deps);
  if (config.mode !== 'production' && mailer.kind === 'dev-mailbox') devMailRoutes(app, database.db);
  if (hasWeb && webRoot) await registerWebApp(app, webRoot);

  return app;
}

/** The Fastify instance with its limits, logging, ids and the zod compilers; no routes yet. */
function createServer(options: BuildAppOptions) {
  const { config } = options;
  // A multipart upload over the limit is a 413 problem (checked in the route).
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // Per-request access logs cost ~40% of throughput here; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
    // Requests the HTTP parser refuses, and router-level errors (over-long or malformed
    // URLs), get problem documents too.
    clientErrorHandler: writeClientProblem,
    frameworkErrors: (error, request, reply) => {
      sendProblem(request, reply, error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'uri-too-long' : 'bad-request');
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: anything else is a 415 problem rather than a half-parsed body.
  app.removeContentTypeParser('text/plain');
  return app;
}

type RoutePattern = { method: string; regex: RegExp };

/**
 * Completes each route as it is added (the write rate limit, the staff access check) and
 * records its pattern, so the error handling can tell a 405 from a 404.
 */
function watchRoutes(app: FastifyInstance, config: Config): RoutePattern[] {
  const routes: RoutePattern[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // Every API route that writes is rate-limited per IP; auth routes set a stricter limit.
    const writes = methods.some((m) => m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS');
    if (writes && route.url.startsWith('/api/') && !(route.config as { rateLimit?: unknown } | undefined)?.rateLimit) {
      route.config = {
        ...route.config,
        rateLimit: { max: config.writeRateLimitPerMinute, timeWindow: '1 minute' },
      } as typeof route.config;
    }
    // A staff route names the staff roles that may call it, so a member is refused before the body is read.
    const access = (route.config as { auth?: unknown } | undefined)?.auth;
    if (route.url.startsWith('/api/v1/staff/') && (typeof access !== 'object' || access === null)) {
      throw new Error(`${route.url} is a staff route: declare config.auth = { staff: [...] }`);
    }
    const pattern = route.url
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/:[^/]+/g, '[^/]+')
      .replace(/\*/g, '.*');
    for (const method of methods) routes.push({ method, regex: new RegExp(`^${pattern}/?$`) });
  });
  return routes;
}

/** PostgreSQL text cannot hold U+0000: refuse it in any input before it reaches SQL. */
function refuseNulInInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found = findNul(request.body, '') ?? findNul(request.query, '/query') ?? findNul(request.params, '/params');
    if (found !== null) throw AppError.field(found, 'control-characters');
  });
}

/** Cookies, security headers and CSRF, the rate limiter, route access, the API document. */
async function registerPlugins(
  app: FastifyInstance,
  { config, database, clock }: { config: Config; database: Database; clock: Clock },
): Promise<void> {
  await app.register(cookie);
  await app.register(securityPlugin, { publicUrl: config.publicUrl, swaggerPaths: ['/api/docs'] });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new AppError('too-many-requests', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(authPlugin, { db: database.db, clock, staffSession: staffSessionLimits(config) });

  await app.register(swagger, swaggerOptions(config));
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}

async function registerApiRoutes(app: App, deps: Deps, database: Database): Promise<void> {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, database);
  problemRoutes(app);
  operatorRoutes(app, deps);
  registerScreening(app, deps);
  authRoutes(app, deps);
  meRoutes(app, deps);
  secondFactorRoutes(app, deps);
  userRoutes(app, deps);
  withdrawalRoutes(app, deps);
  jobRoutes(app, deps);
  serviceRoutes(app, deps);
  serviceReviewRoutes(app, deps);
  applicationRoutes(app, deps);
  messageRoutes(app, deps);
  offerRoutes(app, deps);
  entryRoutes(app, deps);
  taskRoutes(app, deps);
  contractRoutes(app, deps);
  discoveryRoutes(app, deps);
  staffRoutes(app, deps);
  staffAuditRoutes(app, deps);
  staffConsoleRoutes(app, deps);
  staffModerationRoutes(app, deps);
  moderationRoutes(app, deps);
  consultationRoutes(app, deps);
  staffTeamRoutes(app, deps);
  bankRoutes(app, deps);
  payoutRoutes(app, deps);
  payoutSettingsRoutes(app, deps);
  orderRoutes(app, deps);
  quoteRoutes(app, deps);
  tipRoutes(app, deps);
  blockRoutes(app, deps);
  staffFlagRoutes(app, deps);
  heldItemRoutes(app, deps);
  contactRequestRoutes(app, deps);
  await attachmentRoutes(app, deps);
  await paymentRoutes(app, deps);
}

/** The built web app: hashed assets cached for good, the page itself revalidated. */
async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
}
