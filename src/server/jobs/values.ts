// Turning a posting form into column values: cross-field rules, the search index, and
// clearing the fields of the other kinds.
import { AppError } from '../../domain/errors';
import { checkPosting, LIMITS, postingBudgetYen } from '../../domain/jobs/posting';
import { documentTokens, postingSearchText } from '../../domain/jobs/search';
import type { JobInput } from '../../shared/api/jobs';

/** `currentWorkerLimit`: the task's limit before an edit that does not name one. */
export function jobValues(input: JobInput, now: Date, checkDeadline: boolean, currentWorkerLimit?: number) {
  const deadline = new Date(input.deadline);
  const isProject = input.kind === 'project';
  const isTask = input.kind === 'task';
  const isCompetition = input.kind === 'competition';
  const fields = {
    kind: input.kind,
    deadline,
    deliveryDate: input.deliveryDate,
    budgetMin: isProject ? input.budgetMin : null,
    budgetMax: isProject ? input.budgetMax : null,
    hires: isProject ? input.hires : null,
    taskSlots: isTask ? input.taskSlots : null,
    taskUnitPrice: isTask ? input.taskUnitPrice : null,
    taskWorkerLimit: isTask ? (input.taskWorkerLimit ?? currentWorkerLimit ?? LIMITS.taskWorkerLimitDefault) : null,
    prize: isCompetition ? input.prize : null,
  };
  const issues = checkPosting(fields, now, checkDeadline);
  if (issues.length > 0) throw new AppError('validation-failed', {}, issues);
  const tags = [...new Set(input.tags)];
  const searchText = postingSearchText({
    title: input.title,
    description: input.description,
    category: input.category,
    tags,
    taskInstructions: isTask ? input.taskInstructions : null,
    entryRules: isCompetition ? input.entryRules : null,
  });
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    category: input.category,
    tags,
    deadline,
    delivery_date: input.deliveryDate,
    budget_min: fields.budgetMin,
    budget_max: fields.budgetMax,
    hires: fields.hires,
    milestones_wished: isProject ? input.milestonesWished : null,
    task_slots: fields.taskSlots,
    task_unit_price: fields.taskUnitPrice,
    task_worker_limit: fields.taskWorkerLimit ?? LIMITS.taskWorkerLimitDefault,
    task_instructions: isTask ? input.taskInstructions : null,
    prize: fields.prize,
    entry_rules: isCompetition ? input.entryRules : null,
    allow_no_winner: isCompetition ? input.allowNoWinner : false,
    budget_sort: postingBudgetYen(fields)?.max ?? 0,
    search_text: searchText,
    search_tokens: documentTokens(searchText),
    updated_at: now,
  };
}
