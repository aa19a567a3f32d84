// Starts the real application on a fresh database for one test file, with a fake clock
// and the development mailbox, and gives tests a browser-like client (cookie jar + CSRF).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyServerOptions, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Config, testConfig } from '../src/server/config';
import { buildApp } from '../src/server/http/app';
import { devMailboxMailer } from '../src/server/integrations/mail/mailer';
import { taskHandlers } from '../src/server/queue/handlers';
import { runDueWork } from '../src/server/queue/worker';
import { checkResponsesAgainstDocument } from './api-contract';
import { type FakeClock, fakeClock } from './clock';
import { createTestDatabase, type TestDatabase } from './database';
import { createTestBlockerTable, testBlockerRoutes, testRegistry } from './test-blocker';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: FakeClock;
  config: Config;
  client(options?: { userAgent?: string; lang?: string }): Promise<TestClient>;
  /** Runs every due background task at the fake clock's time; returns how many ran. */
  runTasks(): Promise<number>;
  /** Delivers the outbox into the dev mailbox and returns the mails sent to `to`, newest first. */
  mailsTo(to: string): Promise<{ subject: string; body: string }[]>;
  /** The first URL in the newest mail to `to` whose path starts with `path`. */
  linkFromMail(to: string, path: string): Promise<URL>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Adds the test-only withdrawal blocker (see test-blocker.ts). */
  testBlocker?: boolean;
  /** Use this database instead of a fresh one (several app instances on one database). */
  database?: TestDatabase;
  logger?: FastifyServerOptions['logger'];
  /** Check every answer against the API document (see api-contract.ts); on unless false. */
  checkResponses?: boolean;
}

export async function startTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const clock = fakeClock();
  const config = testConfig({ uploadDir: await mkdtemp(join(tmpdir(), 'yorozu-uploads-')), ...overrides });
  const mailer = devMailboxMailer(database.db);
  if (options.testBlocker) await createTestBlockerTable(database.db);
  const app = await buildApp({
    config,
    database,
    mailer,
    clock,
    logger: options.logger ?? (process.env.TEST_LOG ? { level: 'error' } : false),
    ...(options.testBlocker ? { withdrawal: testRegistry, extraRoutes: testBlockerRoutes } : {}),
  });
  await app.ready();
  if (options.checkResponses !== false) await checkResponsesAgainstDocument(app);

  const handlers = taskHandlers(app.deps);
  const runTasks = () => runDueWork(database.db, handlers, mailer, clock(), { max: 100_000 });
  const mailsTo: TestApp['mailsTo'] = async (to) => {
    await runTasks();
    const rows = await database.db
      .selectFrom('dev_mailbox')
      .select(['subject', 'body_text'])
      .where('to_address', '=', to.toLowerCase())
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({ subject: r.subject, body: r.body_text }));
  };

  return {
    app,
    database,
    clock,
    config,
    client: (options) => TestClient.create(app, options),
    runTasks,
    mailsTo,
    async linkFromMail(to, path) {
      for (const mail of await mailsTo(to)) {
        for (const match of mail.body.matchAll(/https?:\/\/\S+/g)) {
          const url = new URL(match[0]);
          if (url.pathname.startsWith(path)) return url;
        }
      }
      throw new Error(`no mail to ${to} with a link to ${path}`);
    },
    async close() {
      await app.close();
      if (!options.database) await database.close();
      await rm(config.uploadDir, { recursive: true, force: true });
    },
  };
}

type Body = Record<string, unknown> | unknown[] | string | undefined;

export class TestClient {
  readonly cookies = new Map<string, string>();
  csrf = '';
  /** Run before each request (one run shared by concurrent requests): a staff member signing in again once their short session ended. */
  beforeRequest: (() => Promise<void>) | null = null;
  private hookRun: Promise<void> | null = null;

  private constructor(
    readonly app: FastifyInstance,
    private readonly headers: Record<string, string>,
  ) {}

  static async create(app: FastifyInstance, options: { userAgent?: string; lang?: string } = {}): Promise<TestClient> {
    const client = new TestClient(app, {
      'user-agent': options.userAgent ?? 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36',
      'accept-language': options.lang ?? 'ja',
    });
    await client.refreshCsrf();
    return client;
  }

  async refreshCsrf(): Promise<void> {
    const res = await this.request({ method: 'GET', url: '/api/v1/session' });
    this.csrf = res.json().csrfToken;
  }

  async request(options: InjectOptions & { body?: Body }): Promise<LightMyRequestResponse> {
    if (this.beforeRequest) {
      this.hookRun ??= this.beforeRequest().finally(() => {
        this.hookRun = null;
      });
      await this.hookRun;
    }
    const headers: Record<string, string> = { ...this.headers, ...(options.headers as Record<string, string>) };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (options.method && !['GET', 'HEAD'].includes(options.method) && headers['x-csrf-token'] === undefined) {
      headers['x-csrf-token'] = this.csrf;
    }
    const { body, ...rest } = options;
    const inject: InjectOptions = { ...rest, headers };
    if (body !== undefined) {
      if (typeof body === 'string') inject.payload = body;
      else {
        inject.payload = JSON.stringify(body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const res = await this.app.inject(inject);
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now() - 1000 && c.value === '');
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request({ method: 'GET', url, ...(headers ? { headers } : {}) });
  }
  post(url: string, body?: Body, headers?: Record<string, string>) {
    return this.request({ method: 'POST', url, body, ...(headers ? { headers } : {}) });
  }
  put(url: string, body?: Body) {
    return this.request({ method: 'PUT', url, body });
  }
  patch(url: string, body?: Body) {
    return this.request({ method: 'PATCH', url, body });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}
