// 要確認フラグ for staff (support, moderator; admin): the open flags oldest first, the
// latest resolved ones, and resolving one with a note.

import { z } from 'zod';
import { FLAG_HANDLERS } from '../../../domain/blocks/former-members';
import { Ok } from '../../../shared/api/accounts';
import { FlagParams, ResolveFlagInput, type StaffFlag, StaffFlagList } from '../../../shared/api/blocks';
import type { Deps } from '../../deps';
import { type FlagRow, listFlags } from '../../use-cases/flags/list-flags';
import { resolveFlag } from '../../use-cases/flags/resolve-flag';
import { requireStaff } from '../plugins/auth';
import type { App } from './types';

const access = { auth: { staff: FLAG_HANDLERS } };
const FlagQuery = z.strictObject({ state: z.enum(['open', 'resolved']).default('open') });

function present(r: FlagRow): StaffFlag {
  return {
    id: String(r.id),
    kind: r.kind,
    member: { userId: r.user_id, username: r.username, displayName: r.display_name ?? '', status: r.status },
    contractId: r.contract_id,
    withdrawnOn: r.withdrawn_on,
    createdAt: r.created_at.toISOString(),
    resolvedAt: r.resolved_at?.toISOString() ?? null,
    resolvedBy: r.resolver,
    note: r.resolution_note,
  };
}

export function staffFlagRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/flags',
    {
      config: access,
      schema: {
        tags: ['staff'],
        summary: 'Flags for staff, open ones oldest first',
        querystring: FlagQuery,
        response: { 200: StaffFlagList },
      },
    },
    async (request) => {
      requireStaff(request, FLAG_HANDLERS);
      const { rows, total } = await listFlags(deps.db, request.query.state);
      return { items: rows.map(present), total };
    },
  );
  app.post(
    '/api/v1/staff/flags/:id/resolve',
    {
      config: access,
      schema: {
        tags: ['staff'],
        summary: 'Resolve a flag with a note',
        params: FlagParams,
        body: ResolveFlagInput,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireStaff(request, FLAG_HANDLERS);
      await resolveFlag(deps, { staffId: user.id, flagId: Number(request.params.id), note: request.body.note });
      return { ok: true as const };
    },
  );
}
