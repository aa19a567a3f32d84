// An admin gives a staff member another role (/staff/team). Not their own, not the last
// admin's; the member's sessions end, and the audit log records it.
import type { StaffRole } from '../../../domain/policies/staff';
import type { Deps } from '../../deps';
import { changeRole } from '../../staff/team';

export async function changeStaffRole(deps: Deps, input: { actorId: string; targetId: string; role: StaffRole }): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute((trx) => changeRole(trx, { ...input, next: input.role, now }));
}
