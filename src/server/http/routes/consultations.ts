// The consultation desk (ハラスメント等の相談窓口): a member sends a consultation and reads
// their own with staff's answers; support staff work the queue and answer. Nothing here
// is ever shown to the other party of the contract a consultation names.

import { SUPPORT } from '../../../domain/policies/staff';
import { Ok } from '../../../shared/api/accounts';
import {
  AnswerConsultationBody,
  ConsultationQueueQuery,
  MyConsultationList,
  SendConsultationBody,
  SentConsultation,
  StaffConsultation,
  StaffConsultationList,
} from '../../../shared/api/consultations';
import type { Deps } from '../../deps';
import { answerConsultation } from '../../use-cases/consultations/answer-consultation';
import { getConsultation } from '../../use-cases/consultations/get-consultation';
import { listConsultationQueue } from '../../use-cases/consultations/list-consultation-queue';
import { listMyConsultations } from '../../use-cases/consultations/list-my-consultations';
import { sendConsultation } from '../../use-cases/consultations/send-consultation';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth, requireStaff } from '../plugins/auth';
import type { App } from './types';

const tags = ['consultations'];
const staffAccess = { auth: { staff: SUPPORT } };

export function consultationRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/consultations',
    {
      schema: {
        tags,
        summary: 'Consult the desk about harassment, the terms of a deal or anything else (confidential)',
        body: SendConsultationBody,
        response: { 201: SentConsultation },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = await sendConsultation(deps, { ...request.body, memberId: user.id });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/me/consultations',
    { schema: { tags, summary: 'My consultations and the answers', response: { 200: MyConsultationList } } },
    async (request) => {
      const { user } = requireAuth(request);
      return listMyConsultations(deps.db, user.id);
    },
  );

  app.get(
    '/api/v1/staff/consultations',
    {
      config: staffAccess,
      schema: {
        tags: ['staff'],
        summary: 'Consultations, oldest first: the active ones unless a status is asked for (support)',
        querystring: ConsultationQueueQuery,
        response: { 200: StaffConsultationList },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, SUPPORT);
      return listConsultationQueue(deps.db, { staffId: user.id, status: request.query.status });
    },
  );

  app.get(
    '/api/v1/staff/consultations/:id',
    {
      config: staffAccess,
      schema: { tags: ['staff'], summary: 'A consultation (support)', params: IdParams, response: { 200: StaffConsultation } },
    },
    async (request) => {
      const { user } = requireStaff(request, SUPPORT);
      return getConsultation(deps.db, { staffId: user.id, consultationId: uuidOr404(request.params.id) });
    },
  );

  app.post(
    '/api/v1/staff/consultations/:id/answer',
    {
      config: staffAccess,
      schema: {
        tags: ['staff'],
        summary: 'Move a consultation on and answer the member (support)',
        params: IdParams,
        body: AnswerConsultationBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, SUPPORT);
      await answerConsultation(deps, { ...request.body, staffId: user.id, consultationId: uuidOr404(request.params.id) });
      return { ok: true as const };
    },
  );
}
