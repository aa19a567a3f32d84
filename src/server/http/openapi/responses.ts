// The error side of the API contract: the shared Problem schema and one reusable
// response per status, each listing the problem codes of the catalogue with that status.
import { z } from 'zod';
import { ProblemDocument } from '../../../shared/api/problem';
import { PROBLEMS, type ProblemCode } from '../../../shared/errors';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Statuses an operation may document, with the name of their reusable response. */
export const ERROR_RESPONSES = {
  400: 'BadRequest',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  410: 'Gone',
  413: 'PayloadTooLarge',
  414: 'UriTooLong',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableContent',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
} as const;
export type ErrorStatus = keyof typeof ERROR_RESPONSES;

const DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'The request is malformed or a field is invalid (`errors` names each field by JSON pointer)',
  401: 'Not logged in, or the credentials are wrong',
  403: 'Not allowed: a missing or wrong CSRF token, a staff role the caller lacks, or an account state that forbids it',
  404: 'Nothing with this id is visible to the caller',
  409: 'The resource is not in a state that allows this',
  410: 'The link or token has expired or the account can no longer be restored',
  413: 'The body or file is too large',
  414: 'A path parameter is too long',
  415: 'The body is not JSON (or, for uploads, not multipart/form-data of an allowed type)',
  422: 'Well-formed but refused by a rule (amounts, dates, a reused Idempotency-Key)',
  429: 'Too many requests: wait for Retry-After seconds',
  503: 'Busy: the change was rolled back and may be sent again after Retry-After seconds',
};

const codesOf = (status: number) =>
  (Object.entries(PROBLEMS) as [ProblemCode, { status: number }][]).filter(([, p]) => p.status === status).map(([c]) => c);

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before sending again', schema: { type: 'integer', minimum: 0 } },
};

/** JSON Schema of the problem document (draft 2020-12, as OpenAPI 3.1 uses). */
export function problemSchema(): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(ProblemDocument, { io: 'output' }) as Record<string, unknown>;
  return schema;
}

/** `components.responses`: one per error status, the code narrowed to that status's codes. */
export function errorResponses(): Record<string, unknown> {
  return Object.fromEntries(
    (Object.entries(ERROR_RESPONSES) as [string, string][]).map(([status, name]) => {
      const codes = codesOf(Number(status));
      const schema = {
        allOf: [
          { $ref: '#/components/schemas/Problem' },
          { type: 'object', properties: { status: { const: Number(status) }, code: { enum: codes } } },
        ],
      };
      const retry = status === '429' || status === '503';
      return [
        name,
        {
          description: `${DESCRIPTIONS[Number(status) as ErrorStatus]}. Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
          ...(retry ? { headers: RETRY_AFTER } : {}),
          content: { [PROBLEM_MEDIA_TYPE]: { schema } },
        },
      ];
    }),
  );
}
