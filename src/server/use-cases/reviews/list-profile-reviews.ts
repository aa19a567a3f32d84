import { sql } from 'kysely';
import { AppError } from '../../../domain/errors';
import type { Db } from '../../db/database';

export interface ProfileReviewsInput {
  username: string;
}

/** Revealed reviews a member received, with averages (public). */
export async function listProfileReviews(db: Db, input: ProfileReviewsInput) {
  const user = await db.selectFrom('users').select(['id', 'status']).where('username', '=', input.username).executeTakeFirst();
  if (!user || user.status === 'withdrawn') throw new AppError('not-found');
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .selectAll('r')
    .select(['k.title', 'u.username', 'u.display_name', 'u.status'])
    .where('r.reviewee_id', '=', user.id)
    .where('k.reviews_revealed_at', 'is not', null)
    .where('r.hidden_at', 'is', null)
    .orderBy('r.created_at', 'desc')
    .limit(100)
    .execute();
  const stats = await db
    .selectFrom('reviews as r')
    .innerJoin('contracts as k', 'k.id', 'r.contract_id')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<string>`avg(r.skill)`.as('skill'),
      sql<string>`avg(r.quality)`.as('quality'),
      sql<string>`avg(r.schedule)`.as('schedule'),
      sql<string>`avg(r.communication)`.as('communication'),
      sql<string>`avg(r.partnership)`.as('partnership'),
    ])
    .where('r.reviewee_id', '=', user.id)
    .where('k.reviews_revealed_at', 'is not', null)
    .where('r.hidden_at', 'is', null)
    .executeTakeFirstOrThrow();
  const round = (v: string | null) => (v === null ? undefined : Math.round(Number(v) * 10) / 10);
  const count = Number(stats.n);
  const averages =
    count === 0
      ? null
      : {
          skill: round(stats.skill),
          quality: round(stats.quality),
          schedule: round(stats.schedule),
          communication: round(stats.communication),
          partnership: round(stats.partnership),
        };
  const all = averages ? Object.values(averages).filter((v): v is number => v !== undefined) : [];
  return {
    count,
    average: all.length ? Math.round((all.reduce((a, b) => a + b, 0) / all.length) * 10) / 10 : null,
    averages,
    /** Each review row with its contract's title: the HTTP presenter shows them. */
    rows,
  };
}
