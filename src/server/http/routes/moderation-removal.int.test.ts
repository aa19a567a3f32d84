// What a report's decision does beyond the report: content staff removed stays down (its
// owner cannot publish, resume or reopen it, and is told why and what to do), and the
// other open reports on the same content are decided with it — each reporter told, each
// decision audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { type Party, staffMember } from '../../../../test/contracts';
import { jobInput, loggedInUser } from '../../../../test/factories';
import { createService } from '../../../../test/orders';

let t: TestApp;
let moderator: Party;
type Member = Awaited<ReturnType<typeof loggedInUser>>;
let owner: Member;
let reporters: Member[];

const idOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const report = (c: TestClient, targetKind: string, targetId: string) =>
  c.post('/api/v1/reports', { targetKind, targetId, reason: 'inappropriate', note: '' });
const reportIdsOn = async (targetId: string) =>
  (await t.database.db.selectFrom('reports').select('id').where('target_id', '=', targetId).orderBy('created_at').execute()).map(
    (r) => r.id,
  );
const removal = { action: 'remove', article: 'art8', note: '不適切な画像を含むため公開を停止しました。' };

beforeAll(async () => {
  t = await startTestApp();
  moderator = await staffMember(t, 'moderator');
  owner = await loggedInUser(t);
  reporters = [await loggedInUser(t), await loggedInUser(t), await loggedInUser(t)];
});
afterAll(async () => {
  await t?.close();
});

describe('content removed by staff stays down', () => {
  it('a hidden service cannot be published again; the refusal cites the decision and says what to do', async () => {
    const service = await createService(t.database.db, await idOf(owner.user.username));
    expect((await report(reporters[0]!.client, 'service', service.id)).statusCode).toBe(201);
    const [reportId] = await reportIdsOn(service.id);
    const decided = await moderator.client.post(`/api/v1/staff/moderation/reports/${reportId}/decision`, removal);
    expect(decided.statusCode, decided.body).toBe(200);
    const publish = await owner.client.post(`/api/v1/services/${service.id}/status`, { action: 'publish' });
    expect(publish.statusCode).toBe(409);
    expect(publish.json()).toMatchObject({
      code: 'content-removed-by-staff',
      removal: { content: 'service', article: 'art8', articleTitle: '第8条(禁止事項)', note: removal.note },
    });
    expect(publish.json().detail).toContain('お問い合わせ窓口');
    const row = await t.database.db
      .selectFrom('services')
      .select(['status', 'hidden_reason'])
      .where('id', '=', service.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'hidden', hidden_reason: 'staff' });
    // A service the seller hid themself comes back as before.
    const own = await createService(t.database.db, await idOf(owner.user.username), { status: 'hidden' });
    expect((await owner.client.post(`/api/v1/services/${own.id}/status`, { action: 'publish' })).statusCode).toBe(200);
  });

  it('a posting staff closed cannot be reopened; one its client closed can', async () => {
    const job = (await owner.client.post('/api/v1/jobs', jobInput(t))).json();
    expect((await report(reporters[0]!.client, 'job', job.id)).statusCode).toBe(201);
    const [reportId] = await reportIdsOn(job.id);
    expect((await moderator.client.post(`/api/v1/staff/moderation/reports/${reportId}/decision`, removal)).statusCode).toBe(200);
    const deadline = new Date(t.clock().getTime() + 5 * 86_400_000).toISOString();
    const reopen = await owner.client.post(`/api/v1/jobs/${job.id}/reopen`, { deadline });
    expect(reopen.json()).toMatchObject({ code: 'content-removed-by-staff', removal: { content: 'job', article: 'art8' } });
    expect((await owner.client.get(`/api/v1/jobs/${job.id}`)).json().status).toBe('closed');
    const other = (await owner.client.post('/api/v1/jobs', jobInput(t))).json();
    expect((await owner.client.post(`/api/v1/jobs/${other.id}/close`, {})).statusCode).toBe(200);
    expect((await owner.client.post(`/api/v1/jobs/${other.id}/reopen`, { deadline })).statusCode).toBe(200);
  });
});

describe('deciding one report decides the others on the same content', () => {
  it('closes every open report on the target with the same outcome, tells each reporter, audits each', async () => {
    const job = (await owner.client.post('/api/v1/jobs', jobInput(t))).json();
    const mineIds: string[] = [];
    for (const r of reporters) {
      const created = await report(r.client, 'job', job.id);
      expect(created.statusCode).toBe(201);
      mineIds.push(created.json().id);
      t.clock.advance(1000);
    }
    const ids = await reportIdsOn(job.id);
    expect(ids).toHaveLength(3);
    const res = await moderator.client.post(`/api/v1/staff/moderation/reports/${ids[1]}/decision`, {
      action: 'warn',
      article: 'art8',
      note: '表現を改めるよう警告しました。',
    });
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.database.db
      .selectFrom('reports')
      .select(['id', 'status', 'article', 'decided_by'])
      .where('id', 'in', ids)
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['warned', 'warned', 'warned']);
    expect(new Set(rows.map((r) => r.decided_by)).size).toBe(1);
    for (const [i, r] of reporters.entries()) {
      const mine = (await r.client.get('/api/v1/me/reports')).json().items.find((m: { id: string }) => m.id === mineIds[i]);
      expect(mine.outcome.status).toBe('warned');
      const notes = (await r.client.get('/api/v1/me/notifications')).json().items;
      expect(notes.some((n: { kind: string }) => n.kind === 'report.decided')).toBe(true);
    }
    const audits = await t.database.db
      .selectFrom('audit_events')
      .select(['subject_id', 'action'])
      .where('subject_id', 'in', ids)
      .where('action', '!=', 'report.created')
      .execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['report.warned', 'report.warned', 'report.warned']);
    // The member is warned once, not once per report.
    const warnings = await t.database.db.selectFrom('moderation_actions').select('id').where('content_id', '=', job.id).execute();
    expect(warnings).toHaveLength(1);
    // The queue has none of them left.
    const queue = (await moderator.client.get('/api/v1/staff/moderation/reports')).json().items;
    expect(queue.filter((i: { id: string }) => ids.includes(i.id))).toEqual([]);
    // Another decision on any of them is refused as decided.
    const again = await moderator.client.post(`/api/v1/staff/moderation/reports/${ids[0]}/decision`, {
      action: 'dismiss',
      note: 'x',
    });
    expect(again.json().code).toBe('report-decided');
  });

  it('a report on other content stays open', async () => {
    const a = (await owner.client.post('/api/v1/jobs', jobInput(t))).json();
    const b = (await owner.client.post('/api/v1/jobs', jobInput(t))).json();
    await report(reporters[0]!.client, 'job', a.id);
    await report(reporters[0]!.client, 'job', b.id);
    const [ra] = await reportIdsOn(a.id);
    const [rb] = await reportIdsOn(b.id);
    await moderator.client.post(`/api/v1/staff/moderation/reports/${ra}/decision`, { action: 'dismiss', note: '問題なし' });
    const row = await t.database.db.selectFrom('reports').select('status').where('id', '=', rb!).executeTakeFirstOrThrow();
    expect(row.status).toBe('open');
  });
});
