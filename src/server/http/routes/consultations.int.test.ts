// The consultation desk (相談窓口) through HTTP: a member consults about one of their
// contracts; support staff see it in the queue and answer; the member is told and reads
// the answer; the other party of the contract sees and hears nothing; bad input is
// refused in Japanese; staff who are a party leave it to someone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { hiredContract, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const DESCRIPTION = '発注者からメッセージで繰り返し威圧的な言葉を受けています。';

describe('the consultation desk', () => {
  it('a worker consults about a contract; support answers; the worker reads it; the client sees nothing', async () => {
    const c = await hiredContract(t);
    const support = await staffMember(t, 'support');
    const clientNoticesBefore = (await c.client.client.get('/api/v1/me/notifications')).json().items.length;

    const sent = await c.worker.client.post('/api/v1/consultations', {
      category: 'harassment',
      description: DESCRIPTION,
      contractId: c.contractId,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().id as string;

    const mine = (await c.worker.client.get('/api/v1/me/consultations')).json();
    expect(mine.items).toEqual([
      expect.objectContaining({
        id,
        category: 'harassment',
        description: DESCRIPTION,
        status: 'open',
        answer: null,
        reference: { contractId: c.contractId, title: expect.any(String), isOrder: false },
      }),
    ]);

    const queue = (await support.client.get('/api/v1/staff/consultations')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);
    const detail = (await support.client.get(`/api/v1/staff/consultations/${id}`)).json();
    expect(detail).toMatchObject({ id, description: DESCRIPTION, member: { username: c.worker.user.username } });

    const progress = await support.client.post(`/api/v1/staff/consultations/${id}/answer`, { status: 'in_progress' });
    expect(progress.statusCode, progress.body).toBe(200);
    const closed = await support.client.post(`/api/v1/staff/consultations/${id}/answer`, {
      status: 'closed',
      answer: '発注者に注意を行いました。引き続き困ることがあればご相談ください。',
    });
    expect(closed.statusCode, closed.body).toBe(200);

    const after = (await c.worker.client.get('/api/v1/me/consultations')).json().items[0];
    expect(after).toMatchObject({ status: 'closed', answer: expect.stringContaining('注意を行いました') });
    const notices = (await c.worker.client.get('/api/v1/me/notifications')).json().items;
    expect(notices[0]).toMatchObject({ kind: 'consultation.answered', link: '/mypage/consultations' });
    // The notice says where to read the answer, never the answer itself.
    expect(JSON.stringify(notices[0])).not.toContain('注意を行いました');

    // The client: no notice, nothing on the contract, nothing in their own list, no access.
    const clientNotices = (await c.client.client.get('/api/v1/me/notifications')).json().items;
    expect(clientNotices.length).toBe(clientNoticesBefore);
    expect((await c.client.client.get('/api/v1/me/consultations')).json().items).toEqual([]);
    const contractView = await c.client.client.get(`/api/v1/contracts/${c.contractId}`);
    expect(contractView.body).not.toContain(DESCRIPTION);
    expect(contractView.body).not.toContain('consultation');
    const asStaff = await c.client.client.get(`/api/v1/staff/consultations/${id}`);
    expect(asStaff.statusCode).toBe(403);
    // A closed consultation stays closed.
    const again = await support.client.post(`/api/v1/staff/consultations/${id}/answer`, {
      status: 'in_progress',
      answer: '再開',
    });
    expect({ status: again.statusCode, code: again.json().code }).toEqual({ status: 409, code: 'consultation-closed' });
  });

  it('refuses bad input with Japanese messages, and another member’s contract as unknown', async () => {
    const c = await hiredContract(t);
    const stranger = await loggedInUser(t);
    const refused = async (body: Record<string, unknown>) => {
      const res = await stranger.client.post('/api/v1/consultations', body, { 'accept-language': 'ja' });
      return { status: res.statusCode, body: res.json() };
    };
    const badCategory = await refused({ category: 'money', description: DESCRIPTION });
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.code).toBe('validation-failed');
    expect(badCategory.body.errors[0]).toMatchObject({ pointer: '/category' });
    const short = await refused({ category: 'other', description: '短い' });
    expect(short.body.errors[0]).toMatchObject({ pointer: '/description', code: 'too-short' });
    expect(short.body.errors[0].detail).toContain('10文字以上');
    const notMine = await refused({ category: 'terms', description: DESCRIPTION, contractId: c.contractId });
    expect(notMine).toMatchObject({ status: 422, body: { code: 'consultation-contract-unknown' } });
    expect(notMine.body.title).toContain('契約が見つかりません');
    expect((await stranger.client.get('/api/v1/me/consultations')).json().items).toEqual([]);
  });

  it('staff who are a party to the contract neither see nor answer it; closing needs an answer', async () => {
    const staffClient = await staffMember(t, 'support');
    const c = await hiredContract(t, { client: staffClient });
    const other = await staffMember(t, 'support');
    const id = (
      await c.worker.client.post('/api/v1/consultations', {
        category: 'terms',
        description: DESCRIPTION,
        contractId: c.contractId,
      })
    ).json().id as string;
    const queue = (await staffClient.client.get('/api/v1/staff/consultations')).json();
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const read = await staffClient.client.get(`/api/v1/staff/consultations/${id}`);
    expect({ status: read.statusCode, code: read.json().code }).toEqual({ status: 403, code: 'staff-conflict-of-interest' });
    const noAnswer = await other.client.post(`/api/v1/staff/consultations/${id}/answer`, { status: 'closed' });
    expect({ status: noAnswer.statusCode, code: noAnswer.json().code }).toEqual({
      status: 422,
      code: 'consultation-answer-required',
    });
    const moderator = await staffMember(t, 'moderator');
    expect((await moderator.client.get('/api/v1/staff/consultations')).statusCode).toBe(403);
  });
});
