// The API document is a contract clients can generate from: Redocly's recommended rules
// find nothing in it, every operation has a unique verb-first operationId, tags, a
// summary and its error responses, and who may call it matches what the route does.
import { BaseResolver, createConfig, lintDocument, makeDocumentFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiContract } from '../../../../test/api-contract';
import { startTestApp, type TestApp } from '../../../../test/app';
import { PROBLEMS, type ProblemCode } from '../../../shared/errors';

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: ({ $ref: string } | { name: string; in: string })[];
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}
interface ProblemContent {
  schema: { allOf: [unknown, { properties: { code: { enum: string[] } } }] };
}
type Document = { paths: Record<string, Record<string, Operation>> } & Record<string, unknown>;

let t: TestApp;
let document: Document;
const operations: { key: string; method: string; path: string; op: Operation }[] = [];

beforeAll(async () => {
  // The document names the instance's public URL as its server; a real one, not localhost.
  t = await startTestApp({ publicUrl: 'https://yorozu.test' });
  document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods))
      operations.push({ key: `${method.toUpperCase()} ${path}`, method, path, op });
  }
});
afterAll(async () => {
  await t.close();
});

/** The problem codes an operation documents for one status. */
function codesOf(op: Operation, status: string): string[] {
  const content = op.responses[status]?.content?.['application/problem+json'] as ProblemContent | undefined;
  return (content?.schema.allOf[1]?.properties.code.enum ?? []) as string[];
}

describe('the API document', () => {
  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintDocument({
      document: makeDocumentFromString(JSON.stringify(document), '/api/openapi.json'),
      config,
      externalRefResolver: new BaseResolver(),
    });
    const found = problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(found).toEqual([]);
  });

  it('names every operation with a unique, verb-first camelCase operationId, tags and a summary', () => {
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map((o) => o.op.operationId);
    for (const { key, op } of operations) {
      expect(op.operationId, key).toMatch(/^[a-z]+(?:[A-Z0-9][a-z0-9]*)*$/);
      expect(op.tags?.length, key).toBeGreaterThan(0);
      expect(op.summary, key).toBeTruthy();
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents the problems an operation can answer, each status with its own codes', () => {
    for (const { key, method, path, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(codesOf(op, '400'), key).toContain('validation-failed');
      // The health check documents its own 503 (the state of each dependency).
      if (path !== '/api/v1/health') expect(codesOf(op, '503'), key).toEqual(['busy-retry', 'service-unavailable']);
      const member = op.security?.every((s) => 'sessionCookie' in s) ?? false;
      if (member) expect(codesOf(op, '401'), key).toContain('unauthenticated');
      if (path.startsWith('/api/v1/staff/')) expect(codesOf(op, '403'), key).toContain('forbidden');
      if (path.includes('{')) expect(codesOf(op, '404'), key).toContain('not-found');
      if (method !== 'get') {
        expect(codesOf(op, '403'), key).toContain('csrf-failed');
        expect(codesOf(op, '429'), key).toContain('too-many-requests');
        expect(op.parameters, key).toContainEqual({ $ref: '#/components/parameters/CsrfToken' });
        expect(
          op.security?.every((s) => 'csrfHeader' in s && 'csrfCookie' in s),
          key,
        ).toBe(true);
      }
      for (const status of statuses.filter((s) => s >= '400' && !(path === '/api/v1/health' && s === '503'))) {
        const codes = codesOf(op, status);
        expect(codes.length, `${key} ${status}`).toBeGreaterThan(0);
        for (const code of codes) expect(PROBLEMS[code as ProblemCode]?.status, `${key} ${status} ${code}`).toBe(Number(status));
      }
    }
  });

  it("narrows the codes to the operation's own: a contract action does not list an application's refusals", () => {
    const op = operations.find((o) => o.key === 'POST /api/v1/milestones/{id}/accept')?.op as Operation;
    const conflicts = codesOf(op, '409');
    expect(conflicts).toContain('milestone-transition-invalid');
    expect(conflicts).not.toContain('already-applied');
    expect(Object.keys(operations.find((o) => o.key === 'GET /api/v1/jobs')?.op.responses ?? {}).sort()).toEqual([
      '200',
      '400',
      '503',
    ]);
  });

  it('makes an answer with a code its operation does not list break the contract the tests check', () => {
    const contract = new ApiContract(document as never);
    const answer = (code: string) => {
      const body = JSON.stringify({ type: `/api/problems/${code}`, title: 't', detail: 'd', status: 409, code });
      return {
        statusCode: 409,
        headers: { 'content-type': 'application/problem+json; charset=utf-8' },
        body,
        json: () => JSON.parse(body),
      } as never;
    };
    const url = '/api/v1/milestones/00000000-0000-4000-8000-000000000000/accept';
    expect(contract.check('POST', url, answer('milestone-transition-invalid'))).toBeNull();
    expect(contract.check('POST', url, answer('already-applied'))).toMatch(/allowed values/);
  });

  it('declares the Idempotency-Key where a route takes one', () => {
    const idempotent = operations.filter((o) =>
      o.op.parameters?.some((p) => '$ref' in p && p.$ref === '#/components/parameters/IdempotencyKey'),
    );
    expect(idempotent.map((o) => o.key).sort()).toEqual(
      [
        'POST /api/v1/jobs/{id}/fund',
        'POST /api/v1/jobs/{id}/no-winner',
        'POST /api/v1/jobs/{id}/winner',
        'POST /api/v1/me/payouts',
        'POST /api/v1/milestones/{id}/accept',
        'POST /api/v1/milestones/{id}/fund',
        'POST /api/v1/contracts/{id}/termination/answer',
        'POST /api/v1/staff/deposits/{id}/confirm',
        'POST /api/v1/staff/disputes/{id}/settle',
        'POST /api/v1/staff/payout-batches',
        'POST /api/v1/staff/payouts/{id}/done',
        'POST /api/v1/staff/payouts/{id}/fail',
        'POST /api/v1/task-submissions/{id}/approve',
        'POST /api/v1/services/{id}/orders',
        'POST /api/v1/orders/{id}/cancel-late',
        'POST /api/v1/quotes/{id}/orders',
        'POST /api/v1/orders/{id}/tips',
      ].sort(),
    );
  });

  it('gives every 2xx answer a content type', () => {
    for (const { key, op } of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (status.startsWith('2')) expect(Object.keys(response.content ?? {}), `${key} ${status}`).not.toEqual([]);
      }
    }
  });
});
