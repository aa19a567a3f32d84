// The error side of the API contract: the shared Problem schema, and for each operation one
// response per status it can answer, its `code` narrowed to the codes the operation can give.
import { z } from 'zod';
import { ProblemDocument } from '../../../shared/api/problem';
import { PROBLEMS, type ProblemCode } from '../../../shared/errors';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const DESCRIPTIONS: Record<number, string> = {
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

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before sending again', schema: { type: 'integer', minimum: 0 } },
};

export const statusOf = (code: ProblemCode): number => PROBLEMS[code].status;

/** JSON Schema of the problem document (draft 2020-12, as OpenAPI 3.1 uses). */
export function problemSchema(): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(ProblemDocument, { io: 'output' }) as Record<string, unknown>;
  return schema;
}

/** The responses of one operation that answers `codes`: one per status, listing its codes. */
export function errorResponses(codes: Iterable<ProblemCode>): Record<string, unknown> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of new Set(codes)) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) => {
        const sorted = [...list].sort();
        const schema = {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            { type: 'object', properties: { status: { const: status }, code: { enum: sorted } } },
          ],
        };
        const retry = status === 429 || status === 503;
        return [
          String(status),
          {
            description: `${DESCRIPTIONS[status] ?? 'Refused'}. Codes: ${sorted.map((c) => `\`${c}\``).join(', ')}.`,
            ...(retry ? { headers: RETRY_AFTER } : {}),
            content: { [PROBLEM_MEDIA_TYPE]: { schema } },
          },
        ];
      }),
  );
}
