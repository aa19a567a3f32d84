// サービス外連絡申請: the parties of a contract ask and read; support, moderators and admin
// decide.
import type { FastifyRequest } from 'fastify';
import type { StaffRole } from '../../../domain/policies/staff';
import { Ok } from '../../../shared/api/accounts';
import {
  ContactRequestBody,
  ContactRequestList,
  DecideContactBody,
  StaffContactRequestList,
} from '../../../shared/api/screening';
import type { Deps } from '../../deps';
import {
  type ContactRequestRow,
  decideContactRequest,
  listContractContactRequests,
  listPendingContactRequests,
  requestContactExchange,
} from '../../use-cases/screening/contact-requests';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth, requireStaff } from '../plugins/auth';
import type { App } from './types';

const DECIDERS: readonly StaffRole[] = ['support', 'moderator'];
const staff = { auth: { staff: DECIDERS } };

function present(r: ContactRequestRow) {
  return {
    id: r.id,
    contractId: r.contract_id,
    contractTitle: r.title,
    requester: { username: r.username, displayName: r.display_name },
    reasonKind: r.reason_kind,
    reason: r.reason,
    status: r.status,
    decisionNote: r.decision_note,
    createdAt: r.created_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
  };
}

export function contactRequestRoutes(app: App, deps: Deps) {
  partyRoutes(app, deps);
  staffRoutes(app, deps);
}

/** A party asks, and both read the contract's requests. */
function partyRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/contracts/:id/contact-requests',
    {
      schema: {
        tags: ['contracts'],
        summary: 'Ask staff to allow contact details in this contract’s thread (サービス外連絡申請, a party)',
        params: IdParams,
        body: ContactRequestBody,
        response: { 201: Ok },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      await requestContactExchange(deps, { userId: user.id, contractId: uuidOr404(request.params.id), body: request.body });
      return reply.code(201).send({ ok: true as const });
    },
  );

  app.get(
    '/api/v1/contracts/:id/contact-requests',
    {
      schema: {
        tags: ['contracts'],
        summary: 'The contract’s contact requests and whether contact details are allowed (its parties)',
        params: IdParams,
        response: { 200: ContactRequestList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const { allowed, items } = await listContractContactRequests(deps.db, {
        userId: user.id,
        contractId: uuidOr404(request.params.id),
      });
      return { allowed, items: items.map(present) };
    },
  );
}

/** Support and moderators list the pending requests and decide them. */
function staffRoutes(app: App, deps: Deps) {
  const decide = async (request: FastifyRequest, approve: boolean) => {
    const { user } = requireStaff(request, DECIDERS);
    const { id } = request.params as { id: string };
    const { note } = request.body as { note: string };
    await decideContactRequest(deps, { staffId: user.id, requestId: uuidOr404(id), approve, note });
    return { ok: true as const };
  };
  app.get(
    '/api/v1/staff/contact-requests',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'Pending contact requests, oldest first (support, moderator)',
        response: { 200: StaffContactRequestList },
      },
    },
    async (request) => {
      requireStaff(request, DECIDERS);
      return { items: (await listPendingContactRequests(deps.db)).map(present) };
    },
  );

  app.post(
    '/api/v1/staff/contact-requests/:id/approve',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'Approve a contact request with a note (support, moderator)',
        params: IdParams,
        body: DecideContactBody,
        response: { 200: Ok },
      },
    },
    async (request) => decide(request, true),
  );

  app.post(
    '/api/v1/staff/contact-requests/:id/reject',
    {
      config: staff,
      schema: {
        tags: ['staff'],
        summary: 'Reject a contact request with a note (support, moderator)',
        params: IdParams,
        body: DecideContactBody,
        response: { 200: Ok },
      },
    },
    async (request) => decide(request, false),
  );
}
