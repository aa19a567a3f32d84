// Staff (moderator, admin) restrict a member from the standalone form: a rule, a reason,
// evidence and an end or "until reviewed" (moderation/restrict.ts does the rest).
import type { RestrictionInput } from '../../../shared/api/moderation';
import type { Deps } from '../../deps';
import { imposeRestriction } from '../../moderation/restrict';

export async function restrictUser(
  deps: Deps,
  input: { staffId: string; userId: string; restriction: RestrictionInput },
): Promise<string> {
  const now = deps.clock();
  return deps.db.transaction().execute((trx) => imposeRestriction(trx, deps, input, now));
}
