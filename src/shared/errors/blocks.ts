// Problems of blocking between members and of staff flags. The refusal after a block says
// neither who blocked whom nor that a block exists: only that the two cannot deal now,
// and what is still open to the reader.
import type { ProblemDef } from './types';

export const BLOCK_PROBLEMS = {
  'member-unavailable': {
    status: 403,
    ja: {
      title: 'この会員とは現在お取引できません',
      detail:
        'この会員とは、応募・スカウト・メッセージ・見積り相談・購入ができない状態です。ほかの仕事やサービスをお探しください。進行中の契約や取引は、その契約のページから続けられます。',
    },
    en: {
      title: 'You cannot deal with this member at the moment',
      detail:
        'Applying, scouting, messaging, asking for a quote and buying are not available between you and this member. Please look for other jobs or services. Contracts and orders in progress continue on their own pages.',
    },
  },
  'block-self': {
    status: 422,
    ja: { title: '自分をブロックすることはできません', detail: 'ブロックできるのは、ほかの会員です。' },
    en: { title: 'You cannot block yourself', detail: 'Only other members can be blocked.' },
  },
  'block-staff': {
    status: 422,
    ja: {
      title: '運営スタッフのアカウントはブロックできません',
      detail: '運営からの連絡でお困りのことがあれば、お問い合わせ窓口からご連絡ください。',
    },
    en: {
      title: 'Staff accounts cannot be blocked',
      detail: 'If contact from the operator troubles you, please tell us through the contact form.',
    },
  },
  'flag-resolved': {
    status: 409,
    ja: {
      title: 'このフラグは対応済みです',
      detail: 'ほかのスタッフがすでに対応しました。一覧を読み込み直して、残っているフラグを確認してください。',
    },
    en: {
      title: 'This flag has already been resolved',
      detail: 'Another staff member resolved it. Reload the list to see the flags still open.',
    },
  },
} satisfies Record<string, ProblemDef>;
