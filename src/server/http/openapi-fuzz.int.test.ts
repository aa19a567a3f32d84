// Bad input to every operation the API publishes, generated from the OpenAPI document the
// app serves (/api/openapi.json): random JSON in place of the body and of each field, bad
// path ids, bad query values, wrong content types. Whatever arrives, the answer is never
// a 5xx; every refusal is an application/problem+json document with a code from
// src/shared/errors/; and a refused request changes no row of any table.
//
// Bounded for `npm test` (a fixed seed, six runs per target of each operation); for a
// longer run set OPENAPI_FUZZ_RUNS (runs per target) and OPENAPI_FUZZ_SEED; OPENAPI_FUZZ_ONLY
// limits the run to operations whose "METHOD /path" contains it, OPENAPI_FUZZ_LOG prints
// every request.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app';
import { fundByCard, hiredContract, type Party, staffMember } from '../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, taskInput } from '../../../test/factories';
import { isFieldErrorCode, isProblemCode } from '../../shared/errors';

const RUNS = Number(process.env.OPENAPI_FUZZ_RUNS ?? 6);
const SEED = Number(process.env.OPENAPI_FUZZ_SEED ?? 20261206);
/** Only operations whose "METHOD /path" contains this text (a local run after a failure). */
const ONLY = process.env.OPENAPI_FUZZ_ONLY ?? '';

/** Operations whose purpose is to end the caller's session: they would log the fuzzer out. */
const SKIPPED = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/me/sessions/revoke-others']);
/**
 * Tables a refusal may legitimately write: the session's last use, failed password
 * attempts counted for throttling, and the audit trail of refusals.
 */
const VOLATILE_TABLES = new Set(['sessions', 'login_throttles', 'audit_events', 'kysely_migration', 'kysely_migration_lock']);

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema?: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  staff: boolean;
}

let t: TestApp;
let member: Party;
let staff: Party;
const operations: Operation[] = [];
/** The table a path's `{id}` names, by the path segment before it. */
const RESOURCE_TABLES: Record<string, string> = {
  jobs: 'jobs',
  applications: 'applications',
  contracts: 'contracts',
  milestones: 'milestones',
  deposits: 'deposits',
  offers: 'offers',
  threads: 'threads',
  notifications: 'notifications',
  entries: 'competition_entries',
  'task-submissions': 'task_submissions',
  attachments: 'attachments',
  disputes: 'disputes',
  payouts: 'payout_requests',
  'payout-batches': 'payout_batches',
};
/** Ids of real rows per table (the member's and others'), so some requests reach deep into the use cases. */
const idsOf = new Map<string, string[]>();
let usernames: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ authRateLimitPerMinute: 1_000_000, writeRateLimitPerMinute: 1_000_000 });
  member = await loggedInUser(t);
  staff = await staffMember(t, 'admin');
  // Something of every kind for ids to name: a funded contract, a task, a competition, an application.
  const contract = await hiredContract(t, { client: member });
  await fundByCard(contract);
  await postPaidJob(member.client, taskInput(t));
  await postPaidJob(member.client, competitionInput(t));
  const project = (await member.client.post('/api/v1/jobs', jobInput(t))).json();
  await contract.worker.client.post(`/api/v1/jobs/${project.id}/applications`, {
    proposal: 'よろしくお願いします。',
    quotedAmount: 20_000,
    deliveryDays: 10,
  });
  // …and work the member can do for someone else (a task to submit to, a competition to enter).
  await postPaidJob(contract.worker.client, taskInput(t));
  await postPaidJob(contract.worker.client, competitionInput(t));
  for (const table of new Set(Object.values(RESOURCE_TABLES))) {
    const rows = await sql<{ id: string }>`select id::text as id from ${sql.id(table)}`.execute(t.database.db);
    idsOf.set(
      table,
      rows.rows.map((r) => r.id),
    );
  }
  usernames = [member.user.username, contract.worker.user.username, staff.user.username];

  const doc = (await member.client.get('/api/openapi.json')).json() as {
    paths: Record<
      string,
      Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
    >;
  };
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const key = `${method.toUpperCase()} ${path}`;
      if (SKIPPED.has(key) || !key.includes(ONLY)) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []).filter((p) => p.in !== 'header'),
        body: op.requestBody?.content['application/json']?.schema ?? null,
        staff: path.startsWith('/api/v1/staff/'),
      });
    }
  }
});
afterAll(async () => {
  await t?.close();
});

