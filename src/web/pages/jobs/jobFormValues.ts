// What the posting form holds (the fields as typed), what it sends (the shared JobInput)
// and the checks made before sending: the shared schema, the numbers as typed and the
// cross-field rules of the domain, with the messages the server would give.
import { JOB_TAG_KEYS, type JobTag } from '../../../domain/jobs/categories';
import { checkPosting, type JobKind } from '../../../domain/jobs/posting';
import { splitPrize, splitTaskUnit } from '../../../domain/jobs/work-money';
import type { FeeSchedule } from '../../../domain/money/fees';
import { type JobDetail, JobInput } from '../../../shared/api/jobs';
import { fieldMessage, type Lang } from '../../../shared/errors';
import { fromDateTimeLocal, parseWholeNumber, toDateTimeLocal } from '../../lib/input';
import { type FieldErrors, pointerToKey, schemaErrors } from '../../lib/validate';

/** What the client asked for with the button they pressed. */
export type SaveIntent = 'draft' | 'publish' | 'pay' | 'save';

/** The form's fields, named as the API names them so the server's errors land on them. */
export interface JobFormValues {
  kind: JobKind | null;
  title: string;
  description: string;
  category: string;
  tags: JobTag[];
  deadline: string;
  deliveryDate: string;
  budgetMin: string;
  budgetMax: string;
  hires: string;
  milestonesWished: string;
  taskUnitPrice: string;
  taskSlots: string;
  taskWorkerLimit: string;
  taskInstructions: string;
  prize: string;
  entryRules: string;
  allowNoWinner: boolean;
}

const COMMON_FIELDS = ['kind', 'title', 'description', 'category', 'tags', 'deadline', 'deliveryDate', 'publish'];
const KIND_FIELDS: Record<JobKind, string[]> = {
  project: ['budgetMin', 'budgetMax', 'hires', 'milestonesWished'],
  task: ['taskUnitPrice', 'taskSlots', 'taskWorkerLimit', 'taskInstructions'],
  competition: ['prize', 'entryRules', 'allowNoWinner'],
};

/** The fields the form shows for a kind; errors for any other are listed in the alert. */
export function jobFormFields(kind: JobKind | null): string[] {
  return kind ? [...COMMON_FIELDS, ...KIND_FIELDS[kind]] : COMMON_FIELDS;
}

const text = (n: number | null) => (n === null ? '' : String(n));

function isJobTag(value: string): value is JobTag {
  return (JOB_TAG_KEYS as readonly string[]).includes(value);
}

/** The form filled in with the posting being edited, or empty for a new one. */
export function jobFormDefaults(initial: JobDetail | null): JobFormValues {
  return {
    kind: initial?.kind ?? null,
    title: initial?.title ?? '',
    description: initial?.description ?? '',
    category: initial?.category ?? '',
    tags: initial?.tags.filter(isJobTag) ?? [],
    deadline: initial ? toDateTimeLocal(initial.deadline) : '',
    deliveryDate: initial?.deliveryDate ?? '',
    budgetMin: text(initial?.budgetMin ?? null),
    budgetMax: text(initial?.budgetMax ?? null),
    hires: initial ? text(initial.hires) : '1',
    milestonesWished: text(initial?.milestonesWished ?? null),
    taskUnitPrice: text(initial?.taskUnitPrice ?? null),
    taskSlots: text(initial?.taskSlots ?? null),
    taskWorkerLimit: text(initial?.taskWorkerLimit ?? 1),
    taskInstructions: initial?.taskInstructions ?? '',
    prize: text(initial?.prize ?? null),
    entryRules: initial?.entryRules ?? '',
    allowNoWinner: initial?.allowNoWinner ?? false,
  };
}

/** Tasks and competitions are paid up front: their drafts go on to 仮払い rather than being published here. */
export function paidUpFront(kind: JobKind | null): boolean {
  return kind === 'task' || kind === 'competition';
}

