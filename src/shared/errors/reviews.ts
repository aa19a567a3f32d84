// Problems of reviews.
import type { ProblemDef } from './types';

export const REVIEW_PROBLEMS = {
  'review-not-open': {
    status: 409,
    ja: {
      title: 'まだ評価できません',
      detail: '評価は契約が完了または途中終了してから書けます。',
    },
    en: {
      title: 'Reviews are not open yet',
      detail: 'You can review once the contract has completed or ended.',
    },
  },
  'review-exists': {
    status: 409,
    ja: {
      title: 'この契約の評価は送信済みです',
      detail: '評価は契約ごとに1回だけ送れます。公平のため、送信後は変更できません。',
    },
    en: {
      title: 'You have already reviewed this contract',
      detail: 'Each side reviews a contract once; reviews cannot be changed after sending.',
    },
  },
} satisfies Record<string, ProblemDef>;
