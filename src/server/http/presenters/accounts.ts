// Explicit whitelists of what leaves the server.

import { WITHDRAWN_NAME } from '../../../domain/withdrawal/retention';
import type { Me } from '../../../shared/api/accounts';
import type { Lang } from '../../../shared/errors';
import type { SessionUser } from '../../db/repositories/sessions';
import type { UserRow } from '../../db/repositories/users';

export function presentMe(user: SessionUser['user'] | (UserRow & { second_factor_enabled: boolean })): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name ?? '',
    email: user.email ?? '',
    emailVerified: user.email_verified_at !== null,
    intent: user.intent,
    staffRole: user.staff_role,
    createdAt: user.created_at.toISOString(),
    withdrawing: user.status === 'withdrawing',
    secondFactor: user.second_factor_enabled ? 'on' : user.staff_role ? 'enrolment-required' : 'off',
  };
}

export function presentParty(p: { username: string; displayName: string | null; status: string }, lang: Lang) {
  const withdrawn = p.status === 'withdrawn';
  return { username: p.username, displayName: withdrawn ? WITHDRAWN_NAME[lang] : (p.displayName ?? ''), withdrawn };
}
