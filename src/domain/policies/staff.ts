// Who among staff may do what. Each staff member has one role; admin may do everything.
// Staff never act on their own money or contracts (a conflict of interest).

export const STAFF_ROLES = ['support', 'finance', 'moderator', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffActor {
  userId: string;
  staffRole: StaffRole | null;
}

/** Payouts, transfer batches and the transfer file; confirming deposits (money in and out). */
export const FINANCE: readonly StaffRole[] = ['finance'];
/** Disputes: reading them and settling them. */
export const SUPPORT: readonly StaffRole[] = ['support'];
/** The audit log: who did what, for looking into a member's case (finance reads its own records). */
export const AUDIT_READERS: readonly StaffRole[] = ['support', 'moderator'];
/** The members console (search, a member's status, open items, money and trail): every staff role reads it; finance for the money. */
export const MEMBER_READERS: readonly StaffRole[] = ['support', 'moderator', 'finance'];
/** The statistics: aggregates with no personal data, for every staff role. */
export const STATISTICS_READERS: readonly StaffRole[] = ['support', 'moderator', 'finance'];

/** Reports, the moderation queue, account restrictions and held items (スタッフ確認待ち: texts screening caught that their authors sent for review). */
export const MODERATORS: readonly StaffRole[] = ['moderator'];

/** The staff team (creating staff, giving and removing roles): admins only. */
export const TEAM_MANAGERS: readonly StaffRole[] = [];

/** Whether the actor is staff with one of `roles` (admin has them all). */
export function hasStaffRole(actor: StaffActor, roles: readonly StaffRole[]): boolean {
  const role = actor.staffRole;
  return role !== null && (role === 'admin' || roles.includes(role));
}

export const canManagePayouts = (actor: StaffActor): boolean => hasStaffRole(actor, FINANCE);
export const canConfirmDeposits = (actor: StaffActor): boolean => hasStaffRole(actor, FINANCE);
export const canHandleDisputes = (actor: StaffActor): boolean => hasStaffRole(actor, SUPPORT);

/** A staff member who is one of `parties` (a contract's client or worker, a payout's owner) must leave it to someone else. */
export function isConflicted(staffId: string, parties: readonly (string | null | undefined)[]): boolean {
  return parties.includes(staffId);
}
