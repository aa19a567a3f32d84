import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { DAY } from '../../../../test/clock';
import { competitionInput, jobInput, loggedInUser, postPaidJob, taskInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('posting jobs', () => {
  it('publishes a project, a task and a competition, each shown with its own fields', async () => {
    const { user, client } = await loggedInUser(t);
    const project = await client.post('/api/v1/jobs', jobInput(t));
    expect(project.statusCode).toBe(201);
    expect(project.json()).toMatchObject({
      kind: 'project',
      status: 'open',
      budget: { min: 10000, max: 30000 },
      client: { username: user.username, withdrawn: false },
      viewer: { isOwner: true },
      publishedAt: t.clock().toISOString(),
    });
    // Tasks and competitions are published by paying their budget into escrow.
    const refused = await client.post('/api/v1/jobs', taskInput(t));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('job-escrow-required');
    const task = await postPaidJob(client, taskInput(t, { taskSlots: 100, taskUnitPrice: 50 }));
    expect(task).toMatchObject({
      kind: 'task',
      status: 'open',
      budget: { min: 5000, max: 5000 },
      budgetMin: null,
      hires: null,
      taskSlots: 100,
      work: {
        escrowStatus: 'funded',
        money: { units: 100, unitPrice: 50, unitEscrow: 52, workerNet: 39, total: 5200 },
        task: { approved: 0, pending: 0, slotsLeft: 100, judgeBy: null },
        competition: null,
      },
    });
    const comp = await postPaidJob(client, competitionInput(t, { allowNoWinner: true }));
    expect(comp).toMatchObject({
      kind: 'competition',
      status: 'open',
      budget: { min: 30000, max: 30000 },
      allowNoWinner: true,
      work: { escrowStatus: 'funded', money: { total: 31_650 }, competition: { allowNoWinner: true, entries: 0 } },
    });
    expect(project.json().work).toBeNull();
    const anon = await t.client();
    const seen = (await anon.get(`/api/v1/jobs/${comp.id}`)).json();
    expect(seen.viewer.isOwner).toBe(false);
    // The deposit is the owner's business only.
    expect(seen.work.deposit).toBeNull();
    expect(comp.work.deposit).toMatchObject({ method: 'dev_card', status: 'confirmed', amount: 31_650 });
  });

  it('keeps drafts private and publishes them later', async () => {
    const { client } = await loggedInUser(t);
    const draft = (await client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
    expect(draft.status).toBe('draft');
    const other = await loggedInUser(t);
    expect((await other.client.get(`/api/v1/jobs/${draft.id}`)).statusCode).toBe(404);
    expect((await (await t.client()).get(`/api/v1/jobs/${draft.id}`)).statusCode).toBe(404);
    const published = await client.post(`/api/v1/jobs/${draft.id}/publish`, {});
    expect(published.json().status).toBe('open');
  });

  it('refuses bad postings with pointers', async () => {
    const { client } = await loggedInUser(t);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: 'abc' }, '/title', 'too-short'],
      [{ description: '短い' }, '/description', 'description-too-short'],
      [{ category: 'cooking' }, '/category', 'invalid-choice'],
      [{ tags: ['vip'] }, '/tags/0', 'invalid-choice'],
      [{ budgetMin: 50000, budgetMax: 10000 }, '/budgetMax', 'budget-range'],
      [{ budgetMin: '１００００' }, '/budgetMin', 'invalid-type'],
      [{ budgetMin: 10000.5 }, '/budgetMin', 'not-integer'],
      [{ budgetMin: 999 }, '/budgetMin', 'too-small'],
      [{ budgetMin: null }, '/budgetMin', 'required'],
      [{ deadline: '2020-01-01T00:00:00Z' }, '/deadline', 'deadline-past'],
      [{ deadline: new Date(t.clock().getTime() + 90 * DAY).toISOString() }, '/deadline', 'deadline-too-far'],
      [{ deadline: 'next week' }, '/deadline', 'date-invalid'],
      [{ deliveryDate: '2026-02-30x' }, '/deliveryDate', 'date-invalid'],
      [{ deliveryDate: '2026-01-01' }, '/deliveryDate', 'delivery-before-deadline'],
      [{ kind: 'task', taskSlots: null, taskUnitPrice: 50, budgetMin: null, budgetMax: null }, '/taskSlots', 'required'],
      [{ kind: 'competition', prize: 1000 }, '/prize', 'too-small'],
      [{ kind: 'auction' }, '/kind', 'invalid-choice'],
    ];
    for (const [override, pointer, code] of cases) {
      const res = await client.post('/api/v1/jobs', jobInput(t, override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().errors, JSON.stringify(override)).toContainEqual(expect.objectContaining({ pointer, code }));
    }
  });

  it('edits, closes, reopens and cancels, and refuses impossible transitions', async () => {
    const { client } = await loggedInUser(t);
    const job = (await client.post('/api/v1/jobs', jobInput(t))).json();
    const edited = await client.patch(
      `/api/v1/jobs/${job.id}`,
      jobInput(t, { title: '企業ブログの記事作成(月10本)', budgetMax: 60000 }),
    );
    expect(edited.json()).toMatchObject({ title: '企業ブログの記事作成(月10本)', budgetMax: 60000 });
    const kindChange = await client.patch(`/api/v1/jobs/${job.id}`, jobInput(t, { kind: 'competition', prize: 10000 }));
    expect(kindChange.json().errors).toContainEqual(expect.objectContaining({ pointer: '/kind' }));
    expect((await client.post(`/api/v1/jobs/${job.id}/publish`, {})).json().code).toBe('job-transition-invalid');
    const closed = await client.post(`/api/v1/jobs/${job.id}/close`, {});
    expect(closed.json()).toMatchObject({ status: 'closed', closedReason: 'client' });
    expect((await client.patch(`/api/v1/jobs/${job.id}`, jobInput(t))).json().code).toBe('job-not-editable');
    const past = await client.post(`/api/v1/jobs/${job.id}/reopen`, { deadline: '2020-01-01T00:00:00Z' });
    expect(past.json().errors).toContainEqual(expect.objectContaining({ pointer: '/deadline', code: 'deadline-past' }));
    const reopened = await client.post(`/api/v1/jobs/${job.id}/reopen`, {
      deadline: new Date(t.clock().getTime() + 3 * DAY).toISOString(),
    });
    expect(reopened.json()).toMatchObject({ status: 'open', closedReason: null });
    expect((await client.post(`/api/v1/jobs/${job.id}/cancel`, {})).json().status).toBe('cancelled');
    expect((await client.post(`/api/v1/jobs/${job.id}/close`, {})).json().code).toBe('job-transition-invalid');
  });

  it("cannot touch another client's job", async () => {
    const owner = await loggedInUser(t);
    const job = (await owner.client.post('/api/v1/jobs', jobInput(t))).json();
    const other = await loggedInUser(t);
    for (const res of [
      await other.client.patch(`/api/v1/jobs/${job.id}`, jobInput(t)),
      await other.client.post(`/api/v1/jobs/${job.id}/close`, {}),
      await other.client.post(`/api/v1/jobs/${job.id}/cancel`, {}),
      await other.client.post(`/api/v1/jobs/${job.id}/reopen`, { deadline: new Date(t.clock().getTime() + DAY).toISOString() }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not-found');
    }
    expect((await owner.client.get(`/api/v1/jobs/${job.id}`)).json().status).toBe('open');
    expect((await other.client.get('/api/v1/jobs/not-a-uuid')).statusCode).toBe(404);
  });

  it('closes by itself at the deadline (timer), and a reopened job gets a new timer', async () => {
    const { client } = await loggedInUser(t);
    const job = (
      await client.post('/api/v1/jobs', jobInput(t, { deadline: new Date(t.clock().getTime() + 2 * DAY).toISOString() }))
    ).json();
    t.clock.advance(DAY);
    await t.runTasks();
    expect((await client.get(`/api/v1/jobs/${job.id}`)).json().status).toBe('open');
    t.clock.advance(DAY + 1000);
    await t.runTasks();
    expect((await client.get(`/api/v1/jobs/${job.id}`)).json()).toMatchObject({ status: 'closed', closedReason: 'deadline' });
    await client.post(`/api/v1/jobs/${job.id}/reopen`, { deadline: new Date(t.clock().getTime() + DAY).toISOString() });
    t.clock.advance(DAY + 1000);
    await t.runTasks();
    expect((await client.get(`/api/v1/jobs/${job.id}`)).json().status).toBe('closed');
  });

  it('lists my postings of every status', async () => {
    const { client } = await loggedInUser(t);
    await client.post('/api/v1/jobs', jobInput(t, { publish: false }));
    await client.post('/api/v1/jobs', jobInput(t));
    const mine = (await client.get('/api/v1/me/jobs')).json().items;
    expect(mine.map((j: { status: string }) => j.status).sort()).toEqual(['draft', 'open']);
    expect((await (await t.client()).get('/api/v1/me/jobs')).statusCode).toBe(401);
  });
});

describe('searching', () => {
  it('finds a posting by its parent category, and by kana and long vowels written another way', async () => {
    const { client } = await loggedInUser(t);
    const job = (
      await client.post(
        '/api/v1/jobs',
        jobInput(t, {
          title: 'カフェのメニュー紹介文',
          description: 'サーバー管理会社が運営するカフェのメニューに添える紹介文をお願いします。',
          category: 'writing-copy',
        }),
      )
    ).json();
    const research = (
      await client.post(
        '/api/v1/jobs',
        jobInput(t, {
          title: '競合店の営業時間の調査',
          description: '近隣の飲食店の営業時間と定休日を調べて表にまとめてください。',
          category: 'data-research',
        }),
      )
    ).json();
    const anon = await t.client();
    const found = async (q: string) =>
      ((await anon.get(`/api/v1/jobs?perPage=50&q=${encodeURIComponent(q)}`)).json().items as { id: string }[]).map((j) => j.id);
    for (const q of ['ライティング', 'らいてぃんぐ', 'かふぇ', 'ｶﾌｪ ﾒﾆｭｰ', 'サーバ管理', 'キャッチコピー'])
      expect(await found(q), q).toContain(job.id);
    for (const q of ['データ入力', 'でーた', 'リサーチ']) expect(await found(q), q).toContain(research.id);
    expect(await found('データ入力')).not.toContain(job.id);
  });
});

describe('open jobs block withdrawal', () => {
  it('lists open jobs as a client blocker, closable in place; drafts go with the account', async () => {
    const { user, client } = await loggedInUser(t);
    const open = (await client.post('/api/v1/jobs', jobInput(t))).json();
    const draft = (await client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
    const pre = (await client.get('/api/v1/me/withdrawal')).json();
    expect(pre.eligible).toBe(false);
    expect(pre.blockers[0]).toMatchObject({ code: 'open-jobs', role: 'client', count: 1, clearsAt: open.deadline });
    expect(pre.blockers[0].items[0]).toMatchObject({
      id: open.id,
      link: `/jobs/${open.id}`,
      resolve: { href: `/api/v1/jobs/${open.id}/close`, label: '募集を終了する' },
    });
    expect((await client.post(pre.blockers[0].items[0].resolve.href, {})).statusCode).toBe(200);
    expect((await client.get('/api/v1/me/withdrawal')).json().eligible).toBe(true);
    const res = await client.post('/api/v1/me/withdrawal', {
      reasons: [],
      otherReason: '',
      password: user.password,
      eraseNow: true,
    });
    expect(res.statusCode).toBe(200);
    const anon = await t.client();
    expect((await anon.get(`/api/v1/jobs/${open.id}`)).json().client).toMatchObject({
      displayName: '退会済みユーザー',
      withdrawn: true,
    });
    expect(await t.database.db.selectFrom('jobs').select('id').where('id', '=', draft.id).execute()).toEqual([]);
  });

  it('a withdrawn client cannot publish', async () => {
    const { user, client } = await loggedInUser(t);
    const cookies = [...client.cookies.entries()];
    await client.post('/api/v1/me/withdrawal', { reasons: [], otherReason: '', password: user.password, eraseNow: true });
    for (const [k, v] of cookies) client.cookies.set(k, v);
    expect((await client.post('/api/v1/jobs', jobInput(t))).statusCode).toBe(401);
  });
});

describe('public cache', () => {
  it('serves others a few-seconds-old posting and search page, but the owner always the fresh one', async () => {
    const cached = await startTestApp({ publicCacheSeconds: 60 });
    try {
      const owner = await loggedInUser(cached);
      const job = (await owner.client.post('/api/v1/jobs', jobInput(cached, { title: 'キャッシュ確認用の仕事です' }))).json();
      const visitor = await cached.client();
      expect((await visitor.get(`/api/v1/jobs/${job.id}`)).json().title).toBe('キャッシュ確認用の仕事です');
      expect((await visitor.get('/api/v1/jobs?q=キャッシュ')).json().total).toBe(1);
      // An edit through the API refreshes the cached posting at once.
      await owner.client.patch(`/api/v1/jobs/${job.id}`, jobInput(cached, { title: 'キャッシュ確認用の仕事(改)' }));
      expect((await visitor.get(`/api/v1/jobs/${job.id}`)).json().title).toBe('キャッシュ確認用の仕事(改)');
      // A change behind the API's back shows to the owner, not yet to others.
      await cached.database.db.updateTable('jobs').set({ title: '直接変更' }).where('id', '=', job.id).execute();
      expect((await owner.client.get(`/api/v1/jobs/${job.id}`)).json().title).toBe('直接変更');
      expect((await visitor.get('/api/v1/jobs?q=キャッシュ')).json().total).toBe(1);
    } finally {
      await cached.close();
    }
  });
});
