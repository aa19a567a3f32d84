// The former-member registry in use, over HTTP: registering (or changing one's email) with
// the address of a member who withdrew within five years raises a flag for staff and
// refuses nothing; a contract with such a member raises one too; staff read the open
// flags oldest first and resolve them with a note (audited); roles and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { loggedInUser, newUserInput } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-04-01T00:00:00Z');
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.database.db;
const idOf = async (username: string) =>
  (await db().selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

async function withdrawn(): Promise<string> {
  const gone = await loggedInUser(t);
  const res = await gone.client.post('/api/v1/me/withdrawal', {
    password: gone.user.password,
    reasons: [],
    otherReason: '',
    eraseNow: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  return gone.user.email;
}

async function registerWith(email: string): Promise<Party> {
  return loggedInUser(t, { email, username: newUserInput().username });
}

describe('former-member flags', () => {
  it('a returning address is flagged, never refused; its contracts are flagged; staff resolve oldest first', async () => {
    const email = await withdrawn();
    t.clock.advance(30 * 86_400_000);
    const back = await registerWith(email);
    const backId = await idOf(back.user.username);
    const support = await staffMember(t, 'support');
    const open = (await support.client.get('/api/v1/staff/flags')).json();
    const mine = open.items.filter((f: { member: { userId: string } }) => f.member.userId === backId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'former-member', withdrawnOn: '2026-04-01', contractId: null, resolvedAt: null });
    // Oldest first.
    const created = open.items.map((f: { createdAt: string }) => f.createdAt);
    expect([...created].sort()).toEqual(created);
    // The member was told nothing and can work as anyone: a contract, flagged for staff.
    const c = await hiredContract(t, { worker: back });
    const after = (await support.client.get('/api/v1/staff/flags')).json().items;
    expect(after.filter((f: { contractId: string | null }) => f.contractId === c.contractId)).toHaveLength(1);

    const moderator = await staffMember(t, 'moderator');
    const empty = await moderator.client.post(`/api/v1/staff/flags/${mine[0].id}/resolve`, { note: '  ' });
    expect(empty.statusCode).toBe(400);
    const ok = await moderator.client.post(`/api/v1/staff/flags/${mine[0].id}/resolve`, {
      note: '本人確認済み。以前の退会から再登録、取引相手に問題なし。',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await support.client.post(`/api/v1/staff/flags/${mine[0].id}/resolve`, { note: '確認' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'flag-resolved']);
    const resolved = (await support.client.get('/api/v1/staff/flags?state=resolved')).json().items;
    expect(resolved.find((f: { id: string }) => f.id === mine[0].id)).toMatchObject({
      resolvedBy: moderator.user.username,
      note: '本人確認済み。以前の退会から再登録、取引相手に問題なし。',
    });
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', '=', 'flag.resolved')
      .where('subject_id', '=', backId)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('an email change to a returning address is flagged; an address that left over five years ago is not', async () => {
    const email = await withdrawn();
    const { user, client } = await loggedInUser(t);
    const id = await idOf(user.username);
    expect((await client.post('/api/v1/me/email', { newEmail: email, password: user.password })).statusCode).toBe(202);
    const link = await t.linkFromMail(email, '/confirm-email');
    expect((await client.post('/api/v1/auth/confirm-email-change', { token: link.searchParams.get('token') })).statusCode).toBe(
      200,
    );
    const flags = await db().selectFrom('member_flags').select('kind').where('user_id', '=', id).execute();
    expect(flags).toEqual([{ kind: 'former-member' }]);

    const old = await withdrawn();
    t.clock.advance(5 * 366 * 86_400_000);
    const late = await registerWith(old);
    expect(
      await db()
        .selectFrom('member_flags')
        .select('id')
        .where('user_id', '=', await idOf(late.user.username))
        .execute(),
    ).toEqual([]);
  });

  it('only support, moderators and admins read and resolve flags; bad ids are refused', async () => {
    const member = await loggedInUser(t);
    const finance = await staffMember(t, 'finance');
    const admin = await staffMember(t, 'admin');
    const anonymous = await t.client();
    expect((await anonymous.get('/api/v1/staff/flags')).statusCode).toBe(401);
    expect((await member.client.get('/api/v1/staff/flags')).statusCode).toBe(403);
    expect((await finance.client.get('/api/v1/staff/flags')).statusCode).toBe(403);
    expect((await finance.client.post('/api/v1/staff/flags/1/resolve', { note: 'x' })).statusCode).toBe(403);
    expect((await admin.client.get('/api/v1/staff/flags')).statusCode).toBe(200);
    expect((await admin.client.get('/api/v1/staff/flags?state=all')).statusCode).toBe(400);
    expect((await admin.client.post('/api/v1/staff/flags/abc/resolve', { note: 'x' })).statusCode).toBe(400);
    expect((await admin.client.post('/api/v1/staff/flags/999999999/resolve', { note: 'x' })).json().code).toBe('not-found');
  });
});
