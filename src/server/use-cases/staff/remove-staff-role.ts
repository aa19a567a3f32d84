// An admin takes a member off the staff team (/staff/team): the account stays a member
// account. Not their own, not the last admin; the member's sessions end, audited.
import type { Deps } from '../../deps';
import { changeRole } from '../../staff/team';

export async function removeStaffRole(deps: Deps, input: { actorId: string; targetId: string }): Promise<void> {
  const now = deps.clock();
  await deps.db.transaction().execute((trx) => changeRole(trx, { ...input, next: null, now }));
}
