// Notices about service orders (取引): a new order for the seller, an order paid, a late
// order the buyer cancelled, a tip (おひねり) received, and the seller's answer to a review.
import { yenEn, yenJa } from './format';
import { notice } from './types';

export const orderNotices = {
  /** To the seller: `paid` when the escrow is already paid (card), else a bank transfer is awaited. */
  'order.placed': notice<{ title: string; packageName: string; price: number; deliveryDate: string; paid: boolean }>({
    ja: (p) => ({
      title: `「${p.title}」が購入されました`,
      body: `${p.packageName}(${yenJa(p.price)} 税込)のご購入です。お届け予定日は ${p.deliveryDate} です。${
        p.paid
          ? '仮払いは済んでいます。取引ページで購入者の情報を確認して、作業を始めてください。'
          : '購入者の銀行振込による仮払いを待っています。仮払いが済むまで作業を始めないでください。'
      }`,
    }),
    en: (p) => ({
      title: `Your service "${p.title}" was bought`,
      body: `${p.packageName} (${yenEn(p.price)} incl. tax). Delivery is due on ${p.deliveryDate}. ${
        p.paid
          ? 'The escrow is paid: read what the buyer sent on the order page and start working.'
          : 'The buyer is paying into escrow by bank transfer; do not start before it is confirmed.'
      }`,
    }),
  }),
  /** To the seller: the buyer cancelled an order not delivered by its date, and was refunded. */
  'order.cancelled_late': notice<{ title: string; deliveryDate: string }>({
    ja: (p) => ({
      title: `「${p.title}」の取引が納品遅延によりキャンセルされました`,
      body: `お届け予定日(${p.deliveryDate})を過ぎても納品がなかったため、購入者が取引をキャンセルしました。仮払い金は全額購入者に返金されました。`,
    }),
    en: (p) => ({
      title: `The order for "${p.title}" was cancelled for late delivery`,
      body: `Nothing was delivered by the delivery date (${p.deliveryDate}), so the buyer cancelled the order. The escrow was refunded to the buyer in full.`,
    }),
  }),
  /** To the seller: the buyer's tip is paid (card at once, a transfer once staff confirm it). */
  'tip.received': notice<{ title: string; amount: number; net: number; message: string | null }>({
    ja: (p) => ({
      title: `「${p.title}」の購入者からおひねりが届きました`,
      body: `おひねり ${yenJa(p.amount)} が届き、手数料を差し引いた ${yenJa(p.net)} が報酬残高に入りました。${
        p.message ? `\n購入者からのメッセージ: ${p.message}` : ''
      }`,
    }),
    en: (p) => ({
      title: `The buyer of "${p.title}" sent you a tip`,
      body: `A tip of ${yenEn(p.amount)} arrived; ${yenEn(p.net)} after fees has been added to your earnings balance.${
        p.message ? `\nThe buyer's message: ${p.message}` : ''
      }`,
    }),
  }),
  /** To the buyer who reviewed an order: the seller answered (返信) their review. */
  'review.answered': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」の評価に出品者から返信がありました`,
      body: 'あなたが書いた評価に出品者が返信しました。取引ページで確認できます。',
    }),
    en: (p) => ({
      title: `The seller answered your review of "${p.title}"`,
      body: 'The seller has answered the review you wrote. You can read it on the order page.',
    }),
  }),
};