/** A plausible value for a schema: enough to get past the fields not being fuzzed. */
function sample(schema: JsonSchema | undefined): unknown {
  if (!schema) return null;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return sample(alternatives.find((s) => s.type !== 'null') ?? alternatives[0]);
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {})) out[key] = sample(value);
      return out;
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      if (schema.pattern?.includes('[0-9a-f]{8}')) return randomUUID();
      return 'テスト用の入力です。よろしくお願いします。'.slice(0, Math.max(schema.minLength ?? 0, 10));
    default:
      return null;
  }
}

const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '0000-01-01',
  '2026-04-31',
  '2026-02-30T10:00:00Z',
  '2026-04-31T10:00:00+09:00',
  '2026-04-10T24:00:00Z',
  '275760-09-13T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '0000-13',
  '2026-00',
  '99999',
  -1,
];
const FAKE_IDS = [
  '0'.repeat(36),
  '-'.repeat(36),
  'f'.repeat(36),
  'ffffffff-ffff-ffff-ffff-fffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  'FFFFFFFF-FFFF-4FFF-8FFF-FFFFFFFFFFFF',
  '99999999999999999999',
  '1',
  '',
];
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '0005', '9999'];
/** Well-formed JSON nested 10,000 levels deep. */
const DEEP_JSON = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
const trickyStrings = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  '..',
  '%00',
  '\u0000',
  '0'.repeat(36),
  '-'.repeat(36),
  'ffffffff-ffff-ffff-ffff-fffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '99999999999999999999',
  '-1',
  '1e309',
  '0x10',
  'null',
  'a'.repeat(300),
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-02-30T10:00:00Z',
  '\u202e',
  '１２３',
);
const badStrings = fc.oneof(
  { weight: 3, arbitrary: trickyStrings },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
/** Values at and past the edges a field's schema states. */
function edgesOf(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema?.type) ? schema.type.find((x) => x !== 'null') : schema?.type;
  if (type === 'integer' || type === 'number') {
    const max = schema?.maximum ?? Number.MAX_SAFE_INTEGER;
    const min = schema?.minimum ?? 0;
    // Past 32 and 64 bits as well as past the schema's own bounds.
    return fc.constantFrom(
      max,
      max + 1,
      min - 1,
      min + 0.5,
      2 ** 31 - 1,
      2 ** 31,
      2 ** 32,
      2 ** 40,
      1e15,
      -(2 ** 31) - 1,
      2 ** 63,
    );
  }
  if (type === 'string') {
    const max = schema?.maxLength ?? 100;
    return fc.oneof(trickyStrings, fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), ' '.repeat(max)));
  }
  if (type === 'array') return fc.array(fc.oneof(trickyStrings, fc.jsonValue({ maxDepth: 1 })), { maxLength: 12 });
  return fc.jsonValue({ maxDepth: 2 });
}
const badJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    -1,
    0,
    2 ** 31,
    2 ** 53,
    -(2 ** 63),
    1e308,
    0.5,
    '',
    '\u0000',
    [],
    {},
    null,
    true,
    '__proto__',
    { __proto__: { admin: true } },
    JSON.parse('{"__proto__": {"x": 1}}'),
    'a'.repeat(10_000),
  ),
  badStrings,
);
/** A value for a path parameter not being fuzzed: mostly ids of real rows of the table it names. */
const pathValue = (op: Operation, name: string) => {
  const segment = op.path.split('/').at(op.path.split('/').indexOf(`{${name}}`) - 1) ?? '';
  const table = RESOURCE_TABLES[segment];
  const real = name === 'username' ? usernames : table ? (idsOf.get(table) ?? []) : [];
  return fc.oneof(
    ...(real.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...real) }] : []),
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: badStrings },
  );
};

