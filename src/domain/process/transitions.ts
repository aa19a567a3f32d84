// Processes as data: each state machine is a table of transitions {from, to, actor,
// after}. One function applies any of them; use cases then write the change as a
// compare-and-set (`UPDATE … WHERE status = from`), so two racing transitions cannot
// both win.

export type Actor = 'client' | 'worker' | 'system' | 'staff';

export interface Transition<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  to: S;
  actors: readonly Actor[];
}

export type TransitionCheck<S extends string> =
  | { ok: true; from: S; to: S }
  | { ok: false; reason: 'not-allowed' | 'wrong-state' };

export function checkTransition<S extends string, A extends string>(
  table: readonly Transition<S, A>[],
  action: A,
  current: S,
  actor: Actor,
): TransitionCheck<S> {
  const candidates = table.filter((t) => t.action === action);
  const byActor = candidates.filter((t) => t.actors.includes(actor));
  if (byActor.length === 0) return { ok: false, reason: 'not-allowed' };
  const match = byActor.find((t) => t.from.includes(current));
  if (!match) return { ok: false, reason: 'wrong-state' };
  return { ok: true, from: current, to: match.to };
}
