// The member's second factor as the security settings show it.
import { secondFactorState } from '../../db/repositories/second-factors';
import type { Deps } from '../../deps';

export async function getSecondFactor(deps: Deps, user: { id: string; staff_role: string | null }) {
  const state = await secondFactorState(deps.db, user.id);
  return {
    enabled: state.enabledAt !== null,
    enabledAt: state.enabledAt,
    required: user.staff_role !== null,
    recoveryCodesLeft: state.enabledAt ? state.recoveryCodesLeft : 0,
  };
}
