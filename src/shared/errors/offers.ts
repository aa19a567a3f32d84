// Problems of offers (スカウト).
import type { ProblemDef } from './types';

export const OFFER_PROBLEMS = {
  'offer-pending': {
    status: 409,
    ja: {
      title: 'この方にはすでにオファーを送っています',
      detail: '同じ仕事への返事を待っているオファーがあります。返事を待つか、オファーを取り消してから送り直してください。',
    },
    en: {
      title: 'An offer is already waiting',
      detail: 'This worker has not answered your offer for this job yet. Wait, or cancel it and send again.',
    },
  },
  'offer-transition-invalid': {
    status: 409,
    ja: {
      title: 'このオファーは現在の状態では操作できません',
      detail: 'オファーの状態が変わったため、操作できませんでした。ページを再読み込みして確認してください。',
    },
    en: {
      title: 'Not possible in the current state',
      detail: 'The offer has changed state. Reload to see it.',
    },
  },
  'worker-unavailable': {
    status: 409,
    ja: {
      title: 'この会員にはオファーを送れません',
      detail: 'この会員は退会済みか利用停止中のため、オファーを送れません。',
    },
    en: {
      title: 'This member cannot receive offers',
      detail: 'This member has withdrawn or is suspended.',
    },
  },
} satisfies Record<string, ProblemDef>;
