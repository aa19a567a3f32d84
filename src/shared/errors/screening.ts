// Screening (直接取引の防止): a text with contact details or an invitation to deal outside
// the marketplace, and the staff review of one its author sent anyway.
import type { ProblemDef } from './types';

export const SCREENING_PROBLEMS = {
  'contact-details-detected': {
    status: 422,
    ja: {
      title: '連絡先や外部での取引の誘いが含まれています',
      detail:
        '利用規約 第7条(直接取引の禁止)により、連絡先の交換やサービス外での取引の誘いは送れません。該当する部分を修正するか、理由を添えてスタッフに確認を依頼してください。',
    },
    en: {
      title: 'This contains contact details or an invitation to deal outside',
      detail:
        'The terms (article 7, no direct dealing) do not allow exchanging contact details or inviting a deal outside the marketplace. Edit the parts shown, or ask staff to review it with a reason.',
    },
  },
  'screening-review-invalid': {
    status: 400,
    ja: {
      title: '確認依頼の理由を読み取れません',
      detail: 'スタッフへの確認依頼には、1〜1000文字の理由を添えてください。',
    },
    en: {
      title: 'The reason for the review could not be read',
      detail: 'A request for staff review needs a reason of 1 to 1000 characters.',
    },
  },
  'held-item-decided': {
    status: 409,
    ja: {
      title: 'この確認待ちの投稿はすでに判断されています',
      detail: '別のスタッフがすでに承認または却下しました。一覧を更新してください。',
    },
    en: {
      title: 'This held item was already decided',
      detail: 'Another staff member approved or rejected it already. Reload the list.',
    },
  },
  'contact-request-open': {
    status: 409,
    ja: {
      title: 'この契約には確認待ちのサービス外連絡申請があります',
      detail: '1つの契約につき、確認待ちの申請は1件までです。スタッフの判断をお待ちください。',
    },
    en: {
      title: 'This contract already has a contact request waiting',
      detail: 'A contract has at most one request waiting for staff. Please wait for their decision.',
    },
  },
  'contact-already-allowed': {
    status: 409,
    ja: {
      title: 'この契約では連絡先の交換がすでに認められています',
      detail: 'スタッフが承認済みのため、この契約のメッセージでは連絡先を送れます。新たな申請は不要です。',
    },
    en: {
      title: 'Contact details are already allowed in this contract',
      detail: 'Staff approved a request: contact details can be sent in this contract’s messages. No new request is needed.',
    },
  },
  'contact-request-decided': {
    status: 409,
    ja: {
      title: 'この申請はすでに判断されています',
      detail: '別のスタッフがすでに承認または却下しました。一覧を更新してください。',
    },
    en: {
      title: 'This request was already decided',
      detail: 'Another staff member approved or rejected it already. Reload the list.',
    },
  },
} satisfies Record<string, ProblemDef>;
