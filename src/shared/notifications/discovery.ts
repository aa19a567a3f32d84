// Notices of discovery: a new posting or service matched a saved search (保存した検索条件).
import { notice } from './types';

export const discoveryNotices = {
  /** `itemKind`: a posting (`job`) or a service. */
  'saved_search.matched': notice<{ searchName: string; itemKind: 'job' | 'service'; itemTitle: string }>({
    ja: (p) => ({
      title: `「${p.searchName}」に合う${p.itemKind === 'job' ? '仕事' : 'サービス'}が見つかりました`,
      body: `保存した検索条件「${p.searchName}」に合う${p.itemKind === 'job' ? '仕事' : 'サービス'}「${p.itemTitle}」が公開されました。`,
    }),
    en: (p) => ({
      title: `A new ${p.itemKind === 'job' ? 'job' : 'service'} matches "${p.searchName}"`,
      body: `"${p.itemTitle}" was just published and matches your saved search "${p.searchName}".`,
    }),
  }),
};
