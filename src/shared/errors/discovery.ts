// Problems of discovery (favourites).
import type { ProblemDef } from './types';

export const DISCOVERY_PROBLEMS = {
  'favourite-self': {
    status: 422,
    ja: {
      title: '自分をお気に入りにはできません',
      detail: 'お気に入りに追加できるのは、ほかの会員と仕事です。',
    },
    en: {
      title: 'You cannot add yourself to favourites',
      detail: 'Favourites are for other members and for jobs.',
    },
  },
} satisfies Record<string, ProblemDef>;
