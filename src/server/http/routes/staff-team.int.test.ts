// The staff team over HTTP: only admins; creating a staff account mails a link to set the
// password, and the new member must enrol a second factor at first login; role changes
// and removals end the member's sessions and are audited; never one's own role, and
// never the last admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { staffMember } from '../../../../test/contracts';
import { loggedInUser, STRONG_PASSWORD } from '../../../../test/factories';
import { enrol } from '../../../../test/second-factor';
import { changeRole } from '../../staff/team';

let t: TestApp;
let admin: Awaited<ReturnType<typeof staffMember>>;
let adminId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await staffMember(t, 'admin');
  adminId = (await t.database.db.selectFrom('users').select('id').where('email', '=', admin.user.email).executeTakeFirstOrThrow())
    .id;
});
afterAll(() => t.close());

const newStaff = { email: 'tanaka.staff@example.jp', username: 'staff_tanaka', displayName: '田中 運営', role: 'support' };

describe('the staff team', () => {
  it('is for admins: members 403, other staff 403, visitors 401', async () => {
    const member = await loggedInUser(t);
    const finance = await staffMember(t, 'finance');
    expect((await member.client.get('/api/v1/staff/team')).statusCode).toBe(403);
    expect((await finance.client.get('/api/v1/staff/team')).statusCode).toBe(403);
    expect((await finance.client.post('/api/v1/staff/team', newStaff)).statusCode).toBe(403);
    expect((await (await t.client()).get('/api/v1/staff/team')).statusCode).toBe(401);
  });

  it('creates a staff member who sets a password from the mail and must enrol at first login', async () => {
    const bad = await admin.client.post('/api/v1/staff/team', { ...newStaff, email: 'nope', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/email', '/role']);
    const created = await admin.client.post('/api/v1/staff/team', newStaff);
    expect(created.statusCode).toBe(201);
    const row = created.json().staff.find((s: { username: string }) => s.username === 'staff_tanaka');
    expect(row).toMatchObject({ role: 'support', secondFactor: false, invited: true, lastSignInAt: null });
    const twice = await admin.client.post('/api/v1/staff/team', newStaff);
    expect(
      twice
        .json()
        .errors.map((e: { code: string }) => e.code)
        .sort(),
    ).toEqual(['email-taken', 'username-taken']);

    const link = await t.linkFromMail(newStaff.email, '/reset-password');
    const client = await t.client();
    // No password yet: nobody can log in to the account.
    expect((await client.post('/api/v1/auth/login', { email: newStaff.email, password: STRONG_PASSWORD })).statusCode).toBe(401);
    const set = await client.post('/api/v1/auth/password-reset/confirm', {
      token: link.searchParams.get('token'),
      password: STRONG_PASSWORD,
    });
    expect(set.statusCode).toBe(200);
    const login = await client.post('/api/v1/auth/login', { email: newStaff.email, password: STRONG_PASSWORD });
    expect(login.json().user.secondFactor).toBe('enrolment-required');
    expect((await client.get('/api/v1/staff/disputes')).json().code).toBe('second-factor-enrolment-required');
    await enrol(t, client);
    expect((await client.get('/api/v1/staff/disputes')).statusCode).toBe(200);
    const listed = (await admin.client.get('/api/v1/staff/team')).json().staff.find((s: { id: string }) => s.id === row.id);
    expect(listed).toMatchObject({ secondFactor: true, invited: false });
    expect(listed.lastSignInAt).not.toBeNull();

    // A new role ends the member's sessions.
    const changed = await admin.client.put(`/api/v1/staff/team/${row.id}/role`, { role: 'moderator' });
    expect(changed.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    const removed = await admin.client.delete(`/api/v1/staff/team/${row.id}`);
    expect(removed.statusCode).toBe(200);
    expect((await admin.client.get('/api/v1/staff/team')).json().staff.some((s: { id: string }) => s.id === row.id)).toBe(false);
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'data'])
      .where('subject_id', '=', row.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'staff.created',
      'second_factor.enabled',
      'staff.role_changed',
      'staff.role_removed',
    ]);
    expect(audit.filter((a) => a.action.startsWith('staff.')).every((a) => a.actor_user_id === adminId)).toBe(true);
  });

  it('never one’s own role, never the last admin; unknown ids are 404', async () => {
    const own = await admin.client.put(`/api/v1/staff/team/${adminId}/role`, { role: 'support' });
    expect(own.statusCode).toBe(409);
    expect(own.json().code).toBe('staff-own-role');
    expect((await admin.client.delete(`/api/v1/staff/team/${adminId}`)).json().code).toBe('staff-own-role');
    expect((await admin.client.put(`/api/v1/staff/team/${crypto.randomUUID()}/role`, { role: 'support' })).statusCode).toBe(404);
    expect((await admin.client.delete('/api/v1/staff/team/not-a-uuid')).statusCode).toBe(404);
    const member = await loggedInUser(t);
    const memberId = (
      await t.database.db.selectFrom('users').select('id').where('email', '=', member.user.email).executeTakeFirstOrThrow()
    ).id;
    expect((await admin.client.delete(`/api/v1/staff/team/${memberId}`)).statusCode).toBe(404);

    // Two admins, each demoting the other: the second finds they are no longer an admin;
    // and an admin who is the last cannot be demoted (the rule under the lock).
    const second = await staffMember(t, 'admin');
    const secondId = (
      await t.database.db.selectFrom('users').select('id').where('email', '=', second.user.email).executeTakeFirstOrThrow()
    ).id;
    expect((await admin.client.put(`/api/v1/staff/team/${secondId}/role`, { role: 'finance' })).statusCode).toBe(200);
    expect((await second.client.put(`/api/v1/staff/team/${adminId}/role`, { role: 'finance' })).statusCode).toBe(403);
    const admins = await t.database.db.selectFrom('users').select('id').where('staff_role', '=', 'admin').execute();
    expect(admins.map((a) => a.id)).toEqual([adminId]);
    const now = t.clock();
    await expect(
      t.database.db
        .transaction()
        .execute((trx) => changeRole(trx, { actorId: secondId, targetId: adminId, next: 'support', now })),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
