// The wire shape of an error: an RFC 9457 problem document (application/problem+json)
// with Yorozu's stable `code` and, for bad input, one entry per field. The API document
// publishes it as the `Problem` schema; http/problem.ts renders it.
import { z } from 'zod';
import { FIELD_ERRORS, type FieldErrorCode, PROBLEMS, type ProblemCode } from '../errors';

export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];
export const FIELD_ERROR_CODES = Object.keys(FIELD_ERRORS) as [FieldErrorCode, ...FieldErrorCode[]];

export const FieldProblem = z.object({
  pointer: z
    .string()
    .describe('JSON pointer to the input at fault: `/field` in the body, `/query/name`, `/params/name`; `/` for the whole body'),
  code: z.enum(FIELD_ERROR_CODES).describe('Stable field error code'),
  detail: z.string().describe("The field's message in the caller's language"),
});

export const ProblemDocument = z
  .looseObject({
    type: z.string().describe('`/api/problems/<code>`: GET it for the description of the code'),
    title: z.string().describe("Short summary in the caller's language (Accept-Language: ja or en)"),
    status: z.number().int().describe('The HTTP status, repeated'),
    detail: z.string().describe('What happened and what to do next'),
    code: z.enum(PROBLEM_CODES).describe('Stable code: clients branch on it, never on the text'),
    instance: z.string().optional().describe('The request path'),
    requestId: z.string().optional().describe('Also the X-Request-Id header; quote it to support'),
    errors: z.array(FieldProblem).optional().describe('One entry per invalid field (validation-failed and field refusals)'),
    retryAfter: z.number().int().optional().describe('Seconds to wait before retrying; also the Retry-After header'),
  })
  .describe('An RFC 9457 problem document. Other members are extensions particular to the code.');
export type ProblemDocument = z.infer<typeof ProblemDocument>;
