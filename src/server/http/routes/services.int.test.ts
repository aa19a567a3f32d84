// Services over HTTP: the seller's editor and status steps, who sees what, bad input
// with its problem codes, the version check, images and the fee preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../../test/app';
import { loggedInUser, serviceInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function upload(c: TestClient, filename: string, content: Buffer) {
  const boundary = '----service-test';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const payload = Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const res = await c.request({
    method: 'POST',
    url: '/api/v1/attachments',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

const fieldCodes = (body: { errors?: { pointer: string; code: string }[] }) =>
  (body.errors ?? []).map((e) => `${e.pointer} ${e.code}`);

describe('the seller’s services', () => {
  it('creates a draft, publishes, pauses, resumes and hides it; the buttons follow', async () => {
    const { user, client } = await loggedInUser(t);
    const created = await client.post('/api/v1/services', serviceInput());
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({
      status: 'draft',
      version: 1,
      priceFrom: 5_000,
      deliveryDaysFrom: 5,
      publishedAt: null,
      seller: { username: user.username, ratingAverage: null, ratingCount: 0 },
      viewer: { isOwner: true, actions: ['edit', 'publish', 'hide'] },
      packages: [
        { name: 'ベーシック', price: 5_000, sellerNet: 3_900 },
        { name: 'スタンダード', price: 12_000, sellerNet: 9_360 },
      ],
      options: [{ title: '特急納品(3日短縮)', price: 3_000, extraDays: 0, sellerNet: 2_340 }],
      faq: [{ question: '修正は何回までできますか?' }],
    });
    // A draft is the seller's alone.
    const anon = await t.client();
    expect((await anon.get(`/api/v1/services/${s.id}`)).statusCode).toBe(404);
    const buyer = await loggedInUser(t);
    expect((await buyer.client.get(`/api/v1/services/${s.id}`)).statusCode).toBe(404);

    const published = (await client.post(`/api/v1/services/${s.id}/status`, { action: 'publish' })).json();
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: t.clock().toISOString(),
      viewer: { actions: ['edit', 'pause', 'hide'] },
    });
    expect((await buyer.client.get(`/api/v1/services/${s.id}`)).json().viewer).toEqual({
      isOwner: false,
      actions: ['buy', 'ask'],
    });
    expect((await anon.get(`/api/v1/services/${s.id}`)).json().viewer).toEqual({ isOwner: false, actions: [] });

    const paused = (await client.post(`/api/v1/services/${s.id}/status`, { action: 'pause' })).json();
    expect(paused.viewer.actions).toEqual(['edit', 'resume', 'hide']);
    // 受付停止: still shown, not taking orders.
    expect((await buyer.client.get(`/api/v1/services/${s.id}`)).json()).toMatchObject({
      status: 'paused',
      viewer: { actions: [] },
    });
    expect((await client.post(`/api/v1/services/${s.id}/status`, { action: 'pause' })).json().code).toBe(
      'service-transition-invalid',
    );
    await client.post(`/api/v1/services/${s.id}/status`, { action: 'resume' });
    const hidden = (await client.post(`/api/v1/services/${s.id}/status`, { action: 'hide' })).json();
    expect(hidden).toMatchObject({ status: 'hidden', viewer: { actions: ['edit', 'publish'] } });
    expect((await buyer.client.get(`/api/v1/services/${s.id}`)).statusCode).toBe(404);

    const mine = (await client.get('/api/v1/me/services')).json();
    expect(mine.items).toEqual([expect.objectContaining({ id: s.id, status: 'hidden', actions: ['edit', 'publish'] })]);
  });

  it('refuses to publish what is not complete, pointing at each field', async () => {
    const { client } = await loggedInUser(t);
    const draft = (
      await client.post(
        '/api/v1/services',
        serviceInput({
          description: '短い説明',
          packages: [{ name: 'ベーシック', price: 5_000, deliveryDays: 5, revisions: 0, includes: '' }],
        }),
      )
    ).json();
    const refused = await client.post(`/api/v1/services/${draft.id}/status`, { action: 'publish' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('service-not-publishable');
    expect(fieldCodes(refused.json())).toEqual(['/description too-short', '/packages/0/includes required']);
    expect((await client.post(`/api/v1/services/${draft.id}/status`, { action: 'resume' })).json().code).toBe(
      'service-transition-invalid',
    );
  });

  it('refuses bad input with field errors', async () => {
    const { client } = await loggedInUser(t);
    const pkg = { name: 'ベーシック', price: 5_000, deliveryDays: 5, revisions: 1, includes: 'ロゴ' };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ packages: [{ ...pkg, price: 0 }] }, ['/packages/0/price too-small']],
      [{ packages: [{ ...pkg, price: -500 }] }, ['/packages/0/price too-small']],
      [{ packages: [{ ...pkg, price: 1_000_001 }] }, ['/packages/0/price too-big']],
      [{ packages: [{ ...pkg, price: 5_000.5 }] }, ['/packages/0/price not-integer']],
      [{ packages: ['A', 'B', 'C', 'D'].map((name) => ({ ...pkg, name })) }, ['/packages too-many']],
      [{ packages: [] }, ['/packages required']],
      [{ packages: [pkg, { ...pkg, name: ' ベーシック ' }] }, ['/packages/1/name name-duplicate']],
      [{ packages: [{ ...pkg, deliveryDays: 91 }] }, ['/packages/0/deliveryDays too-big']],
      [{ options: [{ title: '特急', price: 499, extraDays: 0 }] }, ['/options/0/price too-small']],
      [{ options: [{ title: '特急', price: 1000, extraDays: 31 }] }, ['/options/0/extraDays too-big']],
      [{ category: 'no-such-category' }, ['/category invalid-choice']],
      [{ category: 'design' }, ['/category invalid-choice']],
      [{ title: 'ロゴ' }, ['/title too-short']],
      [{ tags: Array.from({ length: 11 }, (_, i) => `タグ${i}`) }, ['/tags too-many']],
      [{ capacity: 0 }, ['/capacity too-small']],
      [{ acceptanceDays: 15 }, ['/acceptanceDays too-big']],
      [{ faq: Array.from({ length: 11 }, () => ({ question: 'Q', answer: 'A' })) }, ['/faq too-many']],
      [{ imageIds: ['not-an-id'] }, ['/imageIds/0 attachment-invalid']],
      [{ status: 'published' }, [' unknown-field']],
    ];
    for (const [override, expected] of cases) {
      const res = await client.post('/api/v1/services', serviceInput(override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().code).toBe('validation-failed');
      expect(fieldCodes(res.json()).map((c) => c.replace(/^\/status unknown-field$/, ' unknown-field'))).toEqual(expected);
    }
    expect((await (await t.client()).post('/api/v1/services', serviceInput())).statusCode).toBe(401);
  });

  it('edits with the version loaded: keeps package ids, refuses a stale edit and another member', async () => {
    const { client } = await loggedInUser(t);
    const s = (await client.post('/api/v1/services', serviceInput())).json();
    await client.post(`/api/v1/services/${s.id}/status`, { action: 'publish' });
    const [basic, standard] = s.packages;
    const edit = serviceInput({
      version: 1,
      packages: [
        { id: standard.id, name: 'スタンダード', price: 15_000, deliveryDays: 7, revisions: 3, includes: 'ロゴ案4点' },
        { name: 'プレミアム', price: 30_000, deliveryDays: 10, revisions: 5, includes: 'ロゴ案6点、名刺デザイン' },
      ],
      options: [],
    });
    const edited = await client.patch(`/api/v1/services/${s.id}`, edit);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, priceFrom: 15_000, deliveryDaysFrom: 7, options: [] });
    expect(edited.json().packages.map((p: { id: string }) => p.id)).toEqual([standard.id, expect.any(String)]);
    expect(edited.json().packages[1].id).not.toBe(basic.id);
    // A package removed by the edit stays in the table for the orders that name it.
    const removed = await t.database.db
      .selectFrom('service_packages')
      .select('removed_at')
      .where('id', '=', basic.id)
      .executeTakeFirstOrThrow();
    expect(removed.removed_at).not.toBeNull();

    const stale = await client.patch(`/api/v1/services/${s.id}`, edit);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'service-edited-elsewhere', currentVersion: 2 });
    expect(fieldCodes((await client.patch(`/api/v1/services/${s.id}`, serviceInput())).json())).toEqual(['/version required']);
    // A package id of another service is not this service's.
    const other = (await client.post('/api/v1/services', serviceInput())).json();
    const foreign = await client.patch(
      `/api/v1/services/${s.id}`,
      serviceInput({ version: 2, packages: [{ ...other.packages[0], sellerNet: undefined }] }),
    );
    expect(fieldCodes(foreign.json())).toEqual(['/packages/0/id invalid-choice']);
    // A published service stays publishable.
    const short = await client.patch(`/api/v1/services/${s.id}`, serviceInput({ version: 2, description: '短い' }));
    expect(short.json().code).toBe('service-not-publishable');

    // Another member: 403 on a service they can see, 404 on one they cannot.
    const stranger = await loggedInUser(t);
    const theirs = await stranger.client.patch(`/api/v1/services/${s.id}`, serviceInput({ version: 2 }));
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().code).toBe('forbidden');
    expect((await stranger.client.post(`/api/v1/services/${s.id}/status`, { action: 'hide' })).statusCode).toBe(403);
    expect((await stranger.client.patch(`/api/v1/services/${other.id}`, serviceInput({ version: 1 }))).statusCode).toBe(404);
    expect((await stranger.client.post(`/api/v1/services/${other.id}/status`, { action: 'publish' })).statusCode).toBe(404);
    expect((await stranger.client.get('/api/v1/services/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await stranger.client.get('/api/v1/services/nope')).statusCode).toBe(404);
  });

  it('shows the seller’s images to whoever may see the service; another member’s file is refused', async () => {
    const { user, client } = await loggedInUser(t);
    const image = await upload(client, 'logo.png', PNG);
    const text = await upload(client, 'notes.txt', Buffer.from('memo'));
    const stranger = await loggedInUser(t);
    const theirs = await upload(stranger.client, 'theirs.png', PNG);
    expect(fieldCodes((await client.post('/api/v1/services', serviceInput({ imageIds: [text] }))).json())).toEqual([
      '/imageIds/0 attachment-invalid',
    ]);
    expect(fieldCodes((await client.post('/api/v1/services', serviceInput({ imageIds: [theirs] }))).json())).toEqual([
      '/imageIds/0 attachment-invalid',
    ]);
    const s = (await client.post('/api/v1/services', serviceInput({ imageIds: [image] }))).json();
    expect(s.images).toEqual([{ id: image, url: `/api/v1/services/${s.id}/images/${image}`, name: 'logo.png' }]);
    // One image, one service.
    expect(fieldCodes((await client.post('/api/v1/services', serviceInput({ imageIds: [image] }))).json())).toEqual([
      '/imageIds/0 attachment-invalid',
    ]);
    const anon = await t.client();
    expect((await anon.get(s.images[0].url)).statusCode).toBe(404);
    expect((await client.get(s.images[0].url)).statusCode).toBe(200);
    await client.post(`/api/v1/services/${s.id}/status`, { action: 'publish' });
    const file = await anon.get(s.images[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    const cards = (await anon.get(`/api/v1/users/${user.username}/services`)).json();
    expect(cards.items).toEqual([expect.objectContaining({ id: s.id, image: { url: s.images[0].url }, priceFrom: 5_000 })]);
  });

  it('previews every yen of a price', async () => {
    const anon = await t.client();
    expect((await anon.get('/api/v1/services/fee-preview?price=10000')).json()).toEqual({
      price: 10_000,
      sellerFee: 2_000,
      sellerFeeTax: 200,
      sellerNet: 7_800,
      buyerFee: 500,
      buyerFeeTax: 50,
      buyerTotal: 10_550,
    });
    expect((await anon.get('/api/v1/services/fee-preview?price=-1')).json().code).toBe('validation-failed');
    expect((await anon.get('/api/v1/services/fee-preview?price=abc')).json().code).toBe('validation-failed');
  });
});
