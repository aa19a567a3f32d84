// Problems of discovery (favourites, saved searches).
import type { ProblemDef } from './types';

export const DISCOVERY_PROBLEMS = {
  'favourite-self': {
    status: 422,
    ja: {
      title: '自分をお気に入りにはできません',
      detail: 'お気に入りに追加できるのは、ほかの会員、仕事とサービスです。',
    },
    en: {
      title: 'You cannot add yourself to favourites',
      detail: 'Favourites are for other members, jobs and services.',
    },
  },
  'saved-search-limit': {
    status: 422,
    ja: {
      title: '保存できる検索条件の数を超えています',
      detail: '保存できる検索条件は20件までです。使わなくなった条件を削除してから保存してください。',
    },
    en: {
      title: 'Too many saved searches',
      detail: 'You can keep up to 20 saved searches. Delete one you no longer use first.',
    },
  },
  'saved-search-duplicate': {
    status: 409,
    ja: {
      title: '同じ条件の検索がすでに保存されています',
      detail: 'この条件は保存済みです。名前やメール通知の設定は、マイページの「保存した検索条件」で変えられます。',
    },
    en: {
      title: 'This search is already saved',
      detail:
        'You saved a search with the same conditions before. Rename it or change its notices under Saved searches on My page.',
    },
  },
  'saved-search-empty': {
    status: 422,
    ja: {
      title: '検索条件がありません',
      detail: 'キーワードか絞り込みの条件を1つ以上指定してから保存してください。',
    },
    en: {
      title: 'The search has no conditions',
      detail: 'Enter a keyword or choose at least one filter before saving the search.',
    },
  },
} satisfies Record<string, ProblemDef>;
