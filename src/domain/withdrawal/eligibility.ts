// Withdrawal eligibility as a pure function: a snapshot of the user's open items goes in,
// every blocker (with its items, a way to resolve it and when it clears by itself) and
// every warning comes out. Nothing here reads the database or the clock.
//
// Adding a blocker later is two steps: a rule here (what the items mean) and a provider
// in src/server/withdrawal/providers.ts (the query that fills the snapshot key).

export type Role = 'worker' | 'client' | 'both';

/** Snapshot keys: one per kind of open item a provider can report. */
export const SNAPSHOT_KEYS = ['testItems'] as const;
export type SnapshotKey = (typeof SNAPSHOT_KEYS)[number];

export interface OpenItem {
  id: string;
  title: string;
  /** Where the user sees or resolves this item in the web app. */
  link: string;
  /** When the item will stop blocking by itself (an expiry, a scheduled transfer …). */
  clearsAt?: Date | null;
}

export interface Snapshot {
  items: Partial<Record<SnapshotKey, OpenItem[]>>;
  /** Earnings not yet paid out, in yen. */
  balanceYen: number;
}

export interface ResolveAction {
  /** A stable action name the web app knows how to perform or link to. */
  action: string;
  link: string;
}

export interface Blocker {
  code: string;
  role: Role;
  count: number;
  items: OpenItem[];
  resolve: ResolveAction;
  /** When every item of this blocker clears by itself, if they all do. */
  clearsAt?: Date;
}

export type WarningCode =
  | 'record-reset'
  | 'username-reserved'
  | 'direct-deal-rule'
  | 'balance-paid-out'
  | 'logout-is-different'
  | 'undo-window';

export interface Eligibility {
  eligible: boolean;
  blockers: Blocker[];
  warnings: WarningCode[];
}

export interface BlockerRule {
  code: string;
  role: Role;
  from: SnapshotKey;
  resolve: ResolveAction;
}

/** Every blocker the product knows, in the order the pre-check lists them. */
export const BLOCKER_RULES: readonly BlockerRule[] = [
  // Only registered in tests: proves the framework end to end before real features exist.
  { code: 'test-open-item', role: 'both', from: 'testItems', resolve: { action: 'close-test-item', link: '/mypage' } },
];

export function evaluateWithdrawal(snapshot: Snapshot, rules: readonly BlockerRule[] = BLOCKER_RULES): Eligibility {
  const blockers: Blocker[] = [];
  for (const rule of rules) {
    const items = snapshot.items[rule.from] ?? [];
    if (items.length === 0) continue;
    const blocker: Blocker = { code: rule.code, role: rule.role, count: items.length, items, resolve: rule.resolve };
    const clearsAt = latestClearing(items);
    if (clearsAt) blocker.clearsAt = clearsAt;
    blockers.push(blocker);
  }
  const warnings: WarningCode[] = ['record-reset', 'username-reserved', 'direct-deal-rule', 'logout-is-different', 'undo-window'];
  if (snapshot.balanceYen > 0) warnings.splice(3, 0, 'balance-paid-out');
  return { eligible: blockers.length === 0, blockers, warnings };
}

/** The blocker clears by itself only if every item does; then at the latest of them. */
function latestClearing(items: OpenItem[]): Date | undefined {
  let latest: Date | undefined;
  for (const item of items) {
    if (!item.clearsAt) return undefined;
    if (!latest || item.clearsAt > latest) latest = item.clearsAt;
  }
  return latest;
}
