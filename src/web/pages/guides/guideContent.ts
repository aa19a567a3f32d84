// What each guide shows: its numbered points and the live searches it lists, so a guide never
// goes stale — its lists are the marketplace's own open postings at the moment it is read.

import type { guidesJa } from '../../i18n/areas/guides.ja';
import { emptySearch, type SearchState } from '../jobs/searchState';
import { EMPTY_SEARCH as EMPTY_SERVICE_SEARCH, type ServiceSearchState } from '../services/serviceSearchState';
import type { Persona } from './personas';

/** The key of a list's heading and note in the guides' texts. */
type ListKey = keyof typeof guidesJa.guides.lists;

/**
 * A live list on a guide, with a link to the whole search: open postings found by a job
 * search, or services found by a service search.
 */
export type GuideList =
  | { key: ListKey; source: 'jobs'; search: SearchState }
  | { key: ListKey; source: 'services'; search: ServiceSearchState };

const jobs = (key: ListKey, filters: Partial<SearchState>): GuideList => ({
  key,
  source: 'jobs',
  search: { ...emptySearch(), ...filters },
});
const services = (key: ListKey, filters: Partial<ServiceSearchState>): GuideList => ({
  key,
  source: 'services',
  search: { ...EMPTY_SERVICE_SEARCH, ...filters },
});

/** What each guide lists, first the closest match. */
export const GUIDE_LISTS: Record<Persona, GuideList[]> = {
  beginners: [jobs('beginnerTasks', { kind: 'task', tags: ['beginner'] }), jobs('noExperience', { tags: ['no-experience'] })],
  'at-home': [jobs('spareTime', { tags: ['spare-time'] }), jobs('remoteProjects', { kind: 'project', tags: ['remote'] })],
  specialists: [
    services('popularServices', { sort: 'popular' }),
    jobs('bigProjects', { kind: 'project', sort: 'budget' }),
    jobs('competitions', { kind: 'competition', sort: 'budget' }),
  ],
  clients: [services('topRatedServices', { sort: 'rating' })],
};

/** How many postings a guide's list shows before its link to the whole search. */
export const GUIDE_LIST_SIZE = 3;

/** The guides that make numbered points (`guides.<persona>.points`); the client's guide compares methods instead. */
export type PointedPersona = Exclude<Persona, 'clients'>;
export const GUIDE_POINTS = ['one', 'two', 'three'] as const;

export function hasPoints(persona: Persona): persona is PointedPersona {
  return persona !== 'clients';
}
