// What the staff team's use cases share: changing a role under the admins' row locks.
// Every admin row is taken FOR UPDATE in id order (with the target's), so two admins
// demoting each other at once run one after the other, and the second finds it is no
// longer an admin: the team is never left without one.
import { AppError } from '../../domain/errors';
import type { StaffRole } from '../../domain/policies/staff';
import { roleChangeProblem } from '../../domain/policies/staff-team';
import type { Db } from '../db/database';
import { recordAudit } from '../db/repositories/audit';
import { revokeAllSessions } from '../db/repositories/sessions';

export async function changeRole(
  trx: Db,
  input: { actorId: string; targetId: string; next: StaffRole | null; now: Date },
): Promise<void> {
  const rows = await trx
    .selectFrom('users')
    .select(['id', 'staff_role'])
    .where((eb) => eb.or([eb('staff_role', '=', 'admin'), eb('id', '=', input.targetId), eb('id', '=', input.actorId)]))
    .orderBy('id')
    .forUpdate()
    .execute();
  if (rows.find((r) => r.id === input.actorId)?.staff_role !== 'admin') throw new AppError('forbidden');
  const target = rows.find((r) => r.id === input.targetId);
  if (!target?.staff_role) throw new AppError('not-found');
  const problem = roleChangeProblem({
    actorId: input.actorId,
    targetId: input.targetId,
    targetRole: target.staff_role,
    next: input.next,
    adminCount: rows.filter((r) => r.staff_role === 'admin').length,
  });
  if (problem) throw new AppError(problem);
  if (target.staff_role === input.next) return;
  await trx
    .updateTable('users')
    .set({ staff_role: input.next, updated_at: input.now })
    .where('id', '=', input.targetId)
    .execute();
  // Whatever the member had open was opened with the old role.
  await revokeAllSessions(trx, input.targetId, input.now);
  await recordAudit(trx, {
    actorUserId: input.actorId,
    action: input.next ? 'staff.role_changed' : 'staff.role_removed',
    subjectType: 'user',
    subjectId: input.targetId,
    data: { from: target.staff_role, to: input.next, via: 'console' },
    now: input.now,
  });
}
