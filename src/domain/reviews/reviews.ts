// Reviews (評価) both ways after a contract ends. Neither side sees the other's review
// until both have written theirs or the review period has passed, so nobody can answer
// a bad review with a bad review.

export const REVIEW_ITEMS = ['skill', 'quality', 'schedule', 'communication', 'partnership'] as const;
export type ReviewItem = (typeof REVIEW_ITEMS)[number];
export type ReviewScores = Record<ReviewItem, number>;

/** When reviews become visible: both written, or `days` after the contract ended. */
export function revealAt(endedAt: Date, days: number): Date {
  return new Date(endedAt.getTime() + days * 86_400_000);
}

export function reviewsRevealed(input: { written: number; endedAt: Date | null; now: Date; days: number }): boolean {
  if (input.written >= 2) return true;
  if (!input.endedAt) return false;
  return input.now.getTime() >= revealAt(input.endedAt, input.days).getTime();
}

/** The mean of a review's five items, to one decimal. */
export function reviewScore(scores: ReviewScores): number {
  const total = REVIEW_ITEMS.reduce((sum, item) => sum + scores[item], 0);
  return Math.round((total / REVIEW_ITEMS.length) * 10) / 10;
}
