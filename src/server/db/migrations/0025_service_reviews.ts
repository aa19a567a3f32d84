// Reviews of services: the buyer's review of an order is the review of the service; its
// seller may answer it once (返信), never edited. The service's rating (average, count)
// is kept on the service row from its revealed buyer reviews, for its page, its card,
// the rating filter and the rating sort.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reviews add column answer text check (char_length(answer) between 1 and 1000)`.execute(db);
  await sql`alter table reviews add column answered_at timestamptz`.execute(db);
  // Both or neither (an erased answer clears both); only the buyer's review is answered.
  await sql`
    alter table reviews add constraint reviews_answer_parts
      check (num_nonnulls(answer, answered_at) in (0, 2) and (answer is null or reviewer_role = 'client'))`.execute(db);
  // The ratings of services whose orders were reviewed before this migration.
  await sql`
    update services s
       set rating_average = x.average, rating_count = x.n
      from (select o.service_id,
                   round(avg((r.skill + r.quality + r.schedule + r.communication + r.partnership) / 5.0), 2) as average,
                   count(*)::int as n
              from reviews r
              join contracts k on k.id = r.contract_id
              join service_orders o on o.id = k.service_order_id
             where r.reviewer_role = 'client' and k.reviews_revealed_at is not null
             group by o.service_id) x
     where s.id = x.service_id`.execute(db);
}
