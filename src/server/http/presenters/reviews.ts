import { reviewScore } from '../../../domain/reviews/reviews';
import type { Lang } from '../../../shared/errors';
import type { listProfileReviews } from '../../use-cases/reviews/list-profile-reviews';
import type { listServiceReviews } from '../../use-cases/reviews/list-service-reviews';
import { presentParty } from './accounts';

/** A review (評価) row with its author, as the contract page and profiles show it. */
export function presentReview(
  r: {
    id: string;
    reviewer_role: 'client' | 'worker';
    username: string;
    display_name: string | null;
    status: string;
    skill: number;
    quality: number;
    schedule: number;
    communication: number;
    partnership: number;
    comment: string;
    created_at: Date;
    answer: string | null;
    answered_at: Date | null;
  },
  lang: Lang,
) {
  return {
    id: r.id,
    reviewerRole: r.reviewer_role,
    reviewer: presentParty({ username: r.username, displayName: r.display_name, status: r.status }, lang),
    skill: r.skill,
    quality: r.quality,
    schedule: r.schedule,
    communication: r.communication,
    partnership: r.partnership,
    comment: r.comment,
    score: reviewScore(r),
    createdAt: r.created_at.toISOString(),
    answer: presentAnswer(r),
  };
}

/** A member's revealed reviews with averages, each review with its contract's title. */
export function presentProfileReviews(result: Awaited<ReturnType<typeof listProfileReviews>>, lang: Lang) {
  const { rows, ...rest } = result;
  return {
    ...rest,
    items: rows.map((r) => ({
      ...presentReview(r, lang),
      contractTitle: r.title,
      reviewee: r.reviewer_role === 'client' ? ('worker' as const) : ('client' as const),
    })),
  };
}

/** The seller's answer to a review, when there is one. */
export function presentAnswer(r: { answer: string | null; answered_at: Date | null }) {
  return r.answer !== null && r.answered_at !== null ? { text: r.answer, createdAt: r.answered_at.toISOString() } : null;
}

/** A page of a service's reviews: score, items, comment, buyer, package and the seller's answer. */
export function presentServiceReviews(result: Awaited<ReturnType<typeof listServiceReviews>>, lang: Lang) {
  const { rows, ...rest } = result;
  return {
    ...rest,
    items: rows.map((r) => {
      const buyer = presentParty({ username: r.username, displayName: r.display_name, status: r.status }, lang);
      return {
        id: r.id,
        score: reviewScore(r),
        skill: r.skill,
        quality: r.quality,
        schedule: r.schedule,
        communication: r.communication,
        partnership: r.partnership,
        comment: r.comment,
        buyer: { displayName: buyer.displayName, withdrawn: buyer.withdrawn },
        packageName: r.package_name,
        createdAt: r.created_at.toISOString(),
        answer: presentAnswer(r),
      };
    }),
  };
}
