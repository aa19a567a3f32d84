// Saved searches over HTTP: saving (normalised by the search's own schema), bad input,
// the limit, other members' ids; matching new postings and services exactly as the
// search would, told once; the daily digest, once a day and never twice under retries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { jobInput, loggedInUser, serviceInput } from '../../../../test/factories';
import { scheduleSavedSearchDigest } from '../../discovery/saved-search-timers';
import { sendSavedSearchDigests } from '../../use-cases/discovery/send-saved-search-digests';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Client = Awaited<ReturnType<typeof loggedInUser>>['client'];

const save = (c: Client, kind: 'job' | 'service', query: Record<string, unknown>, name = '保存した条件') =>
  c.post('/api/v1/saved-searches', { kind, name, query });

const notices = async (c: Client) =>
  ((await c.get('/api/v1/me/notifications')).json().items as { kind?: string; title: string; link: string }[]).filter((n) =>
    n.title.includes('見つかりました'),
  );

const publishService = async (c: Client, overrides: Record<string, unknown> = {}) => {
  const created = (await c.post('/api/v1/services', serviceInput(overrides))).json();
  const res = await c.post(`/api/v1/services/${created.id}/status`, { action: 'publish' });
  if (res.statusCode !== 200) throw new Error(res.body);
  return created.id as string;
};

