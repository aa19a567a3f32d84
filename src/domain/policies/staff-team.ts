// The staff team's own rule, apart from the role lists every staff route reads.
import type { StaffRole } from './staff';

/**
 * Why an admin may not change `target`'s role to `next` (null: no longer staff): never
 * their own, and never the last admin's.
 */
export function roleChangeProblem(input: {
  actorId: string;
  targetId: string;
  targetRole: StaffRole;
  next: StaffRole | null;
  adminCount: number;
}): 'staff-own-role' | 'staff-last-admin' | null {
  if (input.actorId === input.targetId) return 'staff-own-role';
  if (input.targetRole === 'admin' && input.next !== 'admin' && input.adminCount <= 1) return 'staff-last-admin';
  return null;
}
