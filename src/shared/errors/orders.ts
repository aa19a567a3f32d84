// Problems of buying a service (購入) and of its order (取引).
import type { ProblemDef } from './types';

export const ORDER_PROBLEMS = {
  'service-own': {
    status: 409,
    ja: { title: '自分のサービスは購入できません', detail: 'ご自身が出品したサービスは購入できません。' },
    en: { title: 'You cannot buy your own service', detail: 'You are the seller of this service.' },
  },
  'service-not-on-sale': {
    status: 409,
    ja: {
      title: 'このサービスは現在購入できません',
      detail: '出品者が受付を停止しているか、非公開にしています。受付が再開されると購入できます。',
    },
    en: {
      title: 'This service is not taking orders',
      detail: 'The seller has paused or hidden it. You can buy it once the seller takes orders again.',
    },
  },
  'service-capacity-full': {
    status: 409,
    ja: {
      title: '受注枠が埋まっています',
      detail:
        '出品者が同時に受けられる取引の数に達しています。いつ空くかは取引の進み具合によるため、お知らせできません。時間をおいてもう一度お試しいただくか、出品者にメッセージで相談してください。',
    },
    en: {
      title: 'The seller is fully booked',
      detail:
        'The seller has as many orders in progress as they take at once. When a slot frees up depends on those orders, so it cannot be said; try again later or ask the seller in a message.',
    },
  },
  'service-price-changed': {
    status: 409,
    ja: {
      title: 'お支払い金額が変わりました',
      detail: '確認画面を開いたあとに、出品者が価格を変更しました。新しい金額を確認してから、もう一度購入してください。',
    },
    en: {
      title: 'The total has changed',
      detail: 'The seller changed the price after you opened the confirmation. Check the new total and buy again.',
    },
  },
  'seller-unavailable': {
    status: 409,
    ja: {
      title: '出品者が取引を受けられません',
      detail: '出品者は退会手続き中か、退会済みまたは利用停止中のため、このサービスは購入できません。',
    },
    en: {
      title: 'The seller cannot take orders',
      detail: 'The seller is leaving, has left or is suspended, so this service cannot be bought.',
    },
  },
  'order-not-late': {
    status: 409,
    ja: {
      title: 'まだお届け予定日を過ぎていません',
      detail: 'お届け予定日を過ぎても納品がない場合に、翌日からキャンセルして全額の返金を受けられます。',
    },
    en: {
      title: 'The delivery date has not passed yet',
      detail: 'If nothing is delivered by the delivery date, you can cancel with a full refund from the next day.',
    },
  },
  'order-not-cancellable': {
    status: 409,
    ja: {
      title: 'この取引は遅延キャンセルできません',
      detail:
        '遅延によるキャンセルは、仮払い済みで納品がまだの取引だけが対象です。納品済みなら検収か修正依頼を、それ以外は取引ページの途中解消をご利用ください。',
    },
    en: {
      title: 'This order cannot be cancelled for lateness',
      detail:
        'Only a paid order with nothing delivered can be cancelled for lateness. Answer a delivery by accepting it or asking for a revision, or end the order early from its page.',
    },
  },
  'tip-buyer-only': {
    status: 403,
    ja: { title: 'おひねりを贈れるのは購入者だけです', detail: 'おひねりは、取引の購入者が出品者に贈るものです。' },
    en: { title: 'Only the buyer can send a tip', detail: 'A tip is sent by the buyer of an order to its seller.' },
  },
  'tip-not-open': {
    status: 409,
    ja: {
      title: 'この取引にはおひねりを贈れません',
      detail:
        'おひねりを贈れるのは、仮払いが済んで進行中の取引と、完了から30日以内の取引です。仮払い前、トラブル対応中、キャンセルや途中解消で終わった取引には贈れません。',
    },
    en: {
      title: 'This order takes no tips',
      detail:
        'A tip can be sent on an order in progress with its escrow paid, or within 30 days after it completed; not before the escrow is paid, during a dispute, or after the order was cancelled or ended early.',
    },
  },
  'tip-total-changed': {
    status: 409,
    ja: {
      title: 'お支払い金額が変わりました',
      detail: '確認画面を開いたあとに手数料が変わりました。新しい金額を確認してから、もう一度お支払いください。',
    },
    en: {
      title: 'The total has changed',
      detail: 'The fees changed after you opened the confirmation. Check the new total and pay again.',
    },
  },
  'tip-seller-unavailable': {
    status: 409,
    ja: {
      title: '出品者におひねりを贈れません',
      detail: '出品者は退会手続き中か、退会済みまたは利用停止中のため、おひねりを受け取れません。',
    },
    en: {
      title: 'The seller cannot receive tips',
      detail: 'The seller is leaving, has left or is suspended, so they cannot receive a tip.',
    },
  },
} satisfies Record<string, ProblemDef>;
