// The background work of saved searches: matching a posting or service when it is
// published (a task, so publishing stays fast), and the daily digest mail.
import { nextDigestAt, type SavedSearchKind } from '../../domain/discovery/saved-searches';
import type { Db } from '../db/database';
import { enqueueTask } from '../queue/queue';
import type { TaskKind } from '../queue/tasks';

export const SAVED_SEARCH_MATCH_TASK = 'saved_search.match' satisfies TaskKind;
export const SAVED_SEARCH_DIGEST_TASK = 'saved_search.digest' satisfies TaskKind;

/** Matches a just-published posting or service against the saved searches, after commit. */
export function scheduleSavedSearchMatch(db: Db, kind: SavedSearchKind, id: string, now: Date): Promise<void> {
  return enqueueTask(
    db,
    { kind: SAVED_SEARCH_MATCH_TASK, payload: { kind, id }, runAt: now, dedupeKey: `${SAVED_SEARCH_MATCH_TASK}:${kind}:${id}` },
    now,
  );
}

/** Schedules the next daily digest (08:00 Japan time); the digest does it after each run. */
export function scheduleSavedSearchDigest(db: Db, now: Date): Promise<void> {
  return enqueueTask(db, { kind: SAVED_SEARCH_DIGEST_TASK, runAt: nextDigestAt(now), dedupeKey: SAVED_SEARCH_DIGEST_TASK }, now);
}

/**
 * Makes sure a digest is scheduled (at start-up): one already waiting keeps its time, so
 * a digest overdue while no instance ran goes out now rather than a day later.
 */
export async function ensureSavedSearchDigest(db: Db, now: Date): Promise<void> {
  const live = await db
    .selectFrom('queue_tasks')
    .select('id')
    .where('dedupe_key', '=', SAVED_SEARCH_DIGEST_TASK)
    .where('status', 'in', ['pending', 'running'])
    .executeTakeFirst();
  if (!live) await scheduleSavedSearchDigest(db, now);
}
