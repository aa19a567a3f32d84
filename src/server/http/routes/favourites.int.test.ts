// Favourites over HTTP: adding and removing postings and members (idempotent), the list
// with targets that are gone left out, bad input, other members' drafts, and withdrawal
// erasing both a member's favourites and others' favourites of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { jobInput, loggedInUser, serviceInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const withdraw = (password: string) => ({ password, reasons: [], otherReason: '', eraseNow: false });

describe('favourites', () => {
  it('a member keeps a posting and another member, newest first; adding and removing twice is the same as once', async () => {
    const me = await loggedInUser(t);
    const other = await loggedInUser(t);
    const job = (await other.client.post('/api/v1/jobs', jobInput(t))).json();

    expect((await me.client.get(`/api/v1/favourites/job/${job.id}`)).json()).toEqual({
      kind: 'job',
      id: job.id,
      favourite: false,
    });
    for (let i = 0; i < 2; i++) {
      const res = await me.client.put(`/api/v1/favourites/job/${job.id}`, {});
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ kind: 'job', id: job.id, favourite: true });
    }
    t.clock.advance(60_000);
    const added = await me.client.put(`/api/v1/favourites/member/${other.user.username.toUpperCase()}`, {});
    expect(added.json().favourite).toBe(true);
    expect((await me.client.get(`/api/v1/favourites/member/${other.user.username}`)).json().favourite).toBe(true);

    const list = (await me.client.get('/api/v1/me/favourites')).json();
    expect(list.total).toBe(2);
    expect(list.items.map((f: { kind: string }) => f.kind)).toEqual(['member', 'job']);
    expect(list.items[0].member).toMatchObject({ username: other.user.username, displayName: other.user.displayName });
    expect(list.items[1].job).toMatchObject({ id: job.id, title: job.title });
    expect((await me.client.get('/api/v1/me/favourites?kind=job')).json().items).toHaveLength(1);

    for (let i = 0; i < 2; i++) {
      const res = await me.client.delete(`/api/v1/favourites/job/${job.id}`);
      expect(res.json()).toEqual({ kind: 'job', id: job.id, favourite: false });
    }
    expect((await me.client.get('/api/v1/me/favourites')).json().total).toBe(1);
    // Another member's list is their own.
    expect((await other.client.get('/api/v1/me/favourites')).json().items).toEqual([]);
  });

  it('refuses what it cannot name: unknown kinds, ids and members, drafts of others, oneself', async () => {
    const me = await loggedInUser(t);
    const other = await loggedInUser(t);
    const draft = (await other.client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
    const code = async (path: string) => {
      const res = await me.client.put(path, {});
      return [res.statusCode, res.json().code];
    };
    expect(await code('/api/v1/favourites/shop/00000000-0000-4000-8000-000000000000')).toEqual([400, 'validation-failed']);
    expect(await code('/api/v1/favourites/service/00000000-0000-4000-8000-000000000000')).toEqual([404, 'not-found']);
    expect(await code('/api/v1/favourites/service/not-a-uuid')).toEqual([404, 'not-found']);
    expect(await code('/api/v1/favourites/job/not-a-uuid')).toEqual([404, 'not-found']);
    expect(await code('/api/v1/favourites/job/00000000-0000-4000-8000-000000000000')).toEqual([404, 'not-found']);
    expect(await code(`/api/v1/favourites/job/${draft.id}`)).toEqual([404, 'not-found']);
    expect(await code('/api/v1/favourites/member/no_such_member_x')).toEqual([404, 'not-found']);
    expect(await code(`/api/v1/favourites/member/${me.user.username}`)).toEqual([422, 'favourite-self']);
    expect((await me.client.get('/api/v1/me/favourites?kind=shop')).json().code).toBe('validation-failed');
    expect((await me.client.get('/api/v1/me/favourites?page=0')).json().code).toBe('validation-failed');
    const anonymous = await t.client();
    expect((await anonymous.get('/api/v1/me/favourites')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/v1/favourites/member/${me.user.username}`)).statusCode).toBe(401);
    expect((await me.client.get('/api/v1/me/favourites')).json().items).toEqual([]);
  });

  it('withdrawal erases the member’s favourites and others’ favourites of them; the export lists them', async () => {
    const fan = await loggedInUser(t);
    const leaving = await loggedInUser(t);
    const client = await loggedInUser(t);
    const job = (await client.client.post('/api/v1/jobs', jobInput(t))).json();
    await fan.client.put(`/api/v1/favourites/member/${leaving.user.username}`, {});
    await fan.client.put(`/api/v1/favourites/job/${job.id}`, {});
    await leaving.client.put(`/api/v1/favourites/member/${fan.user.username}`, {});
    const exported = (await leaving.client.get('/api/v1/me/export')).json();
    expect(exported.favourites).toEqual([
      expect.objectContaining({ kind: 'member', name: fan.user.username, created_at: expect.any(String) }),
    ]);

    const leavingId = (
      await t.database.db.selectFrom('users').select('id').where('username', '=', leaving.user.username).executeTakeFirstOrThrow()
    ).id;
    expect((await leaving.client.post('/api/v1/me/withdrawal', withdraw(leaving.user.password))).statusCode).toBe(200);
    const rows = await t.database.db
      .selectFrom('favourites')
      .selectAll()
      .where((eb) => eb.or([eb('user_id', '=', leavingId), eb('target_id', '=', leavingId)]))
      .execute();
    expect(rows).toEqual([]);
    // The fan's favourite posting is not theirs to lose.
    const list = (await fan.client.get('/api/v1/me/favourites')).json();
    expect(list.items.map((f: { kind: string }) => f.kind)).toEqual(['job']);
  });

  it('a member keeps a service, listed with its title, price and status; a hidden one is left out', async () => {
    const me = await loggedInUser(t);
    const seller = await loggedInUser(t);
    const publish = async (title: string) => {
      const created = (await seller.client.post('/api/v1/services', serviceInput({ title }))).json();
      expect((await seller.client.post(`/api/v1/services/${created.id}/status`, { action: 'publish' })).statusCode).toBe(200);
      return created.id as string;
    };
    const kept = await publish('名刺のデザインを作成します');
    const hidden = await publish('チラシのデザインを作成します');
    const draft = (await seller.client.post('/api/v1/services', serviceInput())).json();

    expect((await me.client.get(`/api/v1/favourites/service/${kept}`)).json().favourite).toBe(false);
    for (const id of [kept, hidden])
      expect((await me.client.put(`/api/v1/favourites/service/${id}`, {})).json().favourite).toBe(true);
    expect((await me.client.put(`/api/v1/favourites/service/${draft.id}`, {})).statusCode).toBe(404);
    expect((await me.client.get('/api/v1/me/favourites?kind=service')).json().total).toBe(2);

    // 受付停止 is still shown (with its status); 非公開 is not.
    await seller.client.post(`/api/v1/services/${kept}/status`, { action: 'pause' });
    await seller.client.post(`/api/v1/services/${hidden}/status`, { action: 'hide' });
    const list = (await me.client.get('/api/v1/me/favourites?kind=service')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'service',
      service: { id: kept, title: '名刺のデザインを作成します', priceFrom: 5_000, status: 'paused' },
    });
    expect((await me.client.put(`/api/v1/favourites/service/${hidden}`, {})).statusCode).toBe(404);
    expect((await me.client.delete(`/api/v1/favourites/service/${kept}`)).json().favourite).toBe(false);
    expect((await me.client.get('/api/v1/me/favourites?kind=service')).json().total).toBe(0);
  });
});
