// The writes screening guards, each by its kind: what a held one is called (ja/en), what it
// is written on (its target, from the route's path), and how staff approval makes it: the
// same use case the route calls, with the exact input the route validated. A route joins by
// naming its kind in `config.screening` (see hook.ts); nothing else changes in the route.

import type { z } from 'zod';
import type { ProfileBody } from '../../shared/api/accounts';
import type { ApplyBody, EntryBody, OfferBody, SendMessageBody } from '../../shared/api/applications';
import type { ReviewBody } from '../../shared/api/contracts';
import type { JobInput } from '../../shared/api/jobs';
import type { InquiryBody, QuoteBody } from '../../shared/api/quotes';
import type { ServiceInput } from '../../shared/api/services';
import type { Deps } from '../deps';
import { updateProfile } from '../use-cases/accounts/update-profile';
import { applyToJob } from '../use-cases/applications/apply-to-job';
import { submitEntry } from '../use-cases/competitions/submit-entry';
import { createJob } from '../use-cases/jobs/create-job';
import { updateJob } from '../use-cases/jobs/update-job';
import { sendMessage } from '../use-cases/messages/send-message';
import { sendOffer } from '../use-cases/offers/send-offer';
import { sendQuote } from '../use-cases/quotes/send-quote';
import { startInquiry } from '../use-cases/quotes/start-inquiry';
import { answerReview } from '../use-cases/reviews/answer-review';
import { writeReview } from '../use-cases/reviews/write-review';
import { createService } from '../use-cases/services/create-service';
import { updateService } from '../use-cases/services/update-service';
import { submitTask } from '../use-cases/tasks/submit-task';

export interface HeldTarget {
  type: 'thread' | 'job' | 'service' | 'inquiry' | 'profile' | 'review' | 'contract';
  id: string | null;
}

export interface ScreeningKind {
  what: { ja: string; en: string };
  /** The target, from the route's path parameters. */
  target(params: Record<string, string>, authorId: string): HeldTarget;
  /** Makes the write as its author asked (approval: screening is not run again). */
  run(deps: Deps, authorId: string, targetId: string | null, input: never): Promise<unknown>;
}

const kind = <I>(k: {
  what: ScreeningKind['what'];
  target: ScreeningKind['target'];
  run: (deps: Deps, authorId: string, targetId: string, input: I) => Promise<unknown>;
}): ScreeningKind => k as unknown as ScreeningKind;

const byId =
  (type: HeldTarget['type']) =>
  (params: Record<string, string>): HeldTarget => ({ type, id: params.id ?? null });

export const SCREENING_KINDS = {
  message: kind<z.infer<typeof SendMessageBody>>({
    what: { ja: 'メッセージ', en: 'message' },
    target: byId('thread'),
    run: (deps, authorId, threadId, input) => sendMessage(deps, { senderId: authorId, threadId, ...input }),
  }),
  application: kind<ApplyBody>({
    what: { ja: '応募', en: 'proposal' },
    target: byId('job'),
    run: (deps, authorId, jobId, input) => applyToJob(deps, { workerId: authorId, jobId, application: input }),
  }),
  offer: kind<z.infer<typeof OfferBody>>({
    what: { ja: 'スカウト', en: 'offer' },
    target: byId('job'),
    run: (deps, authorId, jobId, input) => sendOffer(deps, { clientId: authorId, jobId, ...input }),
  }),
  inquiry: kind<InquiryBody>({
    what: { ja: '見積り相談', en: 'quote request' },
    target: byId('service'),
    run: (deps, authorId, serviceId, input) => startInquiry(deps, { buyerId: authorId, serviceId, message: input.message }),
  }),
  quote: kind<QuoteBody>({
    what: { ja: '見積り', en: 'quote' },
    target: byId('inquiry'),
    run: (deps, authorId, inquiryId, input) => sendQuote(deps, { sellerId: authorId, inquiryId, ...input }),
  }),
  'job.create': kind<JobInput>({
    what: { ja: '仕事の募集', en: 'job posting' },
    target: () => ({ type: 'job', id: null }),
    run: (deps, authorId, _id, input) => createJob(deps, { clientId: authorId, job: input }),
  }),
  'job.update': kind<JobInput>({
    what: { ja: '仕事の募集の変更', en: 'job posting change' },
    target: byId('job'),
    run: (deps, authorId, jobId, input) => updateJob(deps, { clientId: authorId, jobId, job: input }),
  }),
  'service.create': kind<ServiceInput>({
    what: { ja: 'サービス', en: 'service' },
    target: () => ({ type: 'service', id: null }),
    run: (deps, authorId, _id, input) => createService(deps, { sellerId: authorId, service: input }),
  }),
  'service.update': kind<ServiceInput>({
    what: { ja: 'サービスの変更', en: 'service change' },
    target: byId('service'),
    run: (deps, authorId, serviceId, input) => updateService(deps, { sellerId: authorId, serviceId, service: input }),
  }),
  profile: kind<ProfileBody>({
    what: { ja: 'プロフィール', en: 'profile' },
    target: (_params, authorId) => ({ type: 'profile', id: authorId }),
    run: (deps, authorId, _id, input) => updateProfile(deps, { userId: authorId, profile: input }),
  }),
  'review.answer': kind<{ answer: string }>({
    what: { ja: '評価への返信', en: 'answer to a review' },
    target: byId('review'),
    run: (deps, authorId, reviewId, input) => answerReview(deps, { actorId: authorId, reviewId, answer: input.answer }),
  }),
  review: kind<z.infer<typeof ReviewBody>>({
    what: { ja: '評価', en: 'review' },
    target: byId('contract'),
    run: (deps, authorId, contractId, { comment, ...scores }) =>
      writeReview(deps, { actorId: authorId, contractId, scores, comment }),
  }),
  'task.submission': kind<{ body: string; attachmentIds: string[] }>({
    what: { ja: 'タスクの作業内容', en: 'task submission' },
    target: byId('job'),
    run: (deps, authorId, jobId, input) => submitTask(deps, { workerId: authorId, jobId, ...input }),
  }),
  'competition.entry': kind<z.infer<typeof EntryBody>>({
    what: { ja: 'コンペの提案', en: 'competition entry' },
    target: byId('job'),
    run: (deps, authorId, jobId, input) => submitEntry(deps, { workerId: authorId, jobId, ...input }),
  }),
} satisfies Record<string, ScreeningKind>;

export type ScreeningKindName = keyof typeof SCREENING_KINDS;

export function isScreeningKind(name: string): name is ScreeningKindName {
  return Object.hasOwn(SCREENING_KINDS, name);
}
