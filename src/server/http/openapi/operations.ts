// What each operation of the API document says beyond its zod schemas, derived from the
// route's options so that it cannot drift from what the route does: who may call it
// (security), the header parameters it takes, and the problem codes it can answer: those
// its access, method and path imply, and those its use cases give (OPERATION_PROBLEMS, read
// from the source and checked by a test).
import type { RouteOptions } from 'fastify';
import type { ProblemCode } from '../../../shared/errors';
import { type RouteAccess, routeAccess } from '../plugins/auth';
import { OPERATION_PROBLEMS } from './problem-codes';
import { errorResponses, statusOf } from './responses';

export interface OperationFacts {
  access: RouteAccess;
  writes: boolean;
  hasParams: boolean;
  hasBody: boolean;
  idempotent: boolean;
  rateLimited: boolean;
  /** Open to a staff session that has not enrolled a second factor yet. */
  enrolment: boolean;
  /** Codes the route answers beyond the generic ones: its use cases' and `config.errors`. */
  codes: readonly ProblemCode[];
  produces: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Problem codes the route's own plumbing answers (an upload's), beyond what the source scan finds. */
    errors?: readonly ProblemCode[];
    /** The media type of a route that answers something other than JSON (a file). */
    produces?: string;
  }
}

/** What a screened write can answer beyond its own codes (src/server/screening/hook.ts). */
const SCREENING_CODES: readonly ProblemCode[] = ['contact-details-detected', 'screening-review-invalid'];

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `path` in the document's form (`/jobs/{id}`). */
export function operationFacts(route: RouteOptions, method: string, path: string): OperationFacts {
  const config = (route.config ?? {}) as {
    auth?: RouteAccess;
    idempotent?: boolean;
    enrolment?: boolean;
    rateLimit?: unknown;
    errors?: readonly ProblemCode[];
    produces?: string;
    screening?: string;
  };
  const scanned = OPERATION_PROBLEMS[`${method} ${path}`] ?? [];
  return {
    access: routeAccess(route.url, config),
    writes: !SAFE.has(method),
    hasParams: route.url.includes(':'),
    hasBody: Boolean(route.schema?.body) || !SAFE.has(method),
    idempotent: config.idempotent === true,
    rateLimited: Boolean(config.rateLimit),
    enrolment: config.enrolment === true,
    codes: [...scanned, ...(config.errors ?? []), ...(config.screening ? SCREENING_CODES : [])],
    produces: config.produces ?? null,
  };
}

const READ_STATUSES = new Set([401, 403, 404, 410]);

/** The problem codes an operation can answer. */
export function errorCodes(facts: OperationFacts): ProblemCode[] {
  // Any request may find its database connection lost (a restart, a failover) and is
  // answered 503 busy-retry with Retry-After: a read inside a transaction as well as a write.
  const codes = new Set<ProblemCode>(['validation-failed', 'bad-request', 'busy-retry', 'service-unavailable']);
  const staff = typeof facts.access === 'object';
  if (facts.access === 'member' || staff) codes.add('unauthenticated');
  // A staff member without a second factor may only enrol (plugins/auth.ts).
  if ((facts.access === 'member' || staff) && !facts.enrolment) codes.add('second-factor-enrolment-required');
  if (staff) codes.add('forbidden');
  if (facts.writes) codes.add('csrf-failed');
  if (facts.hasParams) {
    codes.add('not-found');
    codes.add('uri-too-long');
  }
  if (facts.hasBody) {
    for (const c of ['malformed-json', 'json-too-deep', 'payload-too-large', 'unsupported-media-type'] as const) codes.add(c);
  }
  if (facts.idempotent) {
    codes.add('idempotency-key-invalid');
    codes.add('idempotency-key-reused');
  }
  if (facts.rateLimited || facts.writes) codes.add('too-many-requests');
  // What the use cases refuse. A read answers only who may see it (401, 403, 404, 410): its
  // source also names the refusals of the actions it offers, which it never gives itself.
  for (const code of facts.codes) if (facts.writes || READ_STATUSES.has(statusOf(code))) codes.add(code);
  return [...codes].sort();
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
  for (const [status, response] of Object.entries(errorResponses(errorCodes(facts)))) {
    responses[status] ??= response as { content?: unknown };
  }
  operation.responses = responses;
}