type Mode =
  | { kind: 'body'; value: unknown }
  | { kind: 'field'; field: string; value: unknown }
  | { kind: 'path'; name: string; value: string }
  | { kind: 'query'; name: string; value: string }
  | { kind: 'content-type'; type: string | null; payload: string };

/** Values aimed at what a field's name says it holds: dates, ids, codes. */
function aimedAt(name: string, schema: JsonSchema | undefined): fc.Arbitrary<unknown> | null {
  const isArray = (Array.isArray(schema?.type) ? schema.type : [schema?.type]).includes('array');
  let values: unknown[] | null = null;
  if (/date|deadline|month|year/i.test(name)) values = IMPOSSIBLE_DATES;
  else if (/(^id|Id|Ids)$/.test(name) || schema?.pattern?.includes('[0-9a-f]{8}')) values = FAKE_IDS;
  else if (/code|username/i.test(name)) values = PROTOTYPE_NAMES;
  if (!values) return null;
  const one = fc.constantFrom(...values);
  return isArray ? fc.array(one, { minLength: 1, maxLength: 6 }) : one;
}

/**
 * What to send wrong, one target at a time: the whole body, each field of it, each path
 * parameter, each query parameter, the content type.
 */
function targets(op: Operation): fc.Arbitrary<Mode>[] {
  const out: fc.Arbitrary<Mode>[] = [];
  const field = (name: string, schema: JsonSchema | undefined) => {
    const aimed = aimedAt(name, schema);
    return fc.oneof(
      { weight: 1, arbitrary: badJson },
      { weight: 2, arbitrary: edgesOf(schema) },
      ...(aimed ? [{ weight: 3, arbitrary: aimed }] : []),
    );
  };
  if (op.body) out.push(badJson.map((value) => ({ kind: 'body', value }) as Mode));
  for (const [name, schema] of Object.entries(op.body?.properties ?? {})) {
    out.push(field(name, schema).map((value) => ({ kind: 'field', field: name, value }) as Mode));
  }
  for (const p of op.parameters) {
    const text = field(p.name, p.schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    const value = fc.oneof({ weight: 1, arbitrary: badStrings }, { weight: 3, arbitrary: text });
    if (p.in === 'path') out.push(value.map((v) => ({ kind: 'path', name: p.name, value: v }) as Mode));
    if (p.in === 'query') out.push(value.map((v) => ({ kind: 'query', name: p.name, value: v }) as Mode));
  }
  if (op.method !== 'GET') {
    out.push(
      fc
        .record({
          type: fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=XyZ',
            'multipart/form-data',
            'application/json',
            'application/json; charset=latin1',
            'application/xml',
            null,
          ),
          payload: fc.oneof(
            fc.string({ maxLength: 60 }),
            fc.constantFrom('{', '{"a":', '--XyZ\r\n', 'garbage', 'a=1&b=2', '[1,2', '', DEEP_JSON),
          ),
        })
        .map((r) => ({ kind: 'content-type', ...r }) as Mode),
    );
  }
  if (out.length === 0) out.push(badStrings.map((value) => ({ kind: 'query', name: 'unexpected', value }) as Mode));
  return out;
}

/** Values for the path parameters not being fuzzed: real ids, random UUIDs, junk. */
function pathValues(op: Operation): fc.Arbitrary<Record<string, string>> {
  const params = op.parameters.filter((p) => p.in === 'path');
  return fc.record(Object.fromEntries(params.map((p) => [p.name, pathValue(op, p.name)]))) as fc.Arbitrary<
    Record<string, string>
  >;
}

