// The staff team (/staff/team), admins only: the list, creating a staff account (a mail
// to set the password; a second factor at first login), changing and removing a role.
import { TEAM_MANAGERS } from '../../../domain/policies/staff';
import { Ok } from '../../../shared/api/accounts';
import { CreateStaffBody, StaffRoleBody, StaffTeam } from '../../../shared/api/security';
import type { Deps } from '../../deps';
import { changeStaffRole } from '../../use-cases/staff/change-staff-role';
import { createStaffMember } from '../../use-cases/staff/create-staff-member';
import { listStaffTeam } from '../../use-cases/staff/list-staff-team';
import { removeStaffRole } from '../../use-cases/staff/remove-staff-role';
import { IdParams, uuidOr404 } from '../params';
import { requireStaff } from '../plugins/auth';
import type { App } from './types';

const tags = ['staff'];
const access = { auth: { staff: TEAM_MANAGERS } };

export function staffTeamRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/team',
    { config: access, schema: { tags, summary: 'The staff team (admin)', response: { 200: StaffTeam } } },
    async (request) => ({ staff: await listStaffTeam(deps.db, requireStaff(request, TEAM_MANAGERS).user.id) }),
  );

  app.post(
    '/api/v1/staff/team',
    {
      config: access,
      schema: {
        tags,
        summary: 'Create a staff account; the member is mailed a link to set the password (admin)',
        body: CreateStaffBody,
        response: { 201: StaffTeam },
      },
    },
    async (request, reply) => {
      const { user } = requireStaff(request, TEAM_MANAGERS);
      await createStaffMember(deps, { actorId: user.id, ...request.body });
      return reply.code(201).send({ staff: await listStaffTeam(deps.db, user.id) });
    },
  );

  app.put(
    '/api/v1/staff/team/:id/role',
    {
      config: access,
      schema: {
        tags,
        summary: "Change a staff member's role; their sessions end (admin)",
        params: IdParams,
        body: StaffRoleBody,
        response: { 200: StaffTeam },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, TEAM_MANAGERS);
      await changeStaffRole(deps, { actorId: user.id, targetId: uuidOr404(request.params.id), role: request.body.role });
      return { staff: await listStaffTeam(deps.db, user.id) };
    },
  );

  app.delete(
    '/api/v1/staff/team/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Take a member off the staff team; their sessions end (admin)',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, TEAM_MANAGERS);
      await removeStaffRole(deps, { actorId: user.id, targetId: uuidOr404(request.params.id) });
      return { ok: true as const };
    },
  );
}
