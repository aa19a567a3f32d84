// Every use case a restriction (利用制限) stops, with the capability it checks
// (assertNotRestricted, first thing in its transaction). A test reads the use cases and
// holds this list to the code both ways: each one listed checks exactly these
// capabilities, and no use case checks one without being listed here.
//
// post — everything that publishes the member's content to others: postings and services
// (create, publish, resume, reopen, edits of what is already public), proposals, quotes,
// task submissions and competition entries.
// message — messages, quote requests, scout offers.
// buy — buying, hiring, funding new work.
//
// Not stopped, on purpose: reviews and answers to reviews (part of finishing a contract,
// which a restriction never stops), the profile, drafts, withdrawing one's own submission
// or entry, and everything about live contracts, payouts and withdrawal.
import type { RestrictedCapability } from '../../domain/moderation/restrictions';

export const GUARDED_USE_CASES: Readonly<Record<string, readonly RestrictedCapability[]>> = {
  'applications/apply-to-job': ['post'],
  'applications/decide-application': ['buy'],
  'competitions/submit-entry': ['post'],
  'jobs/change-job-status': ['post'],
  'jobs/create-job': ['post'],
  'jobs/fund-job': ['buy'],
  'jobs/update-job': ['post'],
  'messages/send-message': ['message'],
  'offers/send-offer': ['message'],
  'orders/place-order': ['buy'],
  'quotes/place-quote-order': ['buy'],
  'quotes/send-quote': ['post'],
  'quotes/start-inquiry': ['message'],
  'services/change-service-status': ['post'],
  'services/create-service': ['post'],
  'services/update-service': ['post'],
  'tasks/submit-task': ['post'],
};
