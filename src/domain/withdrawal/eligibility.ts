// Withdrawal eligibility as a pure function: a snapshot of the user's open items goes in;
// every blocker (with its items, a way to resolve it and when it clears by itself) and
// every warning comes out. Nothing here reads the database or the clock.
//
// Adding a blocker is two steps: a rule (what the open items mean, in words users
// understand) and a provider in src/server/withdrawal/providers.ts (the query that
// fills the rule's snapshot key).

export type Role = 'worker' | 'client' | 'both';

type Text = { ja: string; en: string };

export interface ItemResolve {
  method: 'POST';
  /** API path that resolves this one item in place (e.g. withdraw an application). */
  href: string;
  label: Text;
  /** What pressing it does, said before it is pressed (the page asks for confirmation). */
  confirm: Text;
  /** What it did, said after it succeeded (「応募を取り下げました。」). */
  done: Text;
  /**
   * When pressing it does not end the item at once but starts a wait (closing a
   * competition starts its selection period with the prize still in escrow): what that
   * wait is and until when, said before the button is pressed.
   */
  startsWait?: Text | null;
}

/**
 * A blocker this item turns into or leaves behind on its way (an open competition
 * becomes escrow held while the winner is chosen; an accepted delivery leaves earnings
 * to pay out), announced so that none appears by surprise. `itemId` is the id the item
 * will have under that blocker's code.
 */
export interface FollowOn {
  code: string;
  itemId: string;
  note: Text;
}

export interface OpenItem {
  id: string;
  title: string;
  /** Where the user sees this item in the web app. */
  link: string;
  /**
   * When the member is free of this item if they do nothing: the end of its whole chain
   * of timers (a posting's deadline, then its judging or selection period, then the
   * settlement), under whichever blocker it then stands. Null or absent when the item
   * has no end of its own (it needs someone to act).
   */
  clearsAt?: Date | null;
  /**
   * An end that someone else brings on a known date, not a timer: the expected transfer
   * date of a payout, which clears when staff mark the transfer made.
   */
  expectedAt?: Date | null;
  /**
   * Who brings the expected end: staff making a transfer (a payout, the default), or the
   * seller delivering and the buyer's acceptance window after it (an order at work).
   */
  expectedBy?: 'transfer' | 'delivery';
  /** What follows from this item before it is gone (see FollowOn). */
  followedBy?: FollowOn[];
  resolve?: ItemResolve | null;
}

export interface Snapshot {
  /** Open items by snapshot key; a key absent or empty means nothing open. */
  items: Record<string, OpenItem[] | undefined>;
  /** Earnings not yet paid out, in yen. */
  balanceYen: number;
  /** The member's writes waiting for staff review (保留中の投稿): never a blocker, discarded at withdrawal. */
  heldItemsPending?: number;
}

export interface BlockerRule {
  code: string;
  role: Role;
  /** The snapshot key this rule reads. */
  from: string;
  title: Text;
  explanation: Text;
  resolve: { label: Text; link: string };
}

export interface Blocker {
  rule: BlockerRule;
  count: number;
  items: OpenItem[];
  /** When every item clears by itself, if they all do: the latest of their dates. */
  clearsAt?: Date;
}

export type WarningCode =
  | 'record-reset'
  | 'username-reserved'
  | 'direct-deal-rule'
  | 'balance-paid-out'
  | 'held-items-discarded'
  | 'logout-is-different'
  | 'undo-window';

export interface Eligibility {
  eligible: boolean;
  blockers: Blocker[];
  warnings: WarningCode[];
}

export function evaluateWithdrawal(snapshot: Snapshot, rules: readonly BlockerRule[]): Eligibility {
  const blockers: Blocker[] = [];
  for (const rule of rules) {
    const items = snapshot.items[rule.from] ?? [];
    if (items.length === 0) continue;
    const blocker: Blocker = { rule, count: items.length, items };
    const clearsAt = latestClearing(items);
    if (clearsAt) blocker.clearsAt = clearsAt;
    blockers.push(blocker);
  }
  const warnings: WarningCode[] = ['record-reset', 'username-reserved', 'direct-deal-rule'];
  if (snapshot.balanceYen > 0) warnings.push('balance-paid-out');
  if ((snapshot.heldItemsPending ?? 0) > 0) warnings.push('held-items-discarded');
  warnings.push('logout-is-different', 'undo-window');
  return { eligible: blockers.length === 0, blockers, warnings };
}

function latestClearing(items: OpenItem[]): Date | undefined {
  let latest: Date | undefined;
  for (const item of items) {
    if (!item.clearsAt) return undefined;
    if (!latest || item.clearsAt > latest) latest = item.clearsAt;
  }
  return latest;
}