/** The request body for the values; numbers that are not whole numbers are reported in `numberErrors`. */
export function toJobInput(v: JobFormValues, publish: boolean, lang: Lang): { body: JobInput; numberErrors: FieldErrors } {
  const numberErrors: FieldErrors = {};
  const num = (value: string, key: string): number | null => {
    const n = parseWholeNumber(value);
    if (n === 'invalid') {
      numberErrors[key] = fieldMessage('not-integer', lang);
      return null;
    }
    return n;
  };
  const optionalText = (value: string) => (value.trim() === '' ? null : value);
  const { kind } = v;
  const body: JobInput = {
    kind: kind ?? ('' as JobKind),
    title: v.title,
    description: v.description,
    category: v.category,
    tags: v.tags,
    deadline: fromDateTimeLocal(v.deadline) ?? v.deadline,
    deliveryDate: v.deliveryDate === '' ? null : v.deliveryDate,
    budgetMin: kind === 'project' ? num(v.budgetMin, 'budgetMin') : null,
    budgetMax: kind === 'project' ? num(v.budgetMax, 'budgetMax') : null,
    hires: kind === 'project' ? num(v.hires, 'hires') : null,
    milestonesWished: kind === 'project' ? num(v.milestonesWished, 'milestonesWished') : null,
    taskSlots: kind === 'task' ? num(v.taskSlots, 'taskSlots') : null,
    taskUnitPrice: kind === 'task' ? num(v.taskUnitPrice, 'taskUnitPrice') : null,
    taskWorkerLimit: kind === 'task' ? num(v.taskWorkerLimit, 'taskWorkerLimit') : null,
    taskInstructions: kind === 'task' ? optionalText(v.taskInstructions) : null,
    prize: kind === 'competition' ? num(v.prize, 'prize') : null,
    entryRules: kind === 'competition' ? optionalText(v.entryRules) : null,
    allowNoWinner: kind === 'competition' ? v.allowNoWinner : false,
    publish,
  };
  return { body, numberErrors };
}

export interface JobCheckContext {
  initial: JobDetail | null;
  intent: SaveIntent;
  lang: Lang;
  now: Date;
}

/** Every mistake in the values, before sending, with the server's messages. */
export function checkJobForm(v: JobFormValues, { initial, intent, lang, now }: JobCheckContext): FieldErrors {
  const { body, numberErrors } = toJobInput(v, intent === 'publish', lang);
  const errors: FieldErrors = { ...schemaErrors(JobInput, body, lang), ...numberErrors };
  if (v.deadline === '') errors.deadline = fieldMessage('required', lang);
  if (v.category === '') errors.category = fieldMessage('invalid-choice', lang);
  const deadlineIso = fromDateTimeLocal(v.deadline);
  if (v.kind && deadlineIso) {
    // The same cross-field rules the server applies; the deadline is checked when
    // publishing, and when the deadline of an open posting changes.
    const deadlineChanged = initial !== null && new Date(deadlineIso).getTime() !== new Date(initial.deadline).getTime();
    // Paying needs a posting that could open as it is, so its deadline is checked too.
    const checkDeadline = intent === 'publish' || intent === 'pay' || (intent === 'save' && deadlineChanged);
    const issues = checkPosting({ ...body, kind: v.kind, deadline: new Date(deadlineIso) }, now, checkDeadline);
    for (const issue of issues) {
      const key = pointerToKey(issue.pointer);
      if (!(key in errors)) errors[key] = fieldMessage(issue.code, lang, issue.params);
    }
  }
  return errors;
}

/** A whole number as typed, or null when it is empty or not one. */
export function typedNumber(value: string): number | null {
  const n = parseWholeNumber(value);
  return typeof n === 'number' ? n : null;
}

/**
 * What the client will pay into escrow, with the service's fee schedule, as an estimate
 * for the form; the job page shows the server's figures before anything is paid.
 */
export function estimatedEscrow(
  fees: FeeSchedule | undefined,
  kind: JobKind | null,
  unitPrice: number | null,
  slots: number | null,
  prize: number | null,
) {
  if (!fees) return null;
  try {
    if (kind === 'task' && unitPrice !== null && slots !== null && unitPrice > 0 && slots > 0) {
      const unit = splitTaskUnit(unitPrice, fees);
      return { reward: unitPrice * slots, fee: (unit.clientFee + unit.clientFeeTax) * slots, total: unit.escrow * slots };
    }
    if (kind === 'competition' && prize !== null && prize > 0) {
      const unit = splitPrize(prize, fees);
      return { reward: prize, fee: unit.clientFee + unit.clientFeeTax, total: unit.escrow };
    }
  } catch {
    // An amount out of range: the form's own checks explain it.
  }
  return null;
}
