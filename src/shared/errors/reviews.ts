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
  'review-answer-not-seller': {
    status: 403,
    ja: {
      title: 'この評価には返信できません',
      detail: '返信できるのは、サービスの取引で購入者が書いた評価に対する、そのサービスの出品者だけです。',
    },
    en: {
      title: 'You cannot answer this review',
      detail: "Only the seller of the service can answer the buyer's review of an order of it.",
    },
  },
  'review-answer-not-revealed': {
    status: 409,
    ja: {
      title: '評価が公開されるまで返信できません',
      detail: '評価は双方が書き終えるか、評価期間が過ぎると公開されます。公開後にもう一度お試しください。',
    },
    en: {
      title: 'The review is not shown yet',
      detail: 'Reviews are shown once both sides have written theirs or the review period has passed. Answer it then.',
    },
  },
  'review-answer-exists': {
    status: 409,
    ja: {
      title: 'この評価には返信済みです',
      detail: '返信は評価ごとに1回だけで、送信後は変更できません。',
    },
    en: {
      title: 'You have already answered this review',
      detail: 'Each review can be answered once, and an answer cannot be changed after sending.',
    },
  },
} satisfies Record<string, ProblemDef>;
