// The API document is a contract clients can generate from: Redocly's recommended rules
// find nothing in it, every operation has a unique verb-first operationId, tags, a
// summary and its error responses, and who may call it matches what the route does.
import { BaseResolver, createConfig, lintDocument, makeDocumentFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  parameters?: ({ $ref: string } | { name: string; in: string })[];
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
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

  it('documents the problems an operation can answer', () => {
    for (const { key, method, path, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(statuses, key).toEqual(expect.arrayContaining(['400', '503']));
      const member = op.security?.every((s) => 'sessionCookie' in s) ?? false;
      if (member) expect(statuses, key).toContain('401');
      if (path.startsWith('/api/v1/staff/')) expect(statuses, key).toContain('403');
      if (path.includes('{')) expect(statuses, key).toContain('404');
      if (method !== 'get') {
        expect(statuses, key).toEqual(expect.arrayContaining(['403', '409', '422', '429']));
        expect(op.parameters, key).toContainEqual({ $ref: '#/components/parameters/CsrfToken' });
        expect(
          op.security?.every((s) => 'csrfHeader' in s && 'csrfCookie' in s),
          key,
        ).toBe(true);
      }
      for (const status of statuses.filter((s) => s >= '400')) {
        expect(op.responses[status]?.$ref ?? Object.keys(op.responses[status]?.content ?? {}), `${key} ${status}`).toBeTruthy();
      }
    }
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
