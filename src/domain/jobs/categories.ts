// The fixed category tree of job postings (and later skill services), modelled on what
// Japanese crowdsourcing users know. Keys are stable; labels are for display.

type Label = { ja: string; en: string };

export const CATEGORY_TREE: Record<string, { label: Label; children: Record<string, Label> }> = {
  writing: {
    label: { ja: 'ライティング', en: 'Writing' },
    children: {
      'writing-article': { ja: '記事・ブログ作成', en: 'Articles and blogs' },
      'writing-seo': { ja: 'SEOライティング', en: 'SEO writing' },
      'writing-review': { ja: 'レビュー・体験談', en: 'Reviews and testimonials' },
      'writing-copy': { ja: 'キャッチコピー・ネーミング', en: 'Copy and naming' },
    },
  },
  design: {
    label: { ja: 'デザイン', en: 'Design' },
    children: {
      'design-logo': { ja: 'ロゴ作成', en: 'Logos' },
      'design-banner': { ja: 'バナー・広告', en: 'Banners and ads' },
      'design-illustration': { ja: 'イラスト', en: 'Illustration' },
      'design-web': { ja: 'Webデザイン', en: 'Web design' },
    },
  },
  development: {
    label: { ja: '開発', en: 'Development' },
    children: {
      'dev-web': { ja: 'Webサイト・システム開発', en: 'Websites and systems' },
      'dev-app': { ja: 'アプリ開発', en: 'Apps' },
      'dev-wordpress': { ja: 'WordPress', en: 'WordPress' },
      'dev-automation': { ja: '業務効率化・ツール', en: 'Automation and tools' },
    },
  },
  translation: {
    label: { ja: '翻訳', en: 'Translation' },
    children: {
      'translation-en-ja': { ja: '英語翻訳', en: 'English ↔ Japanese' },
      'translation-zh-ja': { ja: '中国語翻訳', en: 'Chinese ↔ Japanese' },
      'translation-other': { ja: 'その他の言語', en: 'Other languages' },
    },
  },
  data: {
    label: { ja: 'データ入力', en: 'Data entry' },
    children: {
      'data-entry': { ja: 'データ入力', en: 'Data entry' },
      'data-research': { ja: 'リサーチ・調査', en: 'Research' },
      'data-transcription': { ja: '文字起こし', en: 'Transcription' },
    },
  },
  video: {
    label: { ja: '動画', en: 'Video' },
    children: {
      'video-edit': { ja: '動画編集', en: 'Video editing' },
      'video-youtube': { ja: 'YouTube動画', en: 'YouTube videos' },
      'video-animation': { ja: 'アニメーション', en: 'Animation' },
    },
  },
  office: {
    label: { ja: '事務・アシスタント', en: 'Office and assistance' },
    children: {
      'office-assistant': { ja: 'オンラインアシスタント', en: 'Online assistant' },
      'office-support': { ja: 'カスタマーサポート', en: 'Customer support' },
      'office-accounting': { ja: '経理・会計', en: 'Bookkeeping' },
    },
  },
};

export const CATEGORY_KEYS: string[] = Object.values(CATEGORY_TREE).flatMap((c) => Object.keys(c.children));

export function categoryLabel(key: string, lang: 'ja' | 'en'): string | undefined {
  for (const parent of Object.values(CATEGORY_TREE)) {
    const child = parent.children[key];
    if (child) return child[lang];
  }
  return undefined;
}

/** The parent key of a category (e.g. 'writing' for 'writing-seo'). */
export function categoryParent(key: string): string | undefined {
  return Object.entries(CATEGORY_TREE).find(([, p]) => key in p.children)?.[0];
}

export const JOB_TAGS = {
  beginner: { ja: '初心者歓迎', en: 'Beginners welcome' },
  remote: { ja: '在宅OK', en: 'Work from home' },
  'spare-time': { ja: 'スキマ時間', en: 'Spare time' },
  homemaker: { ja: '主婦歓迎', en: 'Homemakers welcome' },
  student: { ja: '学生歓迎', en: 'Students welcome' },
  'long-term': { ja: '長期歓迎', en: 'Long term' },
  urgent: { ja: '急募', en: 'Urgent' },
  'no-experience': { ja: '未経験OK', en: 'No experience needed' },
} as const;
export type JobTag = keyof typeof JOB_TAGS;
export const JOB_TAG_KEYS = Object.keys(JOB_TAGS) as [JobTag, ...JobTag[]];
