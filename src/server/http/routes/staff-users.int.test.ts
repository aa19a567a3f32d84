// The staff's members console over HTTP: who may use it, finding members by username
// (beginning), email (exact, normalised as registration) and id, pages, bad input, and
// one member's status, identity, open items (the pre-check's own list), money, sessions
// and audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { fundByCard, type HiredContract, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';

let t: TestApp;
let support: Party;
let contract: HiredContract;
let clientId: string;
let workerId: string;
const idOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await startTestApp();
  support = await staffMember(t, 'support');
  contract = await hiredContract(t, { amount: 20_000 });
  await fundByCard(contract);
  clientId = await idOf(contract.client.user.username);
  workerId = await idOf(contract.worker.user.username);
  await t.database.db
    .insertInto('audit_events')
    .values({
      actor_user_id: await idOf(support.user.username),
      action: 'account.note',
      subject_type: 'user',
      subject_id: clientId,
      data: JSON.stringify({ note: '本人確認の問い合わせ' }),
      created_at: t.clock(),
    })
    .execute();
});
afterAll(async () => {
  await t?.close();
});

const search = (client: Party['client'], query: string) => client.get(`/api/v1/staff/users?${query}`);

describe('the members console: access and bad input', () => {
  it('is for every staff role; members get 403, visitors 401', async () => {
    for (const role of ['support', 'moderator', 'finance', 'admin'] as const) {
      const staff = await staffMember(t, role);
      expect((await search(staff.client, 'q=user_')).statusCode).toBe(200);
      expect((await staff.client.get(`/api/v1/staff/users/${clientId}`)).statusCode).toBe(200);
    }
    expect((await search(contract.worker.client, 'q=user_')).json().code).toBe('forbidden');
    expect((await contract.worker.client.get(`/api/v1/staff/users/${clientId}`)).statusCode).toBe(403);
    // A member cannot read even themselves through the console.
    expect((await contract.worker.client.get(`/api/v1/staff/users/${workerId}`)).statusCode).toBe(403);
    const visitor = await t.client();
    expect((await search(visitor, 'q=user_')).statusCode).toBe(401);
    expect((await visitor.get(`/api/v1/staff/users/${clientId}`)).statusCode).toBe(401);
  });

  it('refuses a missing, empty or overlong query and a bad page with field problems', async () => {
    const cases: [string, string, string][] = [
      ['', '/querystring/q', 'required'],
      ['q=%20%20', '/querystring/q', 'required'],
      [`q=${'a'.repeat(255)}`, '/querystring/q', 'too-long'],
      ['q=user_&page=0', '/querystring/page', 'too-small'],
      ['q=user_&page=abc', '/querystring/page', 'invalid-type'],
      ['q=user_&page=1.5', '/querystring/page', 'not-integer'],
    ];
    for (const [query, pointer, code] of cases) {
      const res = await search(support.client, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('validation-failed');
      expect(res.json().errors, `${query} ${res.body}`).toContainEqual(expect.objectContaining({ pointer, code }));
    }
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await support.client.get(`/api/v1/staff/users/${crypto.randomUUID()}`)).json().code).toBe('not-found');
    expect((await support.client.get('/api/v1/staff/users/not-an-id')).statusCode).toBe(404);
  });
});

