// The data export is complete by the data map: one member uses every feature, so that
// every table the map exports holds rows of theirs; each of those rows must be in the
// export section the map names, and every table must say whether it is exported.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { deliver, fundByCard, hiredContract } from '../../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, serviceInput, taskInput } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';
import { EXPORT_MAP, PRIVACY_MAP } from '../../db/privacy-map';
import { sendSavedSearchDigests } from '../discovery/send-saved-search-digests';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const ok = async (res: Promise<{ statusCode: number; body: string }>) => {
  const r = await res;
  if (r.statusCode >= 300) throw new Error(`${r.statusCode}: ${r.body}`);
  return JSON.parse(r.body || 'null');
};

describe('personal data export', () => {
  it('every table of the data map says whether the export holds it', () => {
    expect(Object.keys(PRIVACY_MAP).filter((table) => !(table in EXPORT_MAP))).toEqual([]);
    expect(Object.keys(EXPORT_MAP).filter((table) => !(table in PRIVACY_MAP))).toEqual([]);
  });

  it('holds every row of the member in every table the data map exports, and no secret', async () => {
    const me = await loggedInUser(t);
    const other = await loggedInUser(t);
    const m = me.client;
    const o = other.client;

    await ok(
      m.put('/api/v1/me/profile', {
        bio: '自己紹介です',
        skills: ['記事作成'],
        occupation: 'freelance',
        hoursPerWeek: 20,
        homeOnly: true,
        timesOfDay: ['night'],
        prefecture: '26',
        portfolioLinks: [],
      }),
    );
    // As a client: a project with an applicant and a message, an offer, a paid task.
    const project = await ok(m.post('/api/v1/jobs', jobInput(t, { hires: 3 })));
    const applied = await ok(
      o.post(`/api/v1/jobs/${project.id}/applications`, { proposal: '担当できます', quotedAmount: 20_000, deliveryDays: 5 }),
    );
    await ok(m.post(`/api/v1/threads/${applied.threadId}/messages`, { body: '詳しく教えてください' }));
    await ok(m.post(`/api/v1/jobs/${project.id}/offers`, { username: other.user.username, message: 'ぜひ' }));
    await postPaidJob(m, taskInput(t));
    // A bank transfer called off (audited).
    const unpaid = await ok(m.post('/api/v1/jobs', taskInput(t, { publish: false })));
    await ok(m.post(`/api/v1/jobs/${unpaid.id}/fund`, { method: 'bank_transfer' }));
    await ok(m.post(`/api/v1/jobs/${unpaid.id}/deposit/cancel`, {}));
    // As a worker: an application with a file, a task submission approved, a competition entry.
    const boundary = '----export';
    const upload = await m.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.txt"\r\nContent-Type: text/plain\r\n\r\nplan\r\n--${boundary}--\r\n`,
      ),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(upload.statusCode).toBe(201);
    const theirs = await ok(o.post('/api/v1/jobs', jobInput(t)));
    // Favourites: a posting and a member.
    await ok(m.put(`/api/v1/favourites/job/${theirs.id}`, {}));
    await ok(m.put(`/api/v1/favourites/member/${other.user.username}`, {}));
    // A member they blocked (only blocks they made are theirs to see).
    const avoided = await loggedInUser(t);
    await ok(m.post('/api/v1/blocks', { username: avoided.user.username }));
    await ok(
      m.post(`/api/v1/jobs/${theirs.id}/applications`, {
        proposal: 'よろしくお願いします',
        quotedAmount: 15_000,
        deliveryDays: 4,
        attachmentIds: [upload.json().id],
      }),
    );
    const task = await postPaidJob(o, taskInput(t));
    const submission = await ok(m.post(`/api/v1/jobs/${task.id}/submissions`, { body: '感想: 読みやすいです' }));
    await ok(o.post(`/api/v1/task-submissions/${submission.id}/approve`, {}));
    const competition = await postPaidJob(o, competitionInput(t));
    await ok(m.post(`/api/v1/jobs/${competition.id}/entries`, { title: '案A', description: '' }));
    // Contracts: one completed with reviews both ways, one ending in a dispute.
    const done = await hiredContract(t, { client: other, worker: me });
    await fundByCard(done);
    await deliver(done);
    await ok(o.post(`/api/v1/milestones/${done.milestoneId}/accept`, {}));
    const review = { skill: 5, quality: 5, schedule: 4, communication: 5, partnership: 5, comment: 'ありがとうございました' };
    await ok(m.post(`/api/v1/contracts/${done.contractId}/review`, review));
    await ok(o.post(`/api/v1/contracts/${done.contractId}/review`, review));
    const disputed = await hiredContract(t, { client: me, worker: other });
    // A bank transfer called off (audited), then the card.
    await ok(m.post(`/api/v1/milestones/${disputed.milestoneId}/fund`, { method: 'bank_transfer' }));
    const transfer = await t.database.db
      .selectFrom('deposits')
      .select('id')
      .where('milestone_id', '=', disputed.milestoneId)
      .executeTakeFirstOrThrow();
    await ok(m.post(`/api/v1/deposits/${transfer.id}/cancel`, {}));
    await fundByCard(disputed);
    await ok(
      m.post(`/api/v1/contracts/${disputed.contractId}/termination`, {
        reason: '予定が変わりました',
        settlement: [{ milestoneId: disputed.milestoneId, workerAmount: 0 }],
      }),
    );
    await ok(o.post(`/api/v1/contracts/${disputed.contractId}/termination/answer`, { agree: false, reason: '作業済みです' }));
    // Money out: a bank account and a payout request.
    await ok(
      m.put('/api/v1/me/bank-account', {
        bankCode: '0005',
        branchCode: '001',
        accountType: 'ordinary',
        accountNumber: '0012345',
        holderName: 'テスト タロウ',
        password: me.user.password,
      }),
    );
    await ok(m.post('/api/v1/me/payouts', { amount: 1_000 }));
    // Automatic payouts, with the legal name and address a 支払調書 names, and a run that looked at the member.
    await ok(m.put('/api/v1/me/payout-settings', { automatic: true }));
    await ok(m.put('/api/v1/me/payee-identity', { legalName: '山田 太郎', address: '東京都千代田区丸の内1-1-1' }));
    // As a buyer: the other member's service, bought by card.
    const otherId = (await ok(o.get('/api/v1/me'))).id as string;
    const order = await ok(buy(m, await createService(t.database.db, otherId)));
    // A tip (おひねり) on the order.
    await ok(
      m.post(`/api/v1/orders/${order.id}/tips`, { amount: 500, message: 'ありがとう', method: 'dev_card', expectedTotal: 527 }),
    );
    // As a buyer asking for a quote: the inquiry, and the other member's quote in it.
    const asked = await ok(
      m.post(`/api/v1/services/${(await createService(t.database.db, otherId)).id}/inquiries`, { message: '3案ほしいです' }),
    );
    await ok(
      o.post(`/api/v1/inquiries/${asked.id}/quotes`, {
        price: 20_000,
        deliveryDays: 7,
        revisions: 1,
        includes: 'ロゴ3案',
        validUntil: '2026-04-08',
      }),
    );
    // A caught message sent for staff review (a held item), and a contact request in a contract.
    const contractThread = await t.database.db
      .selectFrom('threads')
      .select('id')
      .where('subject_type', '=', 'contract')
      .where('subject_id', '=', disputed.contractId)
      .executeTakeFirstOrThrow();
    const held = await m.post(
      `/api/v1/threads/${contractThread.id}/messages`,
      { body: '急ぎなら 090-1234-5678 へ', attachmentIds: [] },
      { 'screening-review': encodeURIComponent('現地作業の調整のため') },
    );
    expect(held.statusCode, held.body).toBe(202);
    await ok(m.post(`/api/v1/contracts/${disputed.contractId}/contact-requests`, { reasonKind: 'on-site', reason: '現地作業' }));
    // A scheduled withdrawal's rows, as scheduling writes them (the real one needs nothing else open).
    const userId = (await ok(m.get('/api/v1/me'))).id as string;
    await t.database.db
      .insertInto('scheduled_withdrawals')
      .values({ user_id: userId, reasons: ['other'], other_reason: '', erase_now: false, requested_at: t.clock() })
      .execute();
    await t.database.db
      .insertInto('automatic_payout_runs')
      .values({
        user_id: userId,
        payment_date: '2026-12-15',
        reason: 'automatic',
        outcome: 'carried_over',
        payout_request_id: null,
        amount: 0,
        created_at: t.clock(),
      })
      .execute();
    await t.database.db
      .insertInto('audit_events')
      .values({
        actor_user_id: userId,
        action: 'account.withdrawal_scheduled',
        subject_type: 'user',
        subject_id: userId,
        data: JSON.stringify({}),
        created_at: t.clock(),
      })
      .execute();
    // As a seller: a service with packages, an option and an image, then an edit that
    // drops a package (kept, marked removed).
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const image = await m.request({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(image.statusCode).toBe(201);
    const service = await ok(m.post('/api/v1/services', serviceInput({ imageIds: [image.json().id] })));
    await ok(
      m.patch(
        `/api/v1/services/${service.id}`,
        serviceInput({ version: 1, imageIds: [image.json().id], packages: [{ ...serviceInput().packages[0], name: 'ライト' }] }),
      ),
    );
    // A saved search, a service of the other member that matched it, and the day's digest.
    await ok(m.post('/api/v1/saved-searches', { kind: 'service', name: 'ロゴ', query: { q: 'ロゴ' } }));
    const theirService = await ok(o.post('/api/v1/services', serviceInput()));
    await ok(o.post(`/api/v1/services/${theirService.id}/status`, { action: 'publish' }));
    await t.runTasks();
    expect((await sendSavedSearchDigests(t.app.deps, t.clock())).sent).toBe(1);
    await t.runTasks();

    const res = await m.get('/api/v1/me/export');
    expect(res.statusCode).toBe(200);
    const exported = res.json() as Record<string, unknown>;
    const missing: string[] = [];
    const empty: string[] = [];
    for (const [table, policy] of Object.entries(EXPORT_MAP)) {
      if (!('section' in policy)) continue;
      const condition = sql.raw(policy.member.replaceAll('$user', `'${userId}'`));
      const { rows } = await sql<{ j: Record<string, unknown> }>`
        select to_jsonb(t) as j from ${sql.table(table)} t where ${condition}`.execute(t.database.db);
      if (rows.length === 0) {
        empty.push(table);
        continue;
      }
      const section = JSON.stringify(exported[policy.section] ?? null);
      if (section === 'null' || section === '[]') missing.push(`${table}: no section ${policy.section}`);
      for (const { j } of rows) {
        const key = policy.key === null ? null : policy.key ? j[policy.key] : (j.id ?? j.job_id ?? j.thread_id ?? null);
        if (key !== null && !section.includes(JSON.stringify(key)))
          missing.push(`${table} ${String(key)} not in ${policy.section}`);
      }
    }
    expect(missing, 'rows of the member left out of the export').toEqual([]);
    // The member above has rows in every table the map exports.
    expect(empty, 'exported tables this test leaves empty').toEqual([]);

    // No secret: the password hash, tokens, the sealed account number.
    const text = res.body;
    const secrets = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(secrets.password_hash ?? 'none');
    expect(text).not.toContain('0012345');
    expect(text).not.toMatch(/token=[A-Za-z0-9_-]{10,}/);
    expect(text).not.toContain('sealed');
    expect(text).not.toContain('token_hash');
  }, 60_000);
});
