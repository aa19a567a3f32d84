// The screening step of a write route: a route names its kind in `config.screening`; this
// hook (after the body is validated, before the handler) screens every text of the body.
// Clean: the handler runs. Caught: 422 contact-details-detected with the findings — unless
// the request carries the Screening-Review header with the member's reason, in which case
// the write is kept as a held item for staff and the answer is 202 with it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors';
import { HeldAccepted, SCREENING_REVIEW_HEADER } from '../../shared/api/screening';
import type { Deps } from '../deps';
import { uuidOr404 } from '../http/params';
import { requireAuth } from '../http/plugins/auth';
import { presentHeldItem } from '../http/presenters/screening';
import { negotiateLang } from '../http/problem';
import { holdItem } from '../use-cases/screening/hold-item';
import { contactAllowedInThread } from './contact-allowed';
import { contactDetailsProblem, hostOf, screenFields, textsOf } from './fields';
import { SCREENING_KINDS, type ScreeningKindName } from './kinds';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Screens the body's texts for contact details (src/server/screening/hook.ts). */
    screening?: ScreeningKindName;
  }
}

/** The reason in the review header: null when absent; refused when unreadable or out of bounds. */
export function reviewReason(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  if (Array.isArray(header)) throw new AppError('screening-review-invalid');
  let reason: string;
  try {
    reason = decodeURIComponent(header).trim();
  } catch {
    throw new AppError('screening-review-invalid');
  }
  if (reason.length < 1 || reason.length > 1000) throw new AppError('screening-review-invalid');
  return reason;
}

export function screeningHook(deps: Deps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const kindName = request.routeOptions.config?.screening;
    if (!kindName) return;
    const { user } = requireAuth(request);
    const params = (request.params ?? {}) as Record<string, string>;
    const checked = params.id ? { ...params, id: uuidOr404(params.id) } : params;
    const target = SCREENING_KINDS[kindName].target(checked, user.id);
    const contactAllowed = target.type === 'thread' && target.id ? await contactAllowedInThread(deps.db, target.id) : false;
    const findings = screenFields(textsOf(request.body), { ownHost: hostOf(deps.config.publicUrl), contactAllowed });
    if (findings.length === 0) return;
    const reason = reviewReason(request.headers[SCREENING_REVIEW_HEADER]);
    if (reason === null) throw contactDetailsProblem(findings);
    const held = await holdItem(deps, { kind: kindName, authorId: user.id, target, input: request.body, findings, reason });
    return reply.code(202).send({ heldItem: presentHeldItem(held, negotiateLang(request.headers['accept-language'])) });
  };
}

/** Screens every route that names a kind, and documents its 202 (held) answer. */
export function registerScreening(app: FastifyInstance, deps: Deps): void {
  app.addHook('onRoute', (route) => {
    if (!(route.config as { screening?: string } | undefined)?.screening) return;
    const schema = (route.schema ?? {}) as { response?: Record<number, unknown> };
    route.schema = { ...schema, response: { ...(schema.response ?? {}), 202: HeldAccepted } };
  });
  app.addHook('preHandler', screeningHook(deps));
}
