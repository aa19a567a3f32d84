// Request and response schemas of job postings and search.
import { z } from 'zod';
import { CATEGORY_KEYS, JOB_TAG_KEYS } from '../../domain/jobs/categories';
import { JOB_KINDS, JOB_STATUSES, LIMITS } from '../../domain/jobs/posting';
import { isoDate, isoDateTime, line, paragraph, typeError } from './fields';
import { WorkState } from './work';

const yen = (min: number, max: number) =>
  z.number({ error: typeError }).int({ error: 'not-integer' }).min(min, { error: 'too-small' }).max(max, { error: 'too-big' });

export const JobInput = z.strictObject({
  kind: z.enum(JOB_KINDS, { error: 'invalid-choice' }),
  title: line(LIMITS.titleMax, LIMITS.titleMin),
  description: paragraph(LIMITS.descriptionMax).refine((s) => [...s].length >= LIMITS.descriptionMin, {
    error: 'description-too-short',
  }),
  category: z.enum(CATEGORY_KEYS as [string, ...string[]], { error: 'invalid-choice' }),
  tags: z
    .array(z.enum(JOB_TAG_KEYS, { error: 'invalid-choice' }), { error: typeError })
    .max(LIMITS.tagsMax, { error: 'too-many' }),
  /** Application deadline (募集期限), ISO 8601 with time zone. */
  deadline: isoDateTime,
  /** Desired delivery date (希望納期), YYYY-MM-DD. */
  deliveryDate: isoDate.nullable(),
  budgetMin: yen(LIMITS.budgetMin, LIMITS.budgetMax).nullable(),
  budgetMax: yen(LIMITS.budgetMin, LIMITS.budgetMax).nullable(),
  hires: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(LIMITS.hiresMax, { error: 'too-big' })
    .nullable(),
  milestonesWished: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(LIMITS.milestonesMax, { error: 'too-big' })
    .nullable(),
  taskSlots: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(LIMITS.taskSlotsMax, { error: 'too-big' })
    .nullable(),
  taskUnitPrice: yen(LIMITS.taskUnitPriceMin, LIMITS.taskUnitPriceMax).nullable(),
  /**
   * Tasks: how many submissions one worker may make (1人あたりの提出上限), at most the
   * slots. Absent or null: 1 on a new posting, unchanged on an edit.
   */
  taskWorkerLimit: z
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(LIMITS.taskSlotsMax, { error: 'too-big' })
    .nullable()
    .optional(),
  taskInstructions: paragraph(4000).nullable(),
  prize: yen(LIMITS.prizeMin, LIMITS.prizeMax).nullable(),
  entryRules: paragraph(4000).nullable(),
  allowNoWinner: z.boolean({ error: typeError }),
  /** Publish now (募集開始) or keep as a draft (下書き). */
  publish: z.boolean({ error: typeError }),
});
export type JobInput = z.infer<typeof JobInput>;

export const ReopenBody = z.strictObject({ deadline: isoDateTime });

const Party = z.object({ username: z.string(), displayName: z.string(), withdrawn: z.boolean() });

export const JobSummary = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  status: z.enum(JOB_STATUSES),
  title: z.string(),
  excerpt: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  budget: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  deadline: z.string(),
  publishedAt: z.string().nullable(),
  client: Party,
});
export type JobSummary = z.infer<typeof JobSummary>;

export const JobDetail = JobSummary.extend({
  description: z.string(),
  deliveryDate: z.string().nullable(),
  budgetMin: z.number().int().nullable(),
  budgetMax: z.number().int().nullable(),
  hires: z.number().int().nullable(),
  milestonesWished: z.number().int().nullable(),
  taskSlots: z.number().int().nullable(),
  taskUnitPrice: z.number().int().nullable(),
  /** Tasks: submissions one worker may make (1人あたりの提出上限); null for other kinds. */
  taskWorkerLimit: z.number().int().nullable(),
  taskInstructions: z.string().nullable(),
  prize: z.number().int().nullable(),
  entryRules: z.string().nullable(),
  allowNoWinner: z.boolean(),
  closedAt: z.string().nullable(),
  closedReason: z.enum(['client', 'deadline', 'staff']).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  viewer: z.object({
    isOwner: z.boolean(),
    /** The viewer and the client blocked one another: no applying or scouting between them (who blocked is not said). */
    unavailable: z.boolean(),
  }),
  /** Task and competition postings: their escrow, slots, judging and result (null for projects). */
  work: WorkState.nullable(),
});
export type JobDetail = z.infer<typeof JobDetail>;

export const SEARCH_SORTS = ['new', 'budget', 'deadline'] as const;

export const JobSearchQuery = z.strictObject({
  q: z.string({ error: typeError }).max(100, { error: 'too-long' }).optional(),
  kind: z.enum(JOB_KINDS, { error: 'invalid-choice' }).optional(),
  /** A category or a parent category key. */
  category: z.string({ error: typeError }).max(40, { error: 'too-long' }).optional(),
  budgetMin: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(LIMITS.budgetMax, { error: 'too-big' })
    .optional(),
  budgetMax: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(0, { error: 'too-small' })
    .max(LIMITS.budgetMax, { error: 'too-big' })
    .optional(),
  /** Comma-separated tag keys; every one must be present. */
  tags: z.string({ error: typeError }).max(200, { error: 'too-long' }).optional(),
  /** Only postings whose deadline is on or before this date. */
  deadlineBefore: isoDate.optional(),
  sort: z.enum(SEARCH_SORTS, { error: 'invalid-choice' }).default('new'),
  page: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(100, { error: 'too-big' })
    .default(1),
  perPage: z.coerce
    .number({ error: typeError })
    .int({ error: 'not-integer' })
    .min(1, { error: 'too-small' })
    .max(50, { error: 'too-big' })
    .default(20),
});
export type JobSearchQuery = z.infer<typeof JobSearchQuery>;

export const JobSearchResult = z.object({
  items: z.array(JobSummary),
  /** Matches counted up to a cap; `totalCapped` means "at least this many". */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  perPage: z.number().int(),
});

export const MyJobsResult = z.object({
  items: z.array(
    JobSummary.extend({
      /** Applications to a project. */
      applicationCount: z.number().int(),
      /** A task's submissions (not withdrawn), and how many of them wait to be judged. */
      submissionCount: z.number().int(),
      pendingCount: z.number().int(),
      /** A competition's entries (not withdrawn). */
      entryCount: z.number().int(),
    }),
  ),
});