/** Row count and a hash of every row, per table: any insert, update or delete shows. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(t.database.db);
  const parts = tables.rows
    .filter((r) => !VOLATILE_TABLES.has(r.name))
    .map(
      (r) =>
        sql`select ${r.name} as name, count(*)::text || ':' || coalesce(sum(hashtext(x::text)::bigint), 0)::text as state from ${sql.id(r.name)} x`,
    );
  const rows = await sql<{ name: string; state: string }>`${sql.join(parts, sql` union all `)}`.execute(t.database.db);
  return Object.fromEntries(rows.rows.map((r) => [r.name, r.state]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}

async function send(client: TestClient, op: Operation, mode: Mode, pathValues: Record<string, string>) {
  const values = { ...pathValues };
  if (mode.kind === 'path') values[mode.name] = mode.value;
  let url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
  const query = new URLSearchParams();
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const value = sample(p.schema);
    if (value !== null && value !== undefined && typeof value !== 'object') query.set(p.name, String(value));
  }
  if (mode.kind === 'query') query.set(mode.name, mode.value);
  if ([...query].length > 0) url += `?${query}`;
  const base = op.body ? sample(op.body) : undefined;
  if (mode.kind === 'content-type') {
    const headers: Record<string, string> = mode.type === null ? {} : { 'content-type': mode.type };
    return client.request({ method: op.method as 'POST', url, payload: mode.payload, headers });
  }
  let body: unknown = base;
  if (mode.kind === 'body') body = mode.value;
  if (mode.kind === 'field') body = { ...(base as Record<string, unknown>), [mode.field]: mode.value };
  if (op.method === 'GET' || op.method === 'DELETE') return client.request({ method: op.method, url });
  return client.request({
    method: op.method as 'POST',
    url,
    payload: JSON.stringify(body === undefined ? {} : body),
    headers: { 'content-type': 'application/json' },
  });
}

it('no operation answers 5xx, a refusal is a known problem, and a refused request changes nothing', {
  timeout: 30 * 60_000,
}, async () => {
  if (!ONLY) expect(operations.length).toBeGreaterThan(100);
  let requests = 0;
  const failures: string[] = [];
  let state = await snapshot();
  for (const [index, op] of operations.entries()) {
    const cases = targets(op).flatMap((target, n) =>
      fc.sample(fc.record({ mode: target, path: pathValues(op) }), { seed: SEED + index * 100 + n, numRuns: RUNS }),
    );
    for (const { mode, path } of cases) {
      const client = op.staff ? staff.client : member.client;
      const res = await send(client, op, mode, path);
      requests++;
      if (process.env.OPENAPI_FUZZ_LOG) console.log(res.statusCode, JSON.stringify({ mode, path }).slice(0, 200));
      const label = `${op.method} ${op.path} ${JSON.stringify({ mode, path }).slice(0, 300)}`;
      // A refused GET is taken to change nothing (a successful one may: messages marked read).
      const after = op.method !== 'GET' || res.statusCode < 400 ? await snapshot() : state;
      if (res.statusCode >= 500) {
        failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      } else if (res.statusCode >= 400) {
        const type = String(res.headers['content-type'] ?? '');
        const problem = type.startsWith('application/problem+json') ? res.json() : null;
        if (!problem || !isProblemCode(String(problem.code))) {
          failures.push(`${label} → ${res.statusCode} not a known problem: ${type} ${res.body.slice(0, 200)}`);
        } else if (problem.errors && !problem.errors.every((e: { code: string }) => isFieldErrorCode(e.code))) {
          failures.push(`${label} → unknown field error code ${JSON.stringify(problem.errors).slice(0, 200)}`);
        }
        const changed = changedTables(state, after);
        if (changed.length > 0) failures.push(`${label} → ${res.statusCode} ${problem?.code} but changed ${changed.join(', ')}`);
      }
      state = after;
      // Something that succeeded may have ended a session: log in again.
      if (res.statusCode < 300 && op.method !== 'GET') {
        for (const party of [member, staff]) {
          if ((await party.client.get('/api/v1/me')).statusCode === 401) {
            const fresh = await t.client();
            await fresh.post('/api/v1/auth/login', { email: party.user.email, password: party.user.password });
            party.client = fresh;
          }
        }
      }
    }
  }
  console.log(`${operations.length} operations, ${requests} requests, ${failures.length} failures`);
  if (failures.length > 0) console.error(failures.join('\n'));
  expect(failures).toEqual([]);
});
