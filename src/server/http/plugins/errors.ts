// One mapping from every error to a problem document: our AppError, schema validation,
// Fastify's own errors (400/404/405/413/415) and the rate limiter's 429. A 500 never
// shows internals; it carries the request id so support can find the log line.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../../../domain/errors';
import { type FieldErrorCode, isFieldErrorCode } from '../../../shared/errors';
import { isConnectionLost, isSerializationFailure } from '../../db/errors';
import { sendProblem } from '../problem';

interface ZodIssueLike {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

/** Turns one schema issue into a field error with a stable code. */
function toFieldErrors(issue: ZodIssueLike, context: string): FieldError[] {
  const base = context === 'body' ? '' : `/${context}`;
  const pointer = `${base}${issue.instancePath === '/' ? '' : issue.instancePath}` || '/';
  if (issue.keyword === 'unrecognized_keys') {
    const keys = (issue.params.keys as string[] | undefined) ?? [];
    return keys.map((k) => ({ pointer: `${pointer === '/' ? '' : pointer}/${k}`, code: 'unknown-field' as const }));
  }
  const params: Record<string, string | number> = {};
  if (typeof issue.params.minimum === 'number' || typeof issue.params.minimum === 'bigint')
    params.min = Number(issue.params.minimum);
  if (typeof issue.params.maximum === 'number' || typeof issue.params.maximum === 'bigint')
    params.max = Number(issue.params.maximum);
  if (isFieldErrorCode(issue.message)) return [{ pointer, code: issue.message, params }];
  let code: FieldErrorCode;
  switch (issue.keyword) {
    case 'invalid_type':
      code = issue.params.input === undefined || /received undefined/.test(issue.message) ? 'required' : 'invalid-type';
      break;
    case 'too_small':
      code = issue.params.origin === 'string' ? 'too-short' : 'too-small';
      break;
    case 'too_big':
      code = issue.params.origin === 'string' ? 'too-long' : issue.params.origin === 'array' ? 'too-many' : 'too-big';
      break;
    case 'invalid_value':
    case 'invalid_union':
      code = 'invalid-choice';
      break;
    default:
      code = 'invalid-type';
  }
  return [{ pointer, code, params }];
}

export interface ErrorHandlingOptions {
  /** Route patterns known to the app, to tell 405 from 404. */
  routePatterns: () => { method: string; regex: RegExp }[];
  /** Serves the web app for unknown non-API paths; returns false when it does not apply. */
  spaFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean;
}

export function registerErrorHandling(app: FastifyInstance, { routePatterns, spaFallback }: ErrorHandlingOptions) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.code, error.extensions, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? 'body';
      const fieldErrors = (error.validation as unknown as ZodIssueLike[]).flatMap((i) => toFieldErrors(i, context));
      return sendProblem(request, reply, 'validation-failed', {}, fieldErrors);
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(
          request,
          reply,
          error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported-media-type' : 'bad-request',
        );
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 'payload-too-large');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(request, reply, 'malformed-json');
    }
    if (error instanceof SyntaxError && error.statusCode === 400) return sendProblem(request, reply, 'malformed-json');
    if (error.statusCode === 429) return sendProblem(request, reply, 'too-many-requests');
    if (error.statusCode === 413) return sendProblem(request, reply, 'payload-too-large');
    if (error.statusCode === 415) return sendProblem(request, reply, 'unsupported-media-type');
    if (error.statusCode === 404) return sendProblem(request, reply, 'not-found');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, 'bad-request');
    }
    // A deadlock or serialization failure rolled the whole transaction back: nothing
    // changed, and the same request can simply be sent again.
    if (isSerializationFailure(error)) {
      request.log.warn({ err: error }, 'transaction rolled back by the database; the client may retry');
      return sendProblem(request, reply, 'busy-retry', { retryAfter: 1 });
    }
    // The database connection dropped (restart, failover, a terminated backend): the
    // transaction did not commit, and the pool opens a new connection for the retry.
    if (isConnectionLost(error)) {
      request.log.warn({ err: error }, 'database connection lost; the client may retry');
      return sendProblem(request, reply, 'busy-retry', { retryAfter: 1 });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal-error');
  });

  app.setNotFoundHandler((request, reply) => {
    if (spaFallback?.(request, reply)) return reply;
    const path = request.url.split('?')[0] ?? '';
    const otherMethods = routePatterns().filter((r) => r.method !== request.method && r.regex.test(path));
    if (otherMethods.length > 0) {
      reply.header('allow', [...new Set(otherMethods.map((r) => r.method))].join(', '));
      return sendProblem(request, reply, 'method-not-allowed');
    }
    return sendProblem(request, reply, 'not-found');
  });
}