describe('the members console: finding members', () => {
  it('finds a member by email exactly, however it is typed, and never by part of it', async () => {
    const { email, username } = contract.client.user;
    const fullWidthUpper = email.toUpperCase().replace(/[A-Z0-9_@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const q of [email, ` ${email.toUpperCase()} `, fullWidthUpper]) {
      const found = (await search(support.client, `q=${encodeURIComponent(q)}`)).json();
      expect(found.matchedBy).toBe('email');
      expect(found.items.map((u: { username: string }) => u.username)).toEqual([username]);
    }
    for (const q of [email.slice(0, -1), `x${email}`, email.replace(/\.jp$/, '')]) {
      const found = (await search(support.client, `q=${encodeURIComponent(q)}`)).json();
      expect(found.matchedBy).toBe('email');
      expect(found.items.map((u: { username: string }) => u.username)).not.toContain(username);
    }
  });

  it('finds a member by id (any case) and by the beginning of the username, "_" taken literally', async () => {
    const byId = (await search(support.client, `q=${clientId.toUpperCase()}`)).json();
    expect(byId).toMatchObject({ matchedBy: 'id', items: [{ id: clientId, status: 'active', staffRole: null }] });
    const now = t.clock();
    await t.database.db
      .insertInto('users')
      .values(['kon_a1', 'kon_b2', 'konxb3', 'kon'].map((username) => ({ username, created_at: now, updated_at: now })))
      .execute();
    const prefix = (await search(support.client, 'q=%40KON_')).json();
    expect(prefix.matchedBy).toBe('username');
    expect(prefix.items.map((u: { username: string }) => u.username)).toEqual(['kon_a1', 'kon_b2']);
    expect((await search(support.client, 'q=kon')).json().items).toHaveLength(4);
  });

  it('pages twenty at a time without repeating or skipping', async () => {
    const now = t.clock();
    const names = Array.from({ length: 45 }, (_, i) => `pg_${String(i).padStart(2, '0')}`);
    await t.database.db
      .insertInto('users')
      .values(names.map((username) => ({ username, created_at: now, updated_at: now })))
      .execute();
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const res = (await search(support.client, `q=pg_&page=${page}`)).json();
      expect(res.page).toBe(page);
      seen.push(...res.items.map((u: { username: string }) => u.username));
      if (!res.hasMore) break;
    }
    expect(seen).toEqual(names);
  });
});

describe('the members console: one member', () => {
  it('shows status, identity, the open items the member sees, money, sessions and the trail', async () => {
    const res = await support.client.get(`/api/v1/staff/users/${clientId}`);
    expect(res.statusCode).toBe(200);
    const member = res.json();
    expect(member).toMatchObject({
      id: clientId,
      status: 'active',
      withdrawnAt: null,
      identity: {
        username: contract.client.user.username,
        displayName: contract.client.user.displayName,
        email: contract.client.user.email,
        intent: 'both',
        staffRole: null,
        locale: 'ja',
      },
      openItems: { eligible: false },
    });
    expect(member.identity.emailVerifiedAt).not.toBeNull();
    // The same blockers the member's own pre-check lists.
    const own = (await contract.client.client.get('/api/v1/me/withdrawal')).json();
    expect(member.openItems.blockers).toEqual(own.blockers);
    expect(member.openItems.blockers.length).toBeGreaterThan(0);
    const escrow = (
      await t.database.db
        .selectFrom('milestones')
        .select('escrow')
        .where('id', '=', contract.milestoneId)
        .executeTakeFirstOrThrow()
    ).escrow;
    expect(member.money).toEqual({ earningsYen: 0, payoutsInFlightYen: 0, escrowAsClientYen: escrow, escrowAsWorkerYen: 0 });
    const worker = (await support.client.get(`/api/v1/staff/users/${workerId}`)).json();
    expect(worker.money).toMatchObject({ escrowAsClientYen: 0, escrowAsWorkerYen: escrow });
    expect(member.sessions.length).toBeGreaterThan(0);
    expect(member.sessions[0]).toEqual({
      device: expect.stringContaining('Chrome'),
      createdAt: expect.any(String),
      lastSeenAt: expect.any(String),
    });
    expect(JSON.stringify(member.sessions)).not.toMatch(/"(id|token|ip)"/);
    expect(member.audit.items).toEqual([
      expect.objectContaining({
        action: 'account.note',
        subjectType: 'user',
        subjectId: clientId,
        data: { note: '本人確認の問い合わせ' },
      }),
    ]);
    expect(member.audit.more).toBe(false);
  });

  it('shows a withdrawn member as withdrawn, found by username', async () => {
    const leaver = await loggedInUser(t);
    const left = await leaver.client.post('/api/v1/me/withdrawal', {
      reasons: ['not-a-fit'],
      otherReason: '',
      password: leaver.user.password,
      eraseNow: false,
    });
    expect(left.statusCode, left.body).toBe(200);
    const found = (await search(support.client, `q=${leaver.user.username}`)).json();
    expect(found.items).toEqual([expect.objectContaining({ username: leaver.user.username, status: 'withdrawn' })]);
    const member = (await support.client.get(`/api/v1/staff/users/${found.items[0].id}`)).json();
    expect(member.status).toBe('withdrawn');
    expect(member.withdrawnAt).not.toBeNull();
    expect(member.sessions).toEqual([]);
    expect(member.audit.items.map((e: { action: string }) => e.action)).toContain('account.withdrawn');
  });
});
