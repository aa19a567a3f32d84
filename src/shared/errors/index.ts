// The one catalogue of problem codes. The server maps every refusal to one of these
// codes; the web app shows the message for the code. A code, once published, never
// changes meaning: clients may branch on it. Each area keeps its codes in its own file
// here; this index assembles them.

import type { FieldErrorCode, ProblemCode } from '../../domain/problem-codes';
import { ACCOUNT_PROBLEMS } from './accounts';
import { APPLICATION_PROBLEMS } from './applications';
import { ATTACHMENT_PROBLEMS } from './attachments';
import { BLOCK_PROBLEMS } from './blocks';
import { COMPETITION_PROBLEMS } from './competitions';
import { CONSULTATION_PROBLEMS } from './consultations';
import { CONTRACT_PROBLEMS } from './contracts';
import { DEPOSIT_PROBLEMS } from './deposits';
import { DISCOVERY_PROBLEMS } from './discovery';
import { FIELD_ERRORS } from './fields';
import { HTTP_PROBLEMS } from './http';
import { JOB_PROBLEMS } from './jobs';
import { MODERATION_PROBLEMS } from './moderation';
import { OFFER_PROBLEMS } from './offers';
import { ORDER_PROBLEMS } from './orders';
import { PAYOUT_PROBLEMS } from './payouts';
import { QUOTE_PROBLEMS } from './quotes';
import { REVIEW_PROBLEMS } from './reviews';
import { SCREENING_PROBLEMS } from './screening';
import { SECURITY_PROBLEMS } from './security';
import { SERVICE_PROBLEMS } from './services';
import { TASK_PROBLEMS } from './tasks';
import type { Lang, ProblemDef } from './types';
import { WITHDRAWAL_PROBLEMS } from './withdrawal';

export type { FieldErrorCode, ProblemCode } from '../../domain/problem-codes';
export type { Lang, ProblemDef, ProblemText } from './types';
export { FIELD_ERRORS };

/** The areas of the catalogue; no code appears in two (a test checks it). */
export const PROBLEM_AREAS = {
  http: HTTP_PROBLEMS,
  accounts: ACCOUNT_PROBLEMS,
  withdrawal: WITHDRAWAL_PROBLEMS,
  jobs: JOB_PROBLEMS,
  applications: APPLICATION_PROBLEMS,
  tasks: TASK_PROBLEMS,
  competitions: COMPETITION_PROBLEMS,
  offers: OFFER_PROBLEMS,
  discovery: DISCOVERY_PROBLEMS,
  contracts: CONTRACT_PROBLEMS,
  deposits: DEPOSIT_PROBLEMS,
  reviews: REVIEW_PROBLEMS,
  payouts: PAYOUT_PROBLEMS,
  attachments: ATTACHMENT_PROBLEMS,
  services: SERVICE_PROBLEMS,
  orders: ORDER_PROBLEMS,
  quotes: QUOTE_PROBLEMS,
  blocks: BLOCK_PROBLEMS,
  moderation: MODERATION_PROBLEMS,
  screening: SCREENING_PROBLEMS,
  security: SECURITY_PROBLEMS,
  consultations: CONSULTATION_PROBLEMS,
} as const;

export const PROBLEMS = {
  ...HTTP_PROBLEMS,
  ...ACCOUNT_PROBLEMS,
  ...WITHDRAWAL_PROBLEMS,
  ...JOB_PROBLEMS,
  ...APPLICATION_PROBLEMS,
  ...TASK_PROBLEMS,
  ...COMPETITION_PROBLEMS,
  ...OFFER_PROBLEMS,
  ...DISCOVERY_PROBLEMS,
  ...CONTRACT_PROBLEMS,
  ...DEPOSIT_PROBLEMS,
  ...REVIEW_PROBLEMS,
  ...PAYOUT_PROBLEMS,
  ...ATTACHMENT_PROBLEMS,
  ...SERVICE_PROBLEMS,
  ...ORDER_PROBLEMS,
  ...QUOTE_PROBLEMS,
  ...BLOCK_PROBLEMS,
  ...MODERATION_PROBLEMS,
  ...SCREENING_PROBLEMS,
  ...SECURITY_PROBLEMS,
  ...CONSULTATION_PROBLEMS,
} as const satisfies Record<ProblemCode, ProblemDef>;

/** Every code the catalogue writes is one the domain declares (no stray entries). */
const catalogueHasOnlyDomainCodes: [Exclude<keyof typeof PROBLEMS, ProblemCode>] extends [never] ? true : never = true;
const fieldsHaveOnlyDomainCodes: [Exclude<keyof typeof FIELD_ERRORS, FieldErrorCode>] extends [never] ? true : never = true;
void catalogueHasOnlyDomainCodes;
void fieldsHaveOnlyDomainCodes;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEMS, code);
}

export function isFieldErrorCode(code: string): code is FieldErrorCode {
  return Object.hasOwn(FIELD_ERRORS, code);
}

export function fieldMessage(code: FieldErrorCode, lang: Lang, params: Record<string, string | number> = {}): string {
  return FIELD_ERRORS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The wire shape of an RFC 9457 problem document as Yorozu sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId?: string;
  errors?: { pointer: string; code: FieldErrorCode; detail: string }[];
  [extension: string]: unknown;
}
