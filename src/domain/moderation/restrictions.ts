// Account restrictions (利用制限) with due process: what each kind stops, whether one is in
// force at a time, the appeal window, and who may decide an appeal.

export const RESTRICTION_KINDS = ['posting', 'messaging', 'suspended'] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

/**
 * What a member does that a restriction can stop. Everything else — logging in, My page,
 * appealing, the final payout, withdrawal, delivering, accepting, terminating and
 * disputing live contracts — is never stopped, so earned money is never held hostage.
 */
export const RESTRICTED_CAPABILITIES = ['post', 'message', 'buy'] as const;
export type RestrictedCapability = (typeof RESTRICTED_CAPABILITIES)[number];

/**
 * post: create or publish postings and services, apply (proposals), quote, enter
 * competitions. message: send messages, quote requests and scout offers. buy: buy,
 * hire, fund new work. A suspension stops all three.
 */
export const RESTRICTION_STOPS: Record<RestrictionKind, readonly RestrictedCapability[]> = {
  posting: ['post'],
  messaging: ['message'],
  suspended: ['post', 'message', 'buy'],
};

export const APPEAL_WINDOW_DAYS = 14;
export const APPEAL_TEXT_MAX = 2000;
export const RESTRICTION_REASON_MAX = 2000;
/** The longest timed restriction staff may set; longer ones are "until reviewed". */
export const RESTRICTION_MAX_DAYS = 365;

export interface RestrictionFacts {
  userId: string;
  kind: RestrictionKind;
  startsAt: Date;
  endsAt: Date | null;
  createdBy: string | null;
  liftedAt: Date | null;
  appealedAt: Date | null;
  appealDecidedAt: Date | null;
}

export type RestrictionState = 'active' | 'ended' | 'lifted';

export function restrictionState(r: Pick<RestrictionFacts, 'liftedAt' | 'endsAt'>, now: Date): RestrictionState {
  if (r.liftedAt && r.liftedAt.getTime() <= now.getTime()) return 'lifted';
  if (r.endsAt && r.endsAt.getTime() <= now.getTime()) return 'ended';
  return 'active';
}

export const isActiveAt = (r: RestrictionFacts, now: Date): boolean =>
  restrictionState(r, now) === 'active' && r.startsAt.getTime() <= now.getTime();

/** Whether any of the restrictions in force stops the capability; the one that does. */
export function stoppingRestriction<R extends RestrictionFacts>(
  rows: readonly R[],
  capability: RestrictedCapability,
  now: Date,
): R | null {
  const stopping = rows.filter((r) => isActiveAt(r, now) && RESTRICTION_STOPS[r.kind].includes(capability));
  // The one that lasts longest is the one to explain ("until reviewed" first).
  stopping.sort((a, b) => (a.endsAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.endsAt?.getTime() ?? Number.POSITIVE_INFINITY));
  return stopping.at(-1) ?? null;
}

export function appealDeadline(r: Pick<RestrictionFacts, 'startsAt'>): Date {
  return new Date(r.startsAt.getTime() + APPEAL_WINDOW_DAYS * 86_400_000);
}

export type AppealRefusal = 'not-yours' | 'already-appealed' | 'appeal-window-closed' | 'not-active' | null;

/** Why the member may not appeal (null: they may): once, within the window, while in force. */
export function appealRefusal(r: RestrictionFacts, memberId: string, now: Date): AppealRefusal {
  if (r.userId !== memberId) return 'not-yours';
  if (r.appealedAt) return 'already-appealed';
  if (restrictionState(r, now) !== 'active') return 'not-active';
  if (now.getTime() > appealDeadline(r).getTime()) return 'appeal-window-closed';
  return null;
}

export type DecideRefusal = 'no-appeal' | 'already-decided' | 'own-restriction' | 'restricted-by-you' | null;

/**
 * Why a staff member may not decide the appeal (null: they may): a different person than
 * the one who restricted, and never the restricted member themself.
 */
export function decideRefusal(r: RestrictionFacts, staffId: string): DecideRefusal {
  if (!r.appealedAt) return 'no-appeal';
  if (r.appealDecidedAt) return 'already-decided';
  if (r.userId === staffId) return 'own-restriction';
  if (r.createdBy === staffId) return 'restricted-by-you';
  return null;
}
