// Whole-database erasure scan. A canary member puts a unique string in every field and
// uses every feature; the export taken before withdrawal must contain every canary; after
// withdrawal and the retention jobs (with the clock moved past every window), no table,
// column or log line may contain any canary in any variant (case, NFKC, full width,
// hex), except what the allow-list keeps on purpose.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import { DAY } from '../../../test/clock';
import { jobInput, loggedInUser } from '../../../test/factories';
import { createService } from '../../../test/orders';
import { ERASURE_ALLOW_LIST, PRIVACY_MAP, PUBLIC_CONTENT_COPIES } from '../db/privacy-map';
import { purgeWithdrawalData } from '../use-cases/withdrawal/purge-withdrawal-data';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, { testBlocker: true, logger: { level: 'debug', stream: logStream } });
});
afterAll(async () => {
  await t?.close();
});

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function variants(canary: string): string[] {
  return [
    ...new Set([
      canary,
      canary.toLowerCase(),
      canary.toUpperCase(),
      canary.normalize('NFKC'),
      fullWidth(canary),
      Buffer.from(canary).toString('hex'),
    ]),
  ];
}

describe('erasure scan', () => {
  const c = randomBytes(5).toString('hex');
  const canaries = {
    email: `mail${c}@example.jp`,
    newEmail: `newmail${c}@example.jp`,
    username: `cn_${c}`,
    displayName: `カナリア${c}`,
    renamed: `改名${c}`,
    bio: `bio${c}text`,
    skill: `skill${c}`,
    link: `https://example.com/portfolio${c}`,
    userAgent: `CanaryBrowser${c}/1.0`,
    password: `secret pass ${c}`,
    fileContent: `filebody${c}`,
    fileName: `file${c}.txt`,
    quoteIncludes: `見積り内容${c}`,
    consultation: `相談窓口への相談${c}です`,
  };
  /** What the member wrote for others to read: kept as public content on purpose. */
  const publicCanaries = {
    jobTitle: `求人${c}タイトル`,
    proposal: `提案${c}です`,
    message: `連絡${c}です`,
  };

  it('leaves no trace of a withdrawn member outside the allow-list', async () => {
    const anon = await t.client({ userAgent: canaries.userAgent });
    // Register, verify, log in on two devices.
    expect(
      (
        await anon.post('/api/v1/auth/register', {
          email: canaries.email,
          password: canaries.password,
          username: canaries.username,
          displayName: canaries.displayName,
          intent: 'both',
          acceptTerms: true,
        })
      ).statusCode,
    ).toBe(202);
    await anon.post('/api/v1/auth/resend-verification', { email: canaries.email });
    const verify = await t.linkFromMail(canaries.email, '/verify-email');
    await anon.post('/api/v1/auth/verify-email', { token: verify.searchParams.get('token') });
    // Someone tries to register the same address again: a mail goes to it.
    await (await t.client()).post('/api/v1/auth/register', {
      email: canaries.email,
      password: 'another fine passphrase',
      username: `other_${c}`,
      displayName: '別人',
      intent: 'work',
      acceptTerms: true,
    });
    const me = await t.client({ userAgent: canaries.userAgent });
    expect((await me.post('/api/v1/auth/login', { email: canaries.email, password: canaries.password })).statusCode).toBe(200);
    const phone = await t.client({ userAgent: `${canaries.userAgent} iPhone` });
    await phone.post('/api/v1/auth/login', { email: canaries.email, password: canaries.password });
    // A failed login leaves a throttle row.
    await (await t.client()).post('/api/v1/auth/login', { email: canaries.email, password: 'wrong wrong wrong' });

    // Every account feature.
    await me.patch('/api/v1/me', { displayName: canaries.renamed });
    await me.put('/api/v1/me/profile', {
      bio: canaries.bio,
      skills: [canaries.skill],
      occupation: 'freelance',
      hoursPerWeek: 20,
      homeOnly: true,
      timesOfDay: ['night'],
      prefecture: '26',
      portfolioLinks: [canaries.link],
    });
    await me.get('/api/v1/me/sessions');
    await me.post('/api/v1/me/password', { currentPassword: canaries.password, newPassword: `${canaries.password} v2` });
    await me.post('/api/v1/me/email', { newEmail: canaries.newEmail, password: `${canaries.password} v2` });
    const change = await t.linkFromMail(canaries.newEmail, '/confirm-email');
    await me.post('/api/v1/auth/confirm-email-change', { token: change.searchParams.get('token') });
    await anon.post('/api/v1/auth/password-reset', { email: canaries.newEmail });
    await me.post('/api/v1/test/open-items', { title: '完了済みの項目' }).then(async (r) => {
      await me.post(`/api/v1/test/open-items/${r.json().id}/close`, {});
    });
    // Work features: post (then close) a job, apply to someone's job with a file, message,
    // receive an offer, enter a competition.
    const mine = (await me.post('/api/v1/jobs', jobInput(t, { title: publicCanaries.jobTitle }))).json();
    await me.post(`/api/v1/jobs/${mine.id}/close`, {});
    const other = await loggedInUser(t);
    const theirJob = (await other.client.post('/api/v1/jobs', jobInput(t))).json();
    // Favourites both ways: the member keeps a posting and a member, and is kept by them.
    expect((await me.put(`/api/v1/favourites/job/${theirJob.id}`, {})).statusCode).toBe(200);
    expect((await me.put(`/api/v1/favourites/member/${other.user.username}`, {})).statusCode).toBe(200);
    expect((await other.client.put(`/api/v1/favourites/member/${canaries.username}`, {})).statusCode).toBe(200);
    const boundary = '----canary';
    const upload = await me.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${canaries.fileName}"\r\nContent-Type: text/plain\r\n\r\n${canaries.fileContent}\r\n--${boundary}--\r\n`,
      ),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(upload.statusCode).toBe(201);
    const application = (
      await me.post(`/api/v1/jobs/${theirJob.id}/applications`, {
        proposal: publicCanaries.proposal,
        quotedAmount: 20000,
        deliveryDays: 5,
        attachmentIds: [upload.json().id],
      })
    ).json();
    await me.post(`/api/v1/threads/${application.threadId}/messages`, { body: publicCanaries.message });
    await other.client.post(`/api/v1/threads/${application.threadId}/messages`, { body: '承知しました' });
    await other.client.post(`/api/v1/applications/${application.id}/decline`, { reason: null });
    const offerJob = (await other.client.post('/api/v1/jobs', jobInput(t))).json();
    await other.client.post(`/api/v1/jobs/${offerJob.id}/offers`, { username: canaries.username, message: 'ぜひお願いします' });
    // A contract the other side funds and ends by agreement, each with an Idempotency-Key:
    // their stored answers show the member's display name until they are scrubbed.
    const hireJob = (await other.client.post('/api/v1/jobs', jobInput(t, { hires: 2 }))).json();
    const hired = (
      await me.post(`/api/v1/jobs/${hireJob.id}/applications`, { proposal: '対応できます', quotedAmount: 10000, deliveryDays: 3 })
    ).json();
    const contractId = (await other.client.post(`/api/v1/applications/${hired.id}/hire`, {})).json().contractId as string;
    const milestoneId = (await other.client.get(`/api/v1/contracts/${contractId}`)).json().milestones[0].id as string;
    const funded = await other.client.post(
      `/api/v1/milestones/${milestoneId}/fund`,
      { method: 'dev_card' },
      { 'idempotency-key': `fund-${c}` },
    );
    expect(funded.body).toContain(canaries.renamed);
    await me.post(`/api/v1/contracts/${contractId}/termination`, {
      reason: '都合により終了させてください',
      settlement: [{ milestoneId, workerAmount: 0 }],
    });
    const ended = await other.client.post(
      `/api/v1/contracts/${contractId}/termination/answer`,
      { agree: true },
      { 'idempotency-key': `end-${c}` },
    );
    expect(ended.statusCode, ended.body).toBe(200);
    // As a seller: a quote (見積り) in answer to a quote request, withdrawn, then the service hidden.
    const meId = (await me.get('/api/v1/me')).json().id as string;
    const service = await createService(t.database.db, meId);
    const inquiry = (await other.client.post(`/api/v1/services/${service.id}/inquiries`, { message: '相談です' })).json();
    const quoted = await me.post(`/api/v1/inquiries/${inquiry.id}/quotes`, {
      price: 10_000,
      deliveryDays: 5,
      revisions: 1,
      includes: canaries.quoteIncludes,
      validUntil: '2026-04-08',
    });
    expect(quoted.statusCode, quoted.body).toBe(201);
    await me.post(`/api/v1/quotes/${quoted.json().quotes[0].id}/withdraw`, {});
    await me.post(`/api/v1/services/${service.id}/hide`, {});
    // A consultation (相談窓口): its text is erased at withdrawal.
    const consulted = await me.post('/api/v1/consultations', { category: 'harassment', description: canaries.consultation });
    expect(consulted.statusCode, consulted.body).toBe(201);
    await me.get('/api/v1/me/notifications');
    await me.get('/api/v1/me/threads');
    await t.mailsTo(canaries.newEmail); // deliver everything pending

    // The export before withdrawal holds every canary still held. (The first display name
    // lived only in the text of the verification mail, erased from the outbox once sent.)
    const exported = (await me.get('/api/v1/me/export')).body;
    for (const key of [
      'newEmail',
      'email',
      'username',
      'renamed',
      'bio',
      'skill',
      'link',
      'userAgent',
      'quoteIncludes',
    ] as const) {
      expect(exported, `export lacks ${key}`).toContain(canaries[key]);
    }

    // Withdraw, keeping the undo window; mention identifiers in the free text.
    const res = await me.post('/api/v1/me/withdrawal', {
      reasons: ['change-username', 'other'],
      otherReason: `${canaries.renamed}です。連絡は ${canaries.newEmail} まで`,
      password: `${canaries.password} v2`,
      eraseNow: false,
    });
    expect(res.statusCode).toBe(200);
    await t.mailsTo(canaries.newEmail);
    t.clock.advance(15 * DAY);
    await purgeWithdrawalData(t.database.db, t.clock());

    // The other side's retry still gets its first answer, without the member's name.
    const replay = await other.client.post(
      `/api/v1/milestones/${milestoneId}/fund`,
      { method: 'dev_card' },
      { 'idempotency-key': `fund-${c}` },
    );
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toContain('退会済みユーザー');

    // Scan every table (the test-only table too) as JSON text.
    const { rows: tables } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
      t.database.db,
    );
    const hits: string[] = [];
    const allowedTables = new Set(ERASURE_ALLOW_LIST.filter((a) => !a.column).map((a) => a.table));
    const allowedColumns = new Set(ERASURE_ALLOW_LIST.filter((a) => a.column).map((a) => `${a.table}.${a.column}`));
    for (const { table_name: table } of tables) {
      if (allowedTables.has(table)) continue;
      const { rows } = await sql<{ j: Record<string, unknown> }>`select row_to_json(t) as j from ${sql.table(table)} t`.execute(
        t.database.db,
      );
      for (const row of rows) {
        for (const [column, value] of Object.entries(row.j)) {
          if (allowedColumns.has(`${table}.${column}`)) continue;
          const text = JSON.stringify(value);
          for (const [key, canary] of Object.entries(canaries)) {
            for (const v of variants(canary)) if (text.includes(v)) hits.push(`${table}.${column} holds ${key} (${v})`);
          }
        }
      }
    }
    expect(hits).toEqual([]);
    // Public content stays, and only where it was written for others.
    const publicHits: string[] = [];
    for (const { table_name: table } of tables) {
      if (allowedTables.has(table)) continue;
      const { rows } = await sql<{ j: Record<string, unknown> }>`select row_to_json(t) as j from ${sql.table(table)} t`.execute(
        t.database.db,
      );
      for (const row of rows) {
        for (const [column, value] of Object.entries(row.j)) {
          for (const canary of Object.values(publicCanaries))
            if (JSON.stringify(value).includes(canary)) publicHits.push(`${table}.${column}`);
        }
      }
    }
    for (const hit of publicHits.filter((h) => !PUBLIC_CONTENT_COPIES.includes(h))) {
      const [table, column] = hit.split('.') as [string, string];
      expect(PRIVACY_MAP[table]?.columns[column]?.class, hit).toBe('public-content');
    }
    // Uploaded files: the member's file is gone from disk.
    const { readdir, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const files = (await readdir(t.config.uploadDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
    for (const f of files) {
      const content = await readFile(join(f.parentPath, f.name), 'utf8');
      for (const canary of Object.values(canaries)) expect(content.includes(canary), `upload ${f.name}`).toBe(false);
    }
    // The tables we scanned are the ones the data map knows (plus the test-only table).
    expect(tables.map((x) => x.table_name).filter((n) => !(n in PRIVACY_MAP))).toEqual(['test_open_items']);

    // Logs: nothing either (errors are logged with ids, never with personal data).
    const logs = logLines.join('\n');
    for (const [key, canary] of Object.entries(canaries)) {
      for (const v of variants(canary)) expect(logs.includes(v), `log holds ${key}`).toBe(false);
    }
    // The username stays, as a tombstone only.
    const tomb = await t.database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', canaries.username)
      .executeTakeFirstOrThrow();
    expect(tomb).toMatchObject({ status: 'withdrawn', email: null, display_name: null, password_hash: null });
  });
});
