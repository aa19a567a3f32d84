// Rendering RFC 9457 problem documents in the caller's language.
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError, ProblemExtensions } from '../../domain/errors';
import { FIELD_ERRORS, fieldMessage, type Lang, PROBLEMS, type Problem, type ProblemCode } from '../../shared/errors';

/** Picks ja or en from Accept-Language by quality; Japanese when nothing matches. */
export function negotiateLang(header: string | undefined): Lang {
  if (!header) return 'ja';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('ja')) return 'ja';
    if (tag.startsWith('en')) return 'en';
  }
  return 'ja';
}

export function buildProblem(
  request: FastifyRequest,
  code: ProblemCode,
  extensions: ProblemExtensions = {},
  fieldErrors: FieldError[] = [],
): Problem {
  const lang = negotiateLang(request.headers['accept-language']);
  const def = PROBLEMS[code];
  // Extension members never override the standard ones.
  const problem: Problem = {
    ...(typeof extensions === 'function' ? extensions(lang) : extensions),
    type: `/api/problems/${code}`,
    title: def[lang].title,
    status: def.status,
    detail: def[lang].detail,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
  };
  if (fieldErrors.length > 0) {
    problem.errors = fieldErrors.map((e) => ({
      pointer: e.pointer,
      code: e.code,
      detail: fieldMessage(e.code, lang, e.params),
    }));
  }
  return problem;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ProblemCode,
  extensions: ProblemExtensions = {},
  fieldErrors: FieldError[] = [],
): FastifyReply {
  const problem = buildProblem(request, code, extensions, fieldErrors);
  if (typeof problem.retryAfter === 'number') reply.header('retry-after', String(problem.retryAfter));
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export const KNOWN_FIELD_CODES = new Set(Object.keys(FIELD_ERRORS));

/**
 * A request Node's HTTP parser refused before any route saw it (a raw non-ASCII address,
 * broken syntax, headers over the limit, a request that never finished arriving): the
 * same kind of problem document as everywhere else, in Japanese (no headers were read).
 */
export function writeClientProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ProblemCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers-too-large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request-timeout'
        : 'bad-request';
  const def = PROBLEMS[code];
  const body = JSON.stringify({
    type: `/api/problems/${code}`,
    title: def.ja.title,
    status: def.status,
    detail: def.ja.detail,
    code,
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${def.status} ${def.en.title}\r\nConnection: close\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
