// A member as the staff's console shows them: the whitelist of what staff see.
import type { StaffUserDetail } from '../../../shared/api/staff-users';
import type { Lang } from '../../../shared/errors';
import type { MemberOverview } from '../../use-cases/staff/get-member-overview';
import { presentBlocker } from './withdrawal';

export function presentMemberOverview(o: MemberOverview, lang: Lang): StaffUserDetail {
  const u = o.user;
  return {
    id: u.id,
    status: u.status,
    withdrawnAt: u.withdrawn_at?.toISOString() ?? null,
    withdrawalRequestedAt: o.withdrawalRequestedAt?.toISOString() ?? null,
    identity: {
      username: u.username,
      displayName: u.display_name,
      email: u.email,
      emailVerifiedAt: u.email_verified_at?.toISOString() ?? null,
      registeredAt: u.created_at.toISOString(),
      intent: u.intent,
      entityType: u.entity_type,
      staffRole: u.staff_role,
      locale: u.locale,
    },
    openItems: { eligible: o.eligibility.eligible, blockers: o.eligibility.blockers.map((b) => presentBlocker(b, lang)) },
    money: o.money,
    sessions: o.sessions.map((s) => ({
      device: s.device,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
    })),
    audit: o.audit,
  };
}
