// The articles of the terms (利用規約, src/web/pages/terms) a moderation action may cite.
// Every outcome of a report, every warning, removal and restriction names one of these,
// so a member always learns which rule was applied.

export const TERMS_ARTICLES = [
  {
    id: 'art7',
    ja: '第7条(直接取引の禁止)',
    en: 'Article 7 (No direct dealing)',
    summaryJa:
      'サービスを通じて知り合った相手と、サービスを介さずに契約や支払い、そのための連絡先の交換をすることは禁止されています。',
    summaryEn: 'Contracting, paying or exchanging contact details outside the service with someone met through it is forbidden.',
  },
  {
    id: 'art8',
    ja: '第8条(禁止事項)',
    en: 'Article 8 (Prohibited conduct)',
    summaryJa: '法令や公序良俗に反する行為、詐欺、嫌がらせ、不適切な内容の掲載などは禁止されています。',
    summaryEn: 'Unlawful conduct, fraud, harassment and inappropriate content are forbidden.',
  },
  {
    id: 'art10',
    ja: '第10条(利用停止等)',
    en: 'Article 10 (Suspension and other measures)',
    summaryJa: '規約に違反した場合、または違反のおそれがあると合理的に判断した場合、利用停止その他必要な措置がとられます。',
    summaryEn: 'A breach or a reasonably suspected breach of the terms may lead to suspension or other measures.',
  },
] as const;

export type TermsArticleId = (typeof TERMS_ARTICLES)[number]['id'];
export const TERMS_ARTICLE_IDS = TERMS_ARTICLES.map((a) => a.id) as unknown as readonly [TermsArticleId, ...TermsArticleId[]];

export function termsArticle(id: string) {
  return TERMS_ARTICLES.find((a) => a.id === id) ?? null;
}
