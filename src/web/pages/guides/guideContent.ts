// What each guide shows: its numbered points and the live searches it lists, so a guide never
// goes stale — its lists are the marketplace's own open postings at the moment it is read.

import type { guidesJa } from '../../i18n/areas/guides.ja';
import { emptySearch, type SearchState } from '../jobs/searchState';
import type { Persona } from './personas';

/** A live list on a guide: open postings found by a job search, with a link to the whole search. */
export interface GuideJobList {
  /** The key of the list's heading and note in the guide's texts. */
  key: keyof typeof guidesJa.guides.lists;
  search: SearchState;
}

const search = (filters: Partial<SearchState>): SearchState => ({ ...emptySearch(), ...filters });

/** What each guide lists, first the closest match. */
export const GUIDE_LISTS: Record<Persona, GuideJobList[]> = {
  beginners: [
    { key: 'beginnerTasks', search: search({ kind: 'task', tags: ['beginner'] }) },
    { key: 'noExperience', search: search({ tags: ['no-experience'] }) },
  ],
  'at-home': [
    { key: 'spareTime', search: search({ tags: ['spare-time'] }) },
    { key: 'remoteProjects', search: search({ kind: 'project', tags: ['remote'] }) },
  ],
  specialists: [
    { key: 'bigProjects', search: search({ kind: 'project', sort: 'budget' }) },
    { key: 'competitions', search: search({ kind: 'competition', sort: 'budget' }) },
  ],
  clients: [],
};

/** How many postings a guide's list shows before its link to the whole search. */
export const GUIDE_LIST_SIZE = 3;

/** The guides that make numbered points (`guides.<persona>.points`); the client's guide compares methods instead. */
export type PointedPersona = Exclude<Persona, 'clients'>;
export const GUIDE_POINTS = ['one', 'two', 'three'] as const;

export function hasPoints(persona: Persona): persona is PointedPersona {
  return persona !== 'clients';
}
