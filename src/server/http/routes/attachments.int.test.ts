import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { competitionInput, jobInput, loggedInUser, postPaidJob } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ uploadMaxBytes: 64 * 1024 });
});
afterAll(async () => {
  await t?.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

function multipart(filename: string, content: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----yorozu-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, content, tail]), type: `multipart/form-data; boundary=${boundary}` };
}

async function upload(c: TestClient, filename: string, content: Buffer) {
  const { body, type } = multipart(filename, content);
  return c.request({ method: 'POST', url: '/api/v1/attachments', payload: body, headers: { 'content-type': type } });
}

describe('attachments', () => {
  it('uploads, attaches to an application, and only its parties can download', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const stranger = await loggedInUser(t);
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const up = await upload(worker.client, '実績/ポートフォリオ.png', PNG);
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ filename: 'ポートフォリオ.png', contentType: 'image/png', size: PNG.length });
    const app = (
      await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: '添付をご覧ください',
        quotedAmount: 20000,
        deliveryDays: 10,
        attachmentIds: [up.json().id],
      })
    ).json();
    expect(app.attachments).toEqual([up.json()]);
    const file = await client.client.get(`/api/v1/attachments/${up.json().id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(file.headers['content-security-policy']).toContain('sandbox');
    expect((await stranger.client.get(`/api/v1/attachments/${up.json().id}`)).statusCode).toBe(404);
    // Attached once: it cannot be attached elsewhere, nor by someone else.
    const job2 = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const reuse = await stranger.client.post(`/api/v1/jobs/${job2.id}/applications`, {
      proposal: 'x',
      quotedAmount: 20000,
      deliveryDays: 10,
      attachmentIds: [up.json().id],
    });
    expect(reuse.json().errors).toContainEqual(
      expect.objectContaining({ pointer: '/attachmentIds', code: 'attachment-invalid' }),
    );
  });

  it('attaches files to messages, readable by the thread members only', async () => {
    const client = await loggedInUser(t);
    const worker = await loggedInUser(t);
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    const app = (
      await worker.client.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: 'よろしく',
        quotedAmount: 20000,
        deliveryDays: 10,
      })
    ).json();
    const up = (await upload(client.client, 'memo.txt', Buffer.from('納品形式のメモです'))).json();
    await client.client.post(`/api/v1/threads/${app.threadId}/messages`, { body: 'メモを添付します', attachmentIds: [up.id] });
    const thread = (await worker.client.get(`/api/v1/threads/${app.threadId}/messages`)).json();
    expect(thread.items[0].attachments).toEqual([
      expect.objectContaining({ id: up.id, filename: 'memo.txt', contentType: 'text/plain; charset=utf-8' }),
    ]);
    expect((await worker.client.get(`/api/v1/attachments/${up.id}`)).body).toBe('納品形式のメモです');
  });

  it('refuses wrong types, disguised files, empty and oversized files, and anonymous uploads', async () => {
    const { client } = await loggedInUser(t);
    expect((await upload(client, 'script.exe', Buffer.from('MZ'))).json().code).toBe('file-type-not-allowed');
    expect((await upload(client, 'fake.png', Buffer.from('not really a png'))).json().code).toBe('file-type-not-allowed');
    expect((await upload(client, 'binary.txt', Buffer.from([0x41, 0x00, 0x42]))).json().code).toBe('file-type-not-allowed');
    expect((await upload(client, 'empty.txt', Buffer.alloc(0))).json().code).toBe('file-missing');
    const big = await upload(client, 'big.txt', Buffer.alloc(70 * 1024, 0x41));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('file-too-large');
    const anon = await t.client();
    expect((await upload(anon, 'a.txt', Buffer.from('x'))).statusCode).toBe(401);
    expect((await client.post('/api/v1/attachments', { file: 'x' })).statusCode).toBe(415);
  });

  it('deletes the owner’s files at withdrawal, and unattached files after a day', async () => {
    const { user, client } = await loggedInUser(t);
    const kept = (await upload(client, 'a.txt', Buffer.from('withdrawal canary'))).json();
    const row = await t.database.db
      .selectFrom('attachments')
      .select('storage_key')
      .where('id', '=', kept.id)
      .executeTakeFirstOrThrow();
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(existsSync(join(t.config.uploadDir, row.storage_key))).toBe(true);
    await client.post('/api/v1/me/withdrawal', { reasons: [], otherReason: '', password: user.password, eraseNow: true });
    expect(existsSync(join(t.config.uploadDir, row.storage_key))).toBe(false);
    expect(await t.database.db.selectFrom('attachments').select('id').where('id', '=', kept.id).execute()).toEqual([]);

    const other = await loggedInUser(t);
    const orphan = (await upload(other.client, 'b.txt', Buffer.from('orphan'))).json();
    t.clock.advance(2 * 86_400_000);
    await t.database.db
      .updateTable('queue_tasks')
      .set({ run_at: t.clock() })
      .where('kind', '=', 'withdrawal.retention')
      .where('status', '=', 'pending')
      .execute();
    const { scheduleRetention } = await import('../../queue/handlers');
    await scheduleRetention(t.database.db, t.clock(), t.clock());
    await t.runTasks();
    expect(await t.database.db.selectFrom('attachments').select('id').where('id', '=', orphan.id).execute()).toEqual([]);
  });
});

describe('competition entries', () => {
  it('workers enter works before the deadline; the client sees all, each worker their own', async () => {
    const client = await loggedInUser(t);
    const w1 = await loggedInUser(t);
    const w2 = await loggedInUser(t);
    const comp = await postPaidJob(client.client, competitionInput(t));
    const img = (await upload(w1.client, 'logo.png', PNG)).json();
    const e1 = await w1.client.post(`/api/v1/jobs/${comp.id}/entries`, {
      title: '案A 筆文字ロゴ',
      description: '和の雰囲気で',
      attachmentIds: [img.id],
    });
    expect(e1.statusCode).toBe(201);
    expect(e1.json()).toMatchObject({
      title: '案A 筆文字ロゴ',
      status: 'submitted',
      attachments: [expect.objectContaining({ id: img.id })],
    });
    await w2.client.post(`/api/v1/jobs/${comp.id}/entries`, { title: '案B', description: '' });
    expect((await client.client.get(`/api/v1/jobs/${comp.id}/entries`)).json().items).toHaveLength(2);
    expect((await w2.client.get(`/api/v1/jobs/${comp.id}/entries`)).json().items).toHaveLength(1);
    expect((await client.client.get(`/api/v1/attachments/${img.id}`)).statusCode).toBe(200);
    expect((await w2.client.get(`/api/v1/attachments/${img.id}`)).statusCode).toBe(404);
    for (let i = 0; i < 4; i++) await w2.client.post(`/api/v1/jobs/${comp.id}/entries`, { title: `追加案${i}`, description: '' });
    expect((await w2.client.post(`/api/v1/jobs/${comp.id}/entries`, { title: '6点目', description: '' })).json().code).toBe(
      'entries-limit',
    );
    expect((await w1.client.post(`/api/v1/entries/${e1.json().id}/withdraw`, {})).statusCode).toBe(200);
    expect((await w1.client.post(`/api/v1/entries/${e1.json().id}/withdraw`, {})).json().code).toBe('entry-transition-invalid');
    const project = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    expect((await w1.client.post(`/api/v1/jobs/${project.id}/entries`, { title: 'x', description: '' })).json().code).toBe(
      'job-kind-not-applicable',
    );
  });
});
