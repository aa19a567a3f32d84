// Reports (通報) by members, and a member's own reports and restrictions (利用制限) with
// the appeal.
import { Ok } from '../../../shared/api/accounts';
import { AppealBody, CreatedReport, CreateReportBody, MyReportList, RestrictionList } from '../../../shared/api/moderation';
import type { Deps } from '../../deps';
import { restrictionRows } from '../../moderation/rows';
import { appealRestriction } from '../../use-cases/moderation/appeal-restriction';
import { createReport } from '../../use-cases/moderation/create-report';
import { listMyReports } from '../../use-cases/moderation/list-my-reports';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentRestriction } from '../presenters/moderation';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['moderation'];

export function moderationRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/reports',
    {
      schema: {
        tags,
        summary: 'Report a member, posting, service, message or review (通報)',
        body: CreateReportBody,
        response: { 201: CreatedReport },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = await createReport(deps, { ...request.body, reporterId: user.id });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/me/reports',
    { schema: { tags, summary: 'My reports and their outcome', response: { 200: MyReportList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const rows = await listMyReports(deps.db, user.id);
      return {
        items: rows.map((r) => ({
          id: r.id,
          targetKind: r.target_kind,
          targetLabel: r.label ?? '',
          reason: r.reason,
          note: r.note,
          createdAt: r.created_at.toISOString(),
          outcome: {
            status: r.status,
            article: r.article as 'art7' | 'art8' | 'art10' | null,
            decidedAt: r.decided_at?.toISOString() ?? null,
          },
        })),
      };
    },
  );

  app.get(
    '/api/v1/me/restrictions',
    { schema: { tags, summary: 'My restrictions: what, why, until when, and the appeal', response: { 200: RestrictionList } } },
    async (request) => {
      const { user } = requireAuth(request);
      const now = deps.clock();
      const lang = negotiateLang(request.headers['accept-language']);
      const rows = await restrictionRows(deps.db, { userId: user.id });
      return { items: rows.map((r) => presentRestriction(r, user.id, now, lang)) };
    },
  );

  app.post(
    '/api/v1/me/restrictions/:id/appeal',
    {
      schema: {
        tags,
        summary: 'Appeal a restriction (once, within 14 days)',
        params: IdParams,
        body: AppealBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      await appealRestriction(deps, { memberId: user.id, restrictionId: uuidOr404(request.params.id), text: request.body.text });
      return { ok: true as const };
    },
  );
}
