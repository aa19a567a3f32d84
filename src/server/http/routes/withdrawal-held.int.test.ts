// The withdrawal pre-check tells a member of their writes waiting for staff review: they
// are discarded at withdrawal. It is said, never a blocker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { jobInput, loggedInUser } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('withdrawal pre-check and held items', () => {
  it('warns that pending held items will be discarded, without blocking; withdrawal discards them', async () => {
    const { user, client } = await loggedInUser(t);
    const held = await client.post(
      '/api/v1/jobs',
      jobInput(t, {
        description: 'ご不明点は yamada@example-design.jp までメールでお問い合わせください。よろしくお願いします。',
      }),
      { 'screening-review': encodeURIComponent('会社の窓口のアドレスのため') },
    );
    expect(held.statusCode, held.body).toBe(202);
    const precheck = (await client.get('/api/v1/me/withdrawal')).json();
    expect(precheck).toMatchObject({ eligible: true, blockers: [], heldItemsPending: 1 });
    expect(precheck.warnings).toContain('held-items-discarded');
    const done = await client.post('/api/v1/me/withdrawal', {
      reasons: ['not-a-fit'],
      otherReason: '',
      password: user.password,
      eraseNow: false,
    });
    expect(done.statusCode, done.body).toBeLessThan(300);
    const row = await t.database.db
      .selectFrom('held_items')
      .select('status')
      .where('id', '=', held.json().heldItem.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('discarded');
  });

  it('says nothing of held items to a member who has none', async () => {
    const { client } = await loggedInUser(t);
    const precheck = (await client.get('/api/v1/me/withdrawal')).json();
    expect(precheck.heldItemsPending).toBe(0);
    expect(precheck.warnings).not.toContain('held-items-discarded');
  });
});
