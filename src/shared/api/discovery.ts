// Request and response schemas of discovery: finding workers and favourites.
import { z } from 'zod';
import { FAVOURITE_KINDS } from '../../domain/discovery/favourites';
import { WORKER_ACTIONS, WORKER_SORTS } from '../../domain/discovery/workers';
import { OCCUPATION_KEYS, PREFECTURE_CODES } from '../labels';
import { typeError } from './fields';
import { JobSummary } from './jobs';
import { ServiceCard } from './services';

const page = z.coerce
  .number({ error: typeError })
  .int({ error: 'not-integer' })
  .min(1, { error: 'too-small' })
  .max(100, { error: 'too-big' })
  .default(1);

export const WorkerSearchQuery = z.strictObject({
  /** Keywords, found in the name, username, skills and self-introduction (AND). */
  q: z.string({ error: typeError }).max(100, { error: 'too-long' }).optional(),
  /** A category or a parent category key: members who completed a contract in it. */
  category: z.string({ error: typeError }).max(40, { error: 'too-long' }).optional(),
  /** One skill, as the member wrote it (case and width do not matter). */
  skill: z.string({ error: typeError }).max(50, { error: 'too-long' }).optional(),
  prefecture: z.enum(PREFECTURE_CODES, { error: 'invalid-choice' }).optional(),
  /** `true`: only members who work from home only (在宅のみ). */
  homeOnly: z.enum(['true', 'false'], { error: 'invalid-choice' }).optional(),
  sort: z.enum(WORKER_SORTS, { error: 'invalid-choice' }).default('rating'),
  page,
  perPage: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(50, { error: 'too-big' })
    .default(20),
});
export type WorkerSearchQuery = z.infer<typeof WorkerSearchQuery>;

export const WorkerCard = z.object({
  username: z.string(),
  displayName: z.string(),
  occupation: z.enum(OCCUPATION_KEYS).nullable(),
  skills: z.array(z.string()),
  prefecture: z.string().nullable(),
  homeOnly: z.boolean(),
  /** Revealed reviews received as a worker: the mean of the five items, and how many. */
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  completedAsWorker: z.number().int(),
  memberSince: z.string(),
  /** What the viewer may do: `scout` (an offer for one of their open projects). */
  actions: z.array(z.enum(WORKER_ACTIONS)),
});
export type WorkerCard = z.infer<typeof WorkerCard>;

export const WorkerSearchResult = z.object({
  items: z.array(WorkerCard),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
});
export type WorkerSearchResult = z.infer<typeof WorkerSearchResult>;

export const FavouriteParams = z.object({
  kind: z.enum(FAVOURITE_KINDS, { error: 'invalid-choice' }),
  /** A posting's or a service's id, or a member's username. */
  id: z.string().min(1).max(64),
});

export const FavouriteState = z.object({ kind: z.enum(FAVOURITE_KINDS), id: z.string(), favourite: z.boolean() });

export const FavouritesQuery = z.strictObject({
  kind: z.enum(FAVOURITE_KINDS, { error: 'invalid-choice' }).optional(),
  page,
});

export const FavouriteItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('job'), savedAt: z.string(), job: JobSummary }),
  z.object({ kind: z.literal('service'), savedAt: z.string(), service: ServiceCard }),
  z.object({ kind: z.literal('member'), savedAt: z.string(), member: WorkerCard.omit({ actions: true }) }),
]);
export type FavouriteItem = z.infer<typeof FavouriteItem>;

export const FavouritesResult = z.object({
  items: z.array(FavouriteItem),
  page: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int(),
});
export type FavouritesResult = z.infer<typeof FavouritesResult>;
