// Notices about quotes (見積り・カスタマイズ相談): a buyer asked the seller about a service,
// the seller sent a quote, withdrew it, or it expired unbought.
import { yenEn, yenJa } from './format';
import { notice } from './types';

export const quoteNotices = {
  /** To the seller: a buyer asks about the service (the first message is in the thread). */
  'quote.requested': notice<{ title: string }>({
    ja: (p) => ({
      title: `「${p.title}」に見積り・カスタマイズの相談が届きました`,
      body: '購入を検討している方から相談が届きました。メッセージを読んで、返信するか見積りを送ってください。',
    }),
    en: (p) => ({
      title: `A quote request for "${p.title}"`,
      body: 'Someone considering your service asked about it. Read the message and reply, or send a quote.',
    }),
  }),
  /** To the buyer: the seller quoted. */
  'quote.sent': notice<{ title: string; price: number; deliveryDays: number; validUntil: string }>({
    ja: (p) => ({
      title: `「${p.title}」の見積りが届きました`,
      body: `${yenJa(p.price)}(税込)、お届けまで${p.deliveryDays}日の見積りです。${p.validUntil} まで購入できます。`,
    }),
    en: (p) => ({
      title: `A quote for "${p.title}"`,
      body: `${yenEn(p.price)} incl. tax, delivered in ${p.deliveryDays} days. You can buy it until ${p.validUntil}.`,
    }),
  }),
  /** To the buyer: the seller withdrew an open quote. */
  'quote.withdrawn': notice<{ title: string; price: number }>({
    ja: (p) => ({
      title: `「${p.title}」の見積りが取り下げられました`,
      body: `出品者が ${yenJa(p.price)}(税込)の見積りを取り下げました。この見積りは購入できません。`,
    }),
    en: (p) => ({
      title: `The quote for "${p.title}" was withdrawn`,
      body: `The seller withdrew the quote of ${yenEn(p.price)} incl. tax. It can no longer be bought.`,
    }),
  }),
  /** To both sides: the quote passed its valid-until date unbought. */
  'quote.expired': notice<{ title: string; price: number; validUntil: string }>({
    ja: (p) => ({
      title: `「${p.title}」の見積りの有効期限が切れました`,
      body: `${yenJa(p.price)}(税込)の見積りは、有効期限(${p.validUntil})までに購入されませんでした。必要ならメッセージで新しい見積りを相談してください。`,
    }),
    en: (p) => ({
      title: `The quote for "${p.title}" expired`,
      body: `The quote of ${yenEn(p.price)} incl. tax was not bought by ${p.validUntil}. Ask for a new one in the messages if needed.`,
    }),
  }),
};