describe('saved searches', () => {
  it('saves a search normalised, lists, renames, turns notices off and deletes it', async () => {
    const me = await loggedInUser(t);
    const res = await save(
      me.client,
      'job',
      { q: '  記事　 作成 ', tags: 'remote, beginner,remote', budgetMin: '5000', sort: 'new', page: '3' },
      ' 記事の仕事 ',
    );
    expect(res.statusCode).toBe(201);
    const saved = res.json();
    expect(saved).toMatchObject({
      kind: 'job',
      name: '記事の仕事',
      query: { q: '記事 作成', tags: 'beginner,remote', budgetMin: 5000 },
      notify: true,
      matches: 0,
    });
    expect(saved.query).not.toHaveProperty('page');
    expect(saved.query).not.toHaveProperty('sort');
    expect(saved.path).toBe(`/jobs?${new URLSearchParams({ budgetMin: '5000', q: '記事 作成', tags: 'beginner,remote' })}`);

    t.clock.advance(1000);
    const service = (await save(me.client, 'service', { category: 'design', maxDays: 7, sort: 'price' })).json();
    expect(service.query).toEqual({ category: 'design', maxDays: 7, sort: 'price' });

    const list = (await me.client.get('/api/v1/me/saved-searches')).json();
    expect(list.max).toBe(20);
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([saved.id, service.id]);

    const renamed = await me.client.patch(`/api/v1/saved-searches/${saved.id}`, { name: 'ブログ記事' });
    expect(renamed.json()).toMatchObject({ name: 'ブログ記事', notify: true });
    const muted = await me.client.patch(`/api/v1/saved-searches/${saved.id}`, { notify: false });
    expect(muted.json()).toMatchObject({ name: 'ブログ記事', notify: false });

    expect((await me.client.delete(`/api/v1/saved-searches/${service.id}`)).statusCode).toBe(200);
    expect((await me.client.get('/api/v1/me/saved-searches')).json().items).toHaveLength(1);
  });

  it('refuses bad input with the search’s own field errors, an empty search, and more than the limit', async () => {
    const me = await loggedInUser(t);
    const problem = async (body: unknown) => {
      const res = await me.client.post('/api/v1/saved-searches', body as Record<string, unknown>);
      return {
        status: res.statusCode,
        code: res.json().code,
        pointers: (res.json().errors ?? []).map((e: { pointer: string }) => e.pointer),
      };
    };
    expect(await problem({ kind: 'job', name: 'x', query: { budgetMin: '-1' } })).toMatchObject({
      status: 400,
      code: 'validation-failed',
      pointers: ['/query/budgetMin'],
    });
    expect(await problem({ kind: 'service', name: 'x', query: { minRating: 9 } })).toMatchObject({
      pointers: ['/query/minRating'],
    });
    expect(await problem({ kind: 'service', name: 'x', query: { unknown: '1' } })).toMatchObject({ code: 'validation-failed' });
    expect(await problem({ kind: 'member', name: 'x', query: {} })).toMatchObject({ status: 400 });
    expect(await problem({ kind: 'job', name: '   ', query: { q: 'ロゴ' } })).toMatchObject({ pointers: ['/name'] });
    expect(await problem({ kind: 'job', name: 'あ'.repeat(51), query: { q: 'ロゴ' } })).toMatchObject({ pointers: ['/name'] });
    expect(await problem({ kind: 'job', name: 'x', query: { q: 'a'.repeat(101) } })).toMatchObject({ pointers: ['/query/q'] });
    expect(await problem({ kind: 'job', name: '全部', query: { q: '   ', sort: 'budget' } })).toMatchObject({
      status: 422,
      code: 'saved-search-empty',
    });

    for (let i = 0; i < 20; i++) expect((await save(me.client, 'service', { q: `ロゴ${i}` })).statusCode).toBe(201);
    expect(await problem({ kind: 'service', name: '21件目', query: { q: 'ロゴ' } })).toMatchObject({
      status: 422,
      code: 'saved-search-limit',
    });
    expect((await me.client.patch(`/api/v1/saved-searches/${crypto.randomUUID()}`, {})).statusCode).toBe(400);
    const anonymous = await t.client();
    expect((await anonymous.get('/api/v1/me/saved-searches')).statusCode).toBe(401);
  });

  it('the same conditions, however they were written, are saved once per kind', async () => {
    const me = await loggedInUser(t);
    expect((await save(me.client, 'job', { q: 'ロゴ', budgetMin: '5000' })).statusCode).toBe(201);
    const again = await me.client.post('/api/v1/saved-searches', {
      kind: 'job',
      name: '別の名前',
      query: { budgetMin: '5000', q: '  ロゴ ' },
    });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ code: 'saved-search-duplicate', title: '同じ条件の検索がすでに保存されています' });
    expect((await save(me.client, 'service', { q: 'ロゴ' })).statusCode).toBe(201);
    expect((await save(me.client, 'job', { q: 'ロゴ', budgetMin: '6000' })).statusCode).toBe(201);
    const other = await loggedInUser(t);
    expect((await save(other.client, 'job', { q: 'ロゴ', budgetMin: '5000' })).statusCode).toBe(201);
    expect((await me.client.get('/api/v1/me/saved-searches')).json().items).toHaveLength(3);
  });

  it('another member’s saved search is 404 for reading, renaming and deleting', async () => {
    const owner = await loggedInUser(t);
    const other = await loggedInUser(t);
    const saved = (await save(owner.client, 'job', { q: 'ロゴ' })).json();
    expect((await other.client.patch(`/api/v1/saved-searches/${saved.id}`, { name: '乗っ取り' })).statusCode).toBe(404);
    expect((await other.client.delete(`/api/v1/saved-searches/${saved.id}`)).statusCode).toBe(404);
    expect((await other.client.delete('/api/v1/saved-searches/not-an-id')).statusCode).toBe(404);
    expect((await other.client.get('/api/v1/me/saved-searches')).json().items).toEqual([]);
    expect((await owner.client.get('/api/v1/me/saved-searches')).json().items[0].name).toBe('保存した条件');
  });

  it('a new posting matching a one- or two-character word in either width is told once; others, own postings and muted searches are not', async () => {
    const watcher = await loggedInUser(t);
    const muted = await loggedInUser(t);
    const client = await loggedInUser(t);
    const one = (await save(watcher.client, 'job', { q: '猫' }, '猫')).json();
    const two = (await save(watcher.client, 'job', { q: 'ＡＩ' }, 'AI')).json();
    const kanji = (await save(watcher.client, 'job', { q: '記事' }, '記事')).json();
    const halfWidth = (await save(watcher.client, 'job', { q: 'ｶﾌｪ' }, 'カフェ')).json();
    const miss = (await save(watcher.client, 'job', { q: '犬', kind: 'project' }, '犬')).json();
    const quiet = (await save(muted.client, 'job', { q: '猫' }, '猫')).json();
    await muted.client.patch(`/api/v1/saved-searches/${quiet.id}`, { notify: false });
    await save(client.client, 'job', { q: '猫' }, '自分の');

    const title = '猫カフェのaiチャット記事';
    const job = (await client.client.post('/api/v1/jobs', jobInput(t, { title }))).json();
    // The search finds it by those words: the saved search must say the same.
    for (const q of ['猫', 'ＡＩ', 'ai', '記事', 'ｶﾌｪ'])
      expect(
        (await client.client.get(`/api/v1/jobs?q=${encodeURIComponent(q)}`)).json().items.map((j: { id: string }) => j.id),
      ).toContain(job.id);
    expect((await client.client.get(`/api/v1/jobs?q=${encodeURIComponent('犬')}`)).json().items).toEqual([]);
    await t.runTasks();
    // A retry of the match, and the posting matched again, tell nobody twice.
    const { matchSavedSearches } = await import('../../use-cases/discovery/match-saved-searches');
    expect(await matchSavedSearches(t.app.deps, { kind: 'job', id: job.id }, t.clock())).toBe(0);

    const told = await notices(watcher.client);
    expect(told).toHaveLength(4);
    expect(new Set(told.map((n) => n.link))).toEqual(new Set([`/jobs/${job.id}`]));
    expect(told.map((n) => n.title).sort()).toEqual(
      ['AI', 'カフェ', '猫', '記事'].map((name) => `「${name}」に合う仕事が見つかりました`).sort(),
    );
    const list = (await watcher.client.get('/api/v1/me/saved-searches')).json().items;
    expect(Object.fromEntries(list.map((s: { id: string; matches: number }) => [s.id, s.matches]))).toEqual({
      [one.id]: 1,
      [two.id]: 1,
      [kanji.id]: 1,
      [halfWidth.id]: 1,
      [miss.id]: 0,
    });
    expect(await notices(muted.client)).toEqual([]);
    expect(await notices(client.client)).toEqual([]);
    // The in-app notice is not mailed: mail comes with the digest.
    expect((await t.mailsTo(watcher.user.email)).filter((m) => m.subject.includes('見つかりました'))).toEqual([]);
  });

  it('two runs of the same match at once tell each member once', async () => {
    const watchers = [await loggedInUser(t), await loggedInUser(t)];
    const client = await loggedInUser(t);
    for (const w of watchers) await save(w.client, 'job', { q: '校正' }, '校正');
    const job = (
      await client.client.post(
        '/api/v1/jobs',
        jobInput(t, {
          title: '会報誌の校正をお願いします',
          description: '月刊の会報誌の原稿を校正してください。誤字脱字と表記ゆれを確認していただきます。',
          category: 'writing-review',
        }),
      )
    ).json();
    const { matchSavedSearches } = await import('../../use-cases/discovery/match-saved-searches');
    const runs = await Promise.all([0, 1].map(() => matchSavedSearches(t.app.deps, { kind: 'job', id: job.id }, t.clock())));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(2);
    await t.runTasks();
    for (const w of watchers) expect(await notices(w.client)).toHaveLength(1);
  });

  it('a service published later matches a service search with its filters, not one whose filter it fails', async () => {
    const watcher = await loggedInUser(t);
    const seller = await loggedInUser(t);
    await save(watcher.client, 'service', { q: 'ロゴ', maxPrice: 6000 }, '安いロゴ');
    await save(watcher.client, 'service', { q: 'ロゴ', minPrice: 50_000 }, '高いロゴ');
    const id = await publishService(seller.client);
    await t.runTasks();
    const told = await notices(watcher.client);
    expect(told.map((n) => [n.title, n.link])).toEqual([['「安いロゴ」に合うサービスが見つかりました', `/services/${id}`]]);
  });

  it('the daily digest mails each member once a day what matched since the last one, and nothing when nothing did', async () => {
    const watcher = await loggedInUser(t);
    const idle = await loggedInUser(t);
    const client = await loggedInUser(t);
    await save(watcher.client, 'job', { q: '翻訳' }, '翻訳の仕事');
    await save(idle.client, 'job', { q: '存在しない言葉' }, 'なし');
    const first = (await client.client.post('/api/v1/jobs', jobInput(t, { title: '英語の翻訳をお願いします' }))).json();
    await t.runTasks();

    // The digest runs as the daily task, at 08:00 Japan time.
    await scheduleSavedSearchDigest(t.database.db, t.clock());
    t.clock.advance(86_400_000);
    await t.runTasks();
    const digests = (await t.mailsTo(watcher.user.email)).filter((m) => m.subject.includes('保存した検索条件'));
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toBe('【よろず】保存した検索条件に合う新着が1件あります');
    expect(digests[0]?.body).toContain('■ 翻訳の仕事');
    expect(digests[0]?.body).toContain('英語の翻訳をお願いします');
    expect(digests[0]?.body).toContain(`/jobs/${first.id}`);
    expect(digests[0]?.body).toContain('/mypage/saved-searches');
    expect((await t.mailsTo(idle.user.email)).filter((m) => m.subject.includes('保存した検索条件'))).toEqual([]);

    // A retried task, and a second run the same day with a new match, send nothing more.
    expect((await sendSavedSearchDigests(t.app.deps, t.clock())).sent).toBe(0);
    const second = (await client.client.post('/api/v1/jobs', jobInput(t, { title: '翻訳チェックの仕事' }))).json();
    await t.runTasks();
    expect((await sendSavedSearchDigests(t.app.deps, t.clock())).sent).toBe(0);
    expect((await t.mailsTo(watcher.user.email)).filter((m) => m.subject.includes('保存した検索条件'))).toHaveLength(1);

    // The next day lists only the new match.
    t.clock.advance(86_400_000);
    expect((await sendSavedSearchDigests(t.app.deps, t.clock())).sent).toBeGreaterThanOrEqual(1);
    expect((await sendSavedSearchDigests(t.app.deps, t.clock())).sent).toBe(0);
    const mails = (await t.mailsTo(watcher.user.email)).filter((m) => m.subject.includes('保存した検索条件'));
    expect(mails).toHaveLength(2);
    expect(mails[0]?.body).toContain(`/jobs/${second.id}`);
    expect(mails[0]?.body).not.toContain(`/jobs/${first.id}`);
  });

  it('withdrawal erases the member’s saved searches, matches and digests; the export holds them', async () => {
    const leaving = await loggedInUser(t);
    await save(leaving.client, 'service', { q: 'ロゴ' });
    const exported = (await leaving.client.get('/api/v1/me/export')).json();
    expect(exported.savedSearches.searches).toEqual([expect.objectContaining({ kind: 'service', query: { q: 'ロゴ' } })]);
    const res = await leaving.client.post('/api/v1/me/withdrawal', {
      password: leaving.user.password,
      reasons: [],
      otherReason: '',
      eraseNow: false,
    });
    expect(res.statusCode).toBe(200);
    const id = (
      await t.database.db.selectFrom('users').select('id').where('username', '=', leaving.user.username).executeTakeFirstOrThrow()
    ).id;
    expect(await t.database.db.selectFrom('saved_searches').selectAll().where('user_id', '=', id).execute()).toEqual([]);
  });
});
