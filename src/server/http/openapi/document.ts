// The OpenAPI document the app serves at /api/openapi.json: a contract clients can
// generate from. Request and 2xx schemas come from each route's zod schemas; security,
// header parameters and error responses are derived from the route's options
// (operations.ts); `openapi.int.test.ts` lints the result with Redocly's recommended
// rules and the integration tests check every response they get against it.
import type { SwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../../config';
import { SESSION_COOKIE } from '../plugins/auth';
import { CSRF_COOKIE } from '../plugins/security';
import { OPERATION_IDS } from './operation-ids';
import { completeOperation, type OperationFacts, operationFacts } from './operations';
import { problemSchema } from './responses';

const TAGS: Record<string, string> = {
  system: 'Health and the problem catalogue',
  auth: 'Registration, logging in and out, mailed links',
  me: 'My account, profile and sessions',
  users: 'Public profiles',
  discovery: 'Finding workers, favourites',
  withdrawal: 'Withdrawing from Yorozu, the personal data export, restoring an account',
  jobs: 'Job postings: search, post, edit, publish, close',
  applications: 'Applying to projects and hiring',
  offers: 'Direct offers from a client to a worker',
  entries: 'Competition entries',
  work: 'Tasks and competitions: funding, submissions, winners',
  contracts: 'Contracts, milestones, termination, disputes, reviews and statements',
  messages: 'Message threads',
  notifications: 'In-app notifications',
  payouts: 'Banks, the bank account, payout requests and batches',
  attachments: 'Uploading and downloading files',
  quotes: 'Quote requests about a service, quotes and buying them',
  moderation: 'Reports (通報), my reports, my restrictions and their appeal',
  consultations: 'The consultation desk (ハラスメント等の相談窓口): confidential consultations with staff and their answers',
  staff: 'Staff: deposits and disputes',
};

const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session, set by POST /api/v1/auth/login (HttpOnly).',
  },
  csrfCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: CSRF_COOKIE,
    description: 'Half of the CSRF pair, set by GET /api/v1/session (HttpOnly).',
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: 'The other half: `csrfToken` from GET /api/v1/session, sent with every unsafe method.',
  },
};

const PARAMETERS = {
  CsrfToken: {
    name: 'X-CSRF-Token',
    in: 'header',
    required: true,
    description: '`csrfToken` from GET /api/v1/session; it must match the CSRF cookie.',
    schema: { type: 'string' },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description:
      'A key of your choice (printable ASCII, at most 200 characters). A retry with the same key replays the first answer ' +
      '(with `Idempotent-Replayed: true`); the same key with another request is a 422.',
    schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
  },
};

type Document = Record<string, unknown> & { paths?: Record<string, Record<string, Record<string, unknown>>> };

export function swaggerOptions(config: Config): SwaggerOptions {
  // Filled while the routes are transformed, read when the document is completed.
  const facts = new Map<string, OperationFacts>();
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yorozu API',
        version: '1',
        description:
          'JSON API of Yorozu. Every error is an RFC 9457 problem document (application/problem+json) with a stable `code`. ' +
          'Unsafe methods need the X-CSRF-Token header with the token from GET /api/v1/session.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: config.publicUrl, description: 'This instance' }],
      tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: SECURITY_SCHEMES as never,
        parameters: PARAMETERS as never,
        schemas: { Problem: problemSchema() as never },
      },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const route = input.route as RouteOptions;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      for (const method of methods) facts.set(`${method.toLowerCase()} ${path}`, operationFacts(route, method, path));
      return result;
    },
    transformObject: (input) => {
      if (!('openapiObject' in input)) return input.swaggerObject;
      const document = input.openapiObject as Document;
      for (const [path, operations] of Object.entries(document.paths ?? {})) {
        for (const [method, operation] of Object.entries(operations)) {
          operation.operationId ??= OPERATION_IDS[`${method.toUpperCase()} ${path}`];
          const found = facts.get(`${method} ${path}`);
          if (found) completeOperation(operation, found);
        }
      }
      return document as typeof input.openapiObject;
    },
  };
}
