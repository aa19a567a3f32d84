// Quotes (見積り・カスタマイズ相談): asking about a service, and buying a quote.
import type { ProblemDef } from './types';

export const QUOTE_PROBLEMS = {
  'inquiry-own-service': {
    status: 409,
    ja: {
      title: '自分のサービスには相談できません',
      detail: 'ご自身が出品したサービスには、見積り・カスタマイズの相談はできません。',
    },
    en: { title: 'You cannot ask about your own service', detail: 'You are the seller of this service.' },
  },
  'buyer-unavailable': {
    status: 409,
    ja: {
      title: '相談者が見積りを受けられません',
      detail: '相談者は退会手続き中か、退会済みまたは利用停止中のため、見積りを送れません。',
    },
    en: {
      title: 'The buyer cannot receive quotes',
      detail: 'The buyer is leaving, has left or is suspended, so no quote can be sent.',
    },
  },
  'quote-bought': {
    status: 409,
    ja: {
      title: 'この見積りは購入済みです',
      detail: 'この見積りはすでに購入され、取引が始まっています。取引ページをご覧ください。',
    },
    en: {
      title: 'This quote has been bought',
      detail: 'This quote was already bought and its order has started. See the order page.',
    },
  },
  'quote-withdrawn': {
    status: 409,
    ja: {
      title: 'この見積りは取り下げられました',
      detail: '出品者がこの見積りを取り下げたため、購入できません。メッセージで新しい見積りを相談してください。',
    },
    en: {
      title: 'This quote was withdrawn',
      detail: 'The seller withdrew this quote, so it cannot be bought. Ask for a new quote in the messages.',
    },
  },
  'quote-expired': {
    status: 409,
    ja: {
      title: 'この見積りは有効期限が切れています',
      detail: '有効期限を過ぎた見積りは購入できません。メッセージで出品者に新しい見積りを依頼してください。',
    },
    en: {
      title: 'This quote has expired',
      detail: 'A quote past its valid-until date cannot be bought. Ask the seller for a new quote in the messages.',
    },
  },
} satisfies Record<string, ProblemDef>;
