// Processes as data: each state machine is a table of transitions {action, from, to,
// actors, timer}. One function applies any of them; use cases then write the change as a
// compare-and-set (`UPDATE … WHERE status = from`), so two racing transitions cannot
// both win.

/** Who takes a step of a contract-like process: one of its two parties, the platform's timers, or staff. */
export const ACTORS = ['client', 'worker', 'system', 'staff'] as const;
export type Actor = (typeof ACTORS)[number];

/** Who takes a step of a member's account: the member, the platform, or staff. */
export type AccountActor = 'member' | 'system' | 'staff';

export interface Transition<S extends string, A extends string, R extends string = Actor> {
  action: A;
  from: readonly S[];
  to: S;
  actors: readonly R[];
  /**
   * When the platform takes the step by itself (`system` among the actors): what starts
   * the countdown and how long it runs, e.g. "7 days after the delivery".
   */
  timer?: string;
}

export type TransitionCheck<S extends string> =
  | { ok: true; from: S; to: S }
  | { ok: false; reason: 'not-allowed' | 'wrong-state' };

export function checkTransition<S extends string, A extends string, R extends string>(
  table: readonly Transition<S, A, R>[],
  action: A,
  current: S,
  actor: R,
): TransitionCheck<S> {
  const candidates = table.filter((t) => t.action === action);
  const byActor = candidates.filter((t) => t.actors.includes(actor));
  if (byActor.length === 0) return { ok: false, reason: 'not-allowed' };
  const match = byActor.find((t) => t.from.includes(current));
  if (!match) return { ok: false, reason: 'wrong-state' };
  return { ok: true, from: current, to: match.to };
}

/**
 * The one status an action leaves from and the one it reaches, for a step taken by every
 * row still in it (a batch's requests, a task's unjudged submissions) or written by a
 * statement of its own. Throws if the table gives the action several.
 */
export function soleStep<S extends string, A extends string, R extends string>(
  table: readonly Transition<S, A, R>[],
  action: A,
): { from: S; to: S } {
  const steps = table.filter((t) => t.action === action);
  const from = [...new Set(steps.flatMap((t) => t.from))];
  const to = [...new Set(steps.map((t) => t.to))];
  if (from.length !== 1 || to.length !== 1) throw new Error(`${action} is not a single step`);
  return { from: from[0] as S, to: to[0] as S };
}

/** Whether `actor` may take `action` from `current` (the table alone: policies may refuse more). */
export function canTransition<S extends string, A extends string, R extends string>(
  table: readonly Transition<S, A, R>[],
  action: A,
  current: S,
  actor: R,
): boolean {
  return checkTransition(table, action, current, actor).ok;
}

/** The actions `actor` may take from `current`, in the table's order, each once. */
export function actionsFrom<S extends string, A extends string, R extends string>(
  table: readonly Transition<S, A, R>[],
  current: S,
  actor: R,
): A[] {
  const actions = table.filter((t) => t.from.includes(current) && t.actors.includes(actor)).map((t) => t.action);
  return [...new Set(actions)];
}

/**
 * Every step a table allows, as `from --action(actor)--> to` lines in a stable order:
 * each status × action × actor is tried through checkTransition, so a test comparing
 * this list with the expected one covers the whole table.
 */
export function allowedSteps<S extends string, A extends string, R extends string>(
  table: readonly Transition<S, A, R>[],
  statuses: readonly S[],
  actors: readonly R[],
): string[] {
  const actions = [...new Set(table.map((t) => t.action))];
  const lines: string[] = [];
  for (const from of statuses) {
    for (const action of actions) {
      for (const actor of actors) {
        const step = checkTransition(table, action, from, actor);
        if (step.ok) lines.push(`${from} --${action}(${actor})--> ${step.to}`);
      }
    }
  }
  return lines;
}

/** The statuses no transition leaves. */
export function finalStatuses<S extends string, A extends string, R extends string>(
  table: readonly Transition<S, A, R>[],
  statuses: readonly S[],
): S[] {
  return statuses.filter((s) => !table.some((t) => t.from.includes(s)));
}
