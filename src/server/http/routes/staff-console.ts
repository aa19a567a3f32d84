// The staff's console: members (search, one member's overview) and the statistics with
// their CSV. Every staff role reads them (support, moderators, finance, admin), but a
// member's reports and restrictions (support, moderators).
import { AUDIT_READERS, MEMBER_READERS, STATISTICS_READERS } from '../../../domain/policies/staff';
import { StaffMemberTrust } from '../../../shared/api/staff-member-trust';
import { StaffUserDetail, StaffUserList, StaffUserQuery } from '../../../shared/api/staff-users';
import { StatisticsQuery, StatisticsReport } from '../../../shared/api/statistics';
import type { Deps } from '../../deps';
import { getMemberOverview } from '../../use-cases/staff/get-member-overview';
import { getMemberTrust } from '../../use-cases/staff/get-member-trust';
import { getStatistics } from '../../use-cases/staff/get-statistics';
import { searchUsers } from '../../use-cases/staff/search-users';
import { IdParams, uuidOr404 } from '../params';
import { requireStaff } from '../plugins/auth';
import { presentMemberOverview } from '../presenters/staff-users';
import { statisticsCsv, statisticsFilename } from '../presenters/statistics';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['staff'];

export function staffConsoleRoutes(app: App, deps: Deps) {
  memberRoutes(app, deps);
  statisticsRoutes(app, deps);
}

function memberRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/users',
    {
      config: { auth: { staff: MEMBER_READERS } },
      schema: {
        tags,
        summary: 'Find members by username (beginning), email (exact) or id (staff)',
        querystring: StaffUserQuery,
        response: { 200: StaffUserList },
      },
    },
    async (request) => {
      requireStaff(request, MEMBER_READERS);
      return searchUsers(deps.db, request.query);
    },
  );

  app.get(
    '/api/v1/staff/users/:id',
    {
      config: { auth: { staff: MEMBER_READERS } },
      schema: {
        tags,
        summary: 'A member: status, identity, open items, balances, sessions and audit trail (staff)',
        params: IdParams,
        response: { 200: StaffUserDetail },
      },
    },
    async (request) => {
      requireStaff(request, MEMBER_READERS);
      const overview = await getMemberOverview(deps, uuidOr404(request.params.id));
      return presentMemberOverview(overview, negotiateLang(request.headers['accept-language']));
    },
  );

  // Reports and restrictions are for those who look into a member's case (support,
  // moderators), as the audit log is; finance reads the money, not this.
  app.get(
    '/api/v1/staff/users/:id/trust',
    {
      config: { auth: { staff: AUDIT_READERS } },
      schema: {
        tags,
        summary: 'A member’s restrictions, reports about and by them, and flags (support, moderator)',
        params: IdParams,
        response: { 200: StaffMemberTrust },
      },
    },
    async (request) => {
      requireStaff(request, AUDIT_READERS);
      return getMemberTrust(deps, {
        userId: uuidOr404(request.params.id),
        lang: negotiateLang(request.headers['accept-language']),
      });
    },
  );
}

function statisticsRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/statistics',
    {
      config: { auth: { staff: STATISTICS_READERS } },
      schema: {
        tags,
        summary: 'Statistics per Japan-time month, at most 24 months (staff)',
        querystring: StatisticsQuery,
        response: { 200: StatisticsReport },
      },
    },
    async (request) => {
      requireStaff(request, STATISTICS_READERS);
      return getStatistics(deps, request.query);
    },
  );

  app.get(
    '/api/v1/staff/statistics.csv',
    {
      config: { auth: { staff: STATISTICS_READERS }, produces: 'text/csv' },
      schema: {
        tags,
        summary: 'The statistics as CSV (UTF-8 with BOM, Japanese headers, one row per month) (staff)',
        querystring: StatisticsQuery,
      },
    },
    async (request, reply) => {
      requireStaff(request, STATISTICS_READERS);
      const report = await getStatistics(deps, request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${statisticsFilename(report)}"`)
        .send(statisticsCsv(report));
    },
  );
}
