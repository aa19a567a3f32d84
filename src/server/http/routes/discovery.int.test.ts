// Discovery over HTTP: finding workers (who is listed, the card's rating and completed
// contracts, scouting actions for the viewer, bad input).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { deliver, fundByCard, hiredContract, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const profile = (overrides: Record<string, unknown> = {}) => ({
  bio: '',
  skills: [],
  occupation: null,
  hoursPerWeek: null,
  homeOnly: false,
  timesOfDay: [],
  prefecture: null,
  portfolioLinks: [],
  ...overrides,
});

describe('finding workers', () => {
  it('lists a member once they show a skill, found by a two-character word in any width; scouting is for other members', async () => {
    const worker = await loggedInUser(t);
    const anonymous = await t.client();
    const find = async (client = anonymous, q = `${worker.user.username} 翻訳`) =>
      (await client.get(`/api/v1/workers?q=${encodeURIComponent(q)}`)).json();
    expect((await find()).items).toEqual([]);

    const saved = await worker.client.put(
      '/api/v1/me/profile',
      profile({ skills: ['ＷｏｒｄＰｒｅｓｓ', '英日翻訳'], prefecture: '13', homeOnly: true, occupation: 'homemaker' }),
    );
    expect(saved.statusCode).toBe(200);
    const found = await find();
    expect(found.items).toEqual([
      {
        username: worker.user.username,
        displayName: worker.user.displayName,
        occupation: 'homemaker',
        skills: ['ＷｏｒｄＰｒｅｓｓ', '英日翻訳'],
        prefecture: '13',
        homeOnly: true,
        rating: { average: null, count: 0 },
        completedAsWorker: 0,
        memberSince: expect.any(String),
        actions: [],
      },
    ]);
    expect((await find(anonymous, `${worker.user.username} wordpress`)).items).toHaveLength(1);
    expect(
      (await anonymous.get(`/api/v1/workers?skill=wordpress&prefecture=13&homeOnly=true&q=${worker.user.username}`)).json().total,
    ).toBe(1);

    // The display name is searched as it is now.
    await worker.client.patch('/api/v1/me', { displayName: 'カフェ好きの翻訳者' });
    expect((await find(anonymous, `かふぇ ${worker.user.username}`)).items[0]?.displayName).toBe('カフェ好きの翻訳者');

    const client = await loggedInUser(t);
    expect((await find(client.client)).items[0]?.actions).toEqual(['scout']);
    expect((await find(worker.client)).items[0]?.actions).toEqual([]);
    expect((await client.client.get(`/api/v1/users/${worker.user.username}`)).json().actions).toEqual(['scout']);
    expect((await anonymous.get(`/api/v1/users/${worker.user.username}`)).json().actions).toEqual([]);
    expect((await worker.client.get(`/api/v1/users/${worker.user.username}`)).json().actions).toEqual([]);
  });

  it('a member who registered only to order is a client: not listed and not scouted, whatever their introduction says', async () => {
    const company = await loggedInUser(t, { intent: 'order' });
    const bio = '愛知県で業務用食品の卸売をしています。記事作成をお願いできる方を探しています。';
    expect((await company.client.put('/api/v1/me/profile', profile({ bio, skills: ['経理'] }))).statusCode).toBe(200);
    const reader = await loggedInUser(t);
    const found = (await reader.client.get(`/api/v1/workers?q=${encodeURIComponent(company.user.username)}`)).json();
    expect(found.items).toEqual([]);
    const shown = (await reader.client.get(`/api/v1/users/${company.user.username}`)).json();
    expect(shown.profile.bio).toBe(bio);
    expect(shown.actions).toEqual([]);
  });

  it('a completed contract lists a worker with no profile text, with its rating and count', async () => {
    const c = await hiredContract(t);
    await fundByCard(c);
    await deliver(c);
    expect((await c.client.client.post(`/api/v1/milestones/${c.milestoneId}/accept`, {})).statusCode).toBe(200);
    const review = { skill: 5, quality: 4, schedule: 5, communication: 4, partnership: 5, comment: 'ありがとうございました' };
    await c.worker.client.post(`/api/v1/contracts/${c.contractId}/review`, review);
    await c.client.client.post(`/api/v1/contracts/${c.contractId}/review`, { ...review, skill: 3 });

    const byCategory = (await (await t.client()).get('/api/v1/workers?category=writing&sort=completed&perPage=50')).json();
    const card = byCategory.items.find((w: { username: string }) => w.username === c.worker.user.username);
    expect(card).toMatchObject({ completedAsWorker: 1, rating: { average: 4.2, count: 1 } });
    // The client was reviewed too, but as a client: not a worker's rating.
    expect(byCategory.items.some((w: { username: string }) => w.username === c.client.user.username)).toBe(false);
    expect((await (await t.client()).get('/api/v1/workers?category=design&perPage=50')).json().items).not.toContainEqual(
      expect.objectContaining({ username: c.worker.user.username }),
    );
  });

  it('never lists staff, or a member who withdrew', async () => {
    const staff = await staffMember(t, 'support');
    await staff.client.put('/api/v1/me/profile', profile({ skills: ['経理'] }));
    const leaving = await loggedInUser(t);
    await leaving.client.put('/api/v1/me/profile', profile({ skills: ['経理'] }));
    const anonymous = await t.client();
    const names = async (q: string) =>
      (await anonymous.get(`/api/v1/workers?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((w: { username: string }) => w.username);
    expect(await names(staff.user.username)).toEqual([]);
    expect(await names(leaving.user.username)).toEqual([leaving.user.username]);
    const withdrawn = await leaving.client.post('/api/v1/me/withdrawal', {
      password: leaving.user.password,
      reasons: [],
      otherReason: '',
      eraseNow: false,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(await names(leaving.user.username)).toEqual([]);
  });

  it.each([
    ['sort=best', 'sort'],
    ['prefecture=48', 'prefecture'],
    ['homeOnly=yes', 'homeOnly'],
    ['page=0', 'page'],
    ['perPage=51', 'perPage'],
    [`q=${'あ'.repeat(101)}`, 'q'],
    ['unknown=1', ''],
  ])('refuses %s', async (query, field) => {
    const res = await (await t.client()).get(`/api/v1/workers?${encodeURIComponent(query).replace('%3D', '=')}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation-failed');
    if (field) expect(JSON.stringify(res.json())).toContain(`/${field}`);
  });
});
