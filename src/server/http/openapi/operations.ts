// What each operation of the API document says beyond its zod schemas, derived from the
// route's options so that it cannot drift from what the route does: who may call it
// (security), the header parameters it takes, and the problem statuses it can answer.
import type { RouteOptions } from 'fastify';
import { type RouteAccess, routeAccess } from '../plugins/auth';
import { ERROR_RESPONSES, type ErrorStatus } from './responses';

export interface OperationFacts {
  access: RouteAccess;
  writes: boolean;
  hasParams: boolean;
  hasBody: boolean;
  idempotent: boolean;
  rateLimited: boolean;
  /** Statuses the route's use cases answer beyond the generic ones (`config.errors`). */
  extra: readonly ErrorStatus[];
  produces: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Problem statuses this route answers beyond those its access, method and path imply. */
    errors?: readonly ErrorStatus[];
    /** The media type of a route that answers something other than JSON (a file). */
    produces?: string;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function operationFacts(route: RouteOptions, method: string): OperationFacts {
  const config = (route.config ?? {}) as {
    auth?: RouteAccess;
    idempotent?: boolean;
    rateLimit?: unknown;
    errors?: readonly ErrorStatus[];
    produces?: string;
  };
  return {
    access: routeAccess(route.url, config),
    writes: !SAFE.has(method),
    hasParams: route.url.includes(':'),
    hasBody: Boolean(route.schema?.body) || !SAFE.has(method),
    idempotent: config.idempotent === true,
    rateLimited: Boolean(config.rateLimit),
    extra: config.errors ?? [],
    produces: config.produces ?? null,
  };
}

/** The problem statuses an operation can answer. */
export function errorStatuses(facts: OperationFacts): ErrorStatus[] {
  // Any request may find its database connection lost (a restart, a failover) and is
  // answered 503 busy-retry with Retry-After: a read inside a transaction as well as a write.
  const statuses = new Set<ErrorStatus>([400, 503, ...facts.extra]);
  const staff = typeof facts.access === 'object';
  if (facts.access === 'member' || staff) statuses.add(401);
  // A staff role the caller lacks, a party role or account state that does not allow it;
  // on writes, a missing CSRF token too.
  if (facts.access === 'member' || staff || facts.writes) statuses.add(403);
  if (facts.hasParams) {
    statuses.add(404);
    statuses.add(414);
  }
  if (facts.hasBody) {
    statuses.add(413);
    statuses.add(415);
  }
  if (facts.writes) {
    // Use cases refuse a change the state or a rule does not allow.
    statuses.add(409);
    statuses.add(422);
  }
  if (facts.rateLimited || facts.writes) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

const SESSION = { sessionCookie: [] };
const CSRF = { csrfCookie: [], csrfHeader: [] };

/** Security requirements: the session cookie for members, the CSRF pair for unsafe methods. */
export function securityOf(facts: OperationFacts): Record<string, string[]>[] {
  const csrf = facts.writes ? CSRF : {};
  if (facts.access === 'public') return [{ ...csrf }];
  if (facts.access === 'optional') return [{ ...csrf }, { ...SESSION, ...csrf }];
  return [{ ...SESSION, ...csrf }];
}

/** Adds what the facts imply to one operation object of the document. */
export function completeOperation(operation: Record<string, unknown>, facts: OperationFacts): void {
  operation.security = securityOf(facts);
  const parameters = (operation.parameters as unknown[] | undefined) ?? [];
  if (facts.writes) parameters.push({ $ref: '#/components/parameters/CsrfToken' });
  if (facts.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (parameters.length > 0) operation.parameters = parameters;
  const responses = (operation.responses ?? {}) as Record<string, { content?: unknown; $ref?: string }>;
  for (const [status, response] of Object.entries(responses)) {
    // A route without a response schema answers a file of its media type.
    if (status.startsWith('2') && !response.content) {
      response.content = { [facts.produces ?? 'application/json']: { schema: {} } };
    }
  }
  for (const status of errorStatuses(facts)) {
    responses[status] ??= { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` };
  }
  operation.responses = responses;
}
