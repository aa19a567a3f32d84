// The audit log for staff (監査ログ): support and moderators (and admin) read who did what,
// newest first, a page at a time.
import { AUDIT_READERS } from '../../../domain/policies/staff';
import { AuditPage, AuditQuery } from '../../../shared/api/audit';
import type { Deps } from '../../deps';
import { listAuditEvents } from '../../use-cases/staff/list-audit-events';
import { requireStaff } from '../plugins/auth';
import type { App } from './types';

export function staffAuditRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/audit',
    {
      config: { auth: { staff: AUDIT_READERS } },
      schema: {
        tags: ['staff'],
        summary: 'The audit log (support, moderator)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      requireStaff(request, AUDIT_READERS);
      return listAuditEvents(deps.db, request.query);
    },
  );
}
