import { describe, expect, it } from 'vitest';
import { revealAt, reviewScore, reviewsRevealed } from './reviews';

describe('reviews', () => {
  const ended = new Date('2026-05-01T00:00:00Z');
  it('are revealed when both have written, or when the period is over', () => {
    expect(reviewsRevealed({ written: 2, endedAt: ended, now: ended, days: 14 })).toBe(true);
    expect(reviewsRevealed({ written: 1, endedAt: ended, now: new Date(revealAt(ended, 14).getTime() - 1), days: 14 })).toBe(
      false,
    );
    expect(reviewsRevealed({ written: 1, endedAt: ended, now: revealAt(ended, 14), days: 14 })).toBe(true);
    expect(reviewsRevealed({ written: 0, endedAt: null, now: ended, days: 14 })).toBe(false);
  });
  it('score is the mean of the five items to one decimal', () => {
    expect(reviewScore({ skill: 5, quality: 4, schedule: 5, communication: 4, partnership: 5 })).toBe(4.6);
    expect(reviewScore({ skill: 1, quality: 1, schedule: 1, communication: 1, partnership: 2 })).toBe(1.2);
  });
});
