// Members with what their card shows: rating from revealed reviews received as a worker,
// and contracts completed as worker. Worker search reads the members listed as workers
// (domain/discovery/workers.ts isListedWorker, in SQL); favourites read active members.
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database';

/** Active members (the only ones anyone sees a card of) with their card's columns. */
export function selectMemberRows(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('profiles as p', 'p.user_id', 'u.id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('reviews as r')
          .innerJoin('contracts as k', 'k.id', 'r.contract_id')
          .select([
            sql<number>`count(*)::int`.as('n'),
            sql<string | null>`avg((r.skill + r.quality + r.schedule + r.communication + r.partnership) / 5.0)`.as('average'),
          ])
          .whereRef('r.reviewee_id', '=', 'u.id')
          .where('r.reviewer_role', '=', 'client')
          .where('k.reviews_revealed_at', 'is not', null)
          .as('rv'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('contracts as k')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('k.worker_id', '=', 'u.id')
          .where('k.status', '=', 'completed')
          .as('done'),
      (join) => join.onTrue(),
    )
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.created_at',
      'p.occupation',
      'p.skills',
      'p.prefecture',
      'p.home_only',
      sql<number | null>`rv.average`.as('rating_average'),
      sql<number>`coalesce(rv.n, 0)`.as('rating_count'),
      sql<number>`coalesce(done.n, 0)`.as('completed_as_worker'),
    ])
    .where('u.status', '=', 'active')
    .where('u.email_verified_at', 'is not', null);
}

/**
 * Members listed as workers: not staff; completed work, or registered to take work and
 * showing skills or an introduction.
 */
export function selectWorkerRows(db: Db) {
  return selectMemberRows(db)
    .where('u.staff_role', 'is', null)
    .where(sql<SqlBool>`(coalesce(done.n, 0) > 0 or (u.intent <> 'order' and (cardinality(p.skills) > 0 or p.bio <> '')))`);
}

export type WorkerRow = Awaited<ReturnType<ReturnType<typeof selectMemberRows>['executeTakeFirstOrThrow']>>;
