// The export's marketplace sections: postings with their escrow, applications, offers
// and reviews (a review received once it is revealed, as on the contract page).
import type { Db } from '../db/database';
import { plain } from './rows';

export async function exportMarketplace(db: Db, userId: string) {
  const [jobs, escrows, applications, offers, reviews] = await Promise.all([
    postingsOf(db, userId),
    escrowsOf(db, userId),
    applicationsOf(db, userId),
    offersOf(db, userId),
    reviewsOf(db, userId),
  ]);

  return {
    postings: jobs.map((j) => {
      const escrow = escrows.find((e) => e.job_id === j.id);
      return { ...plain(j), escrow: escrow ? plain(escrow) : null };
    }),
    applications: applications.map(plain),
    offers: offers.map((o) => ({ ...plain(o), role: o.client_id === userId ? 'client' : 'worker', client_id: undefined })),
    reviews: {
      // The answer to a review is its seller's words: in the seller's export, not the buyer's.
      written: reviews
        .filter((r) => r.reviewer_id === userId)
        .map((r) => ({ ...plain(r), reviewer_id: undefined, answer: undefined, answered_at: undefined })),
      received: reviews.filter((r) => r.reviewer_id !== userId).map((r) => ({ ...plain(r), reviewer_id: undefined })),
    },
  };
}

/** The postings the member published as a client. */
function postingsOf(db: Db, userId: string) {
  return db
    .selectFrom('jobs')
    .select([
      'id',
      'kind',
      'status',
      'title',
      'description',
      'category',
      'tags',
      'deadline',
      'delivery_date',
      'budget_min',
      'budget_max',
      'hires',
      'milestones_wished',
      'task_slots',
      'task_unit_price',
      'task_instructions',
      'prize',
      'entry_rules',
      'allow_no_winner',
      'published_at',
      'closed_at',
      'closed_reason',
      'cancelled_at',
      'created_at',
      'updated_at',
    ])
    .where('client_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

/** The escrows of those postings. */
function escrowsOf(db: Db, userId: string) {
  return db.selectFrom('job_escrows').selectAll().where('client_id', '=', userId).execute();
}

/** The applications the member sent as a worker. */
function applicationsOf(db: Db, userId: string) {
  return db
    .selectFrom('applications as a')
    .innerJoin('jobs as j', 'j.id', 'a.job_id')
    .select([
      'a.id',
      'a.job_id',
      'j.title as job_title',
      'a.status',
      'a.shortlisted',
      'a.proposal',
      'a.quoted_amount',
      'a.delivery_days',
      'a.decline_reason',
      'a.expires_at',
      'a.decided_at',
      'a.created_at',
    ])
    .where('a.worker_id', '=', userId)
    .orderBy('a.created_at')
    .execute();
}

/** The offers the member sent or received. */
function offersOf(db: Db, userId: string) {
  return db
    .selectFrom('offers as o')
    .innerJoin('jobs as j', 'j.id', 'o.job_id')
    .select([
      'o.id',
      'o.job_id',
      'j.title as job_title',
      'o.client_id',
      'o.message',
      'o.amount',
      'o.status',
      'o.decline_reason',
      'o.expires_at',
      'o.decided_at',
      'o.created_at',
    ])
    .where((eb) => eb.or([eb('o.client_id', '=', userId), eb('o.worker_id', '=', userId)]))
    .orderBy('o.created_at')
    .execute();
}

/** Reviews the member wrote, and those received once revealed (as on the contract page). */
function reviewsOf(db: Db, userId: string) {
  return (
    db
      .selectFrom('reviews as r')
      .innerJoin('contracts as k', 'k.id', 'r.contract_id')
      .select([
        'r.id',
        'r.contract_id',
        'r.reviewer_id',
        'r.reviewer_role',
        'r.skill',
        'r.quality',
        'r.schedule',
        'r.communication',
        'r.partnership',
        'r.comment',
        'r.created_at',
        'r.answer',
        'r.answered_at',
      ])
      // A review received is the member's once revealed, as on the contract page.
      .where((eb) =>
        eb.or([
          eb('r.reviewer_id', '=', userId),
          eb.and([eb('r.reviewee_id', '=', userId), eb('k.reviews_revealed_at', 'is not', null)]),
        ]),
      )
      .orderBy('r.created_at')
      .execute()
  );
}
