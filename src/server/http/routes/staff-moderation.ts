// The moderation queue for staff (moderator, admin): open reports with their evidence and
// the member's history, decisions citing the terms, restrictions from a report or for a
// member, lifting, and deciding appeals. Support may read the queue, never restrict.

import { AppError } from '../../../domain/errors';
import { MODERATORS } from '../../../domain/policies/staff';
import {
  DecideAppealBody,
  DecideReportBody,
  LiftRestrictionBody,
  ModerationQueue,
  QueueQuery,
  ReportDetail,
  RestrictionInput,
  StaffRestriction,
  StaffRestrictionList,
} from '../../../shared/api/moderation';
import type { Deps } from '../../deps';
import { restrictionRows } from '../../moderation/rows';
import { decideAppeal } from '../../use-cases/moderation/decide-appeal';
import { decideReport } from '../../use-cases/moderation/decide-report';
import { getReport } from '../../use-cases/moderation/get-report';
import { liftRestriction } from '../../use-cases/moderation/lift-restriction';
import { listReportQueue } from '../../use-cases/moderation/list-report-queue';
import { restrictUser } from '../../use-cases/moderation/restrict-user';
import { IdParams, uuidOr404 } from '../params';
import { requireStaff } from '../plugins/auth';
import { presentStaffRestriction } from '../presenters/moderation';
import type { App } from './types';

const tags = ['staff'];
const access = { auth: { staff: MODERATORS } };

export function staffModerationRoutes(app: App, deps: Deps) {
  reportRoutes(app, deps);
  restrictionRoutes(app, deps);
}

function reportRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/moderation/reports',
    {
      config: access,
      schema: {
        tags,
        summary: 'Open reports, oldest first (moderator)',
        querystring: QueueQuery,
        response: { 200: ModerationQueue },
      },
    },
    async (request) => {
      requireStaff(request, MODERATORS);
      return listReportQueue(deps.db, request.query);
    },
  );

  app.get(
    '/api/v1/staff/moderation/reports/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'A report with its evidence and the member’s history (moderator)',
        params: IdParams,
        response: { 200: ReportDetail },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      return presentReport(
        await getReport(deps.db, { reportId: uuidOr404(request.params.id), staffId: user.id, now: deps.clock() }),
        user.id,
        deps.clock(),
      );
    },
  );

  app.post(
    '/api/v1/staff/moderation/reports/:id/decision',
    {
      config: access,
      schema: {
        tags,
        summary: 'Dismiss, warn, remove the content or restrict, citing the terms (moderator)',
        params: IdParams,
        body: DecideReportBody,
        response: { 200: ReportDetail },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      const reportId = uuidOr404(request.params.id);
      await decideReport(deps, { staffId: user.id, reportId, decision: request.body });
      return presentReport(await getReport(deps.db, { reportId, staffId: user.id, now: deps.clock() }), user.id, deps.clock());
    },
  );
}

type Report = Awaited<ReturnType<typeof getReport>>;
const presentReport = (r: Report, staffId: string, now: Date) => ({
  ...r,
  history: { ...r.history, restrictions: r.history.restrictions.map((x) => presentStaffRestriction(x, staffId, now)) },
});

async function oneRestriction(deps: Deps, id: string, staffId: string) {
  const [row] = await restrictionRows(deps.db, { id });
  if (!row) throw new AppError('not-found');
  return presentStaffRestriction(row, staffId, deps.clock());
}

function restrictionRoutes(app: App, deps: Deps) {
  const one = (id: string, staffId: string) => oneRestriction(deps, id, staffId);

  app.get(
    '/api/v1/staff/users/:id/restrictions',
    {
      config: access,
      schema: { tags, summary: 'A member’s restrictions (moderator)', params: IdParams, response: { 200: StaffRestrictionList } },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      const rows = await restrictionRows(deps.db, { userId: uuidOr404(request.params.id) });
      const now = deps.clock();
      return { items: rows.map((r) => presentStaffRestriction(r, user.id, now)) };
    },
  );

  app.post(
    '/api/v1/staff/users/:id/restrictions',
    {
      config: access,
      schema: {
        tags,
        summary: 'Restrict a member: rule, reason, evidence, end (moderator)',
        params: IdParams,
        body: RestrictionInput,
        response: { 201: StaffRestriction },
      },
    },
    async (request, reply) => {
      const { user } = requireStaff(request, MODERATORS);
      const id = await restrictUser(deps, { staffId: user.id, userId: uuidOr404(request.params.id), restriction: request.body });
      return reply.code(201).send(await one(id, user.id));
    },
  );

  restrictionChangeRoutes(app, deps);
}

function restrictionChangeRoutes(app: App, deps: Deps) {
  const one = (id: string, staffId: string) => oneRestriction(deps, id, staffId);
  app.post(
    '/api/v1/staff/restrictions/:id/lift',
    {
      config: access,
      schema: {
        tags,
        summary: 'Lift a restriction with a reason (moderator)',
        params: IdParams,
        body: LiftRestrictionBody,
        response: { 200: StaffRestriction },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      const id = uuidOr404(request.params.id);
      await liftRestriction(deps, { staffId: user.id, restrictionId: id, reason: request.body.reason });
      return one(id, user.id);
    },
  );

  app.post(
    '/api/v1/staff/restrictions/:id/appeal-decision',
    {
      config: access,
      schema: {
        tags,
        summary: 'Decide an appeal: uphold or lift (a different staff member) (moderator)',
        params: IdParams,
        body: DecideAppealBody,
        response: { 200: StaffRestriction },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      const id = uuidOr404(request.params.id);
      await decideAppeal(deps, { staffId: user.id, restrictionId: id, ...request.body });
      return one(id, user.id);
    },
  );

  app.get(
    '/api/v1/staff/restrictions/:id',
    {
      config: access,
      schema: { tags, summary: 'A restriction (moderator)', params: IdParams, response: { 200: StaffRestriction } },
    },
    async (request) => {
      const { user } = requireStaff(request, MODERATORS);
      return one(uuidOr404(request.params.id), user.id);
    },
  );
}
