// The audit log for staff over HTTP: who may read it, each filter (actor, the platform,
// an action or a group of them, a subject, days in Japan), pages by cursor, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { type Party, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';

let t: TestApp;
let support: Party;
let member: Awaited<ReturnType<typeof loggedInUser>>;
let memberId: string;
const subject = crypto.randomUUID();

beforeAll(async () => {
  t = await startTestApp();
  support = await staffMember(t, 'support');
  member = await loggedInUser(t);
  memberId = (
    await t.database.db.selectFrom('users').select('id').where('username', '=', member.user.username).executeTakeFirstOrThrow()
  ).id;
  // Events around midnight in Japan on 1 April 2026, by the member and by the platform.
  const at = (iso: string) => new Date(iso);
  await t.database.db
    .insertInto('audit_events')
    .values([
      {
        actor_user_id: memberId,
        action: 'service.hide',
        subject_type: 'service',
        subject_id: subject,
        created_at: at('2026-03-31T14:59:00Z'),
      },
      {
        actor_user_id: memberId,
        action: 'service.publish',
        subject_type: 'service',
        subject_id: subject,
        created_at: at('2026-03-31T15:00:00Z'),
      },
      {
        actor_user_id: null,
        action: 'service.hide',
        subject_type: 'service',
        subject_id: subject,
        data: JSON.stringify({ reason: 'withdrawal' }),
        created_at: at('2026-04-01T14:59:59Z'),
      },
      {
        actor_user_id: memberId,
        action: 'servicex.other',
        subject_type: 'service',
        subject_id: subject,
        created_at: at('2026-04-01T15:00:00Z'),
      },
    ])
    .execute();
});
afterAll(async () => {
  await t?.close();
});

const read = async (client: Party['client'], query: string) => client.get(`/api/v1/staff/audit?${query}`);

describe('the audit log for staff', () => {
  it('is for support, moderators and admin; finance, members and visitors are refused', async () => {
    expect((await read(support.client, '')).statusCode).toBe(200);
    expect((await read((await staffMember(t, 'moderator')).client, '')).statusCode).toBe(200);
    expect((await read((await staffMember(t, 'admin')).client, '')).statusCode).toBe(200);
    expect((await read((await staffMember(t, 'finance')).client, '')).json().code).toBe('forbidden');
    expect((await read(member.client, '')).json().code).toBe('forbidden');
    expect((await read(await t.client(), '')).statusCode).toBe(401);
  });

  it('filters by subject, actor (by username, with or without @) and the platform, newest first', async () => {
    const bySubject = (await read(support.client, `subjectType=service&subjectId=${subject}`)).json();
    expect(bySubject.items.map((e: { action: string }) => e.action)).toEqual([
      'servicex.other',
      'service.hide',
      'service.publish',
      'service.hide',
    ]);
    expect(bySubject.items[1]).toMatchObject({ actor: null, data: { reason: 'withdrawal' }, at: '2026-04-01T14:59:59.000Z' });
    expect(bySubject.items[0].actor).toMatchObject({ username: member.user.username, staffRole: null });
    const byActor = (await read(support.client, `actor=@${member.user.username}&subjectId=${subject}`)).json();
    expect(byActor.items).toHaveLength(3);
    const bySystem = (await read(support.client, `actor=system&subjectId=${subject}`)).json();
    expect(bySystem.items).toHaveLength(1);
    expect((await read(support.client, 'actor=nobody_here')).json()).toEqual({ items: [], next: null });
  });

  it('filters by an action or its group, not by a longer name that starts alike', async () => {
    const hide = (await read(support.client, `action=service.hide&subjectId=${subject}`)).json();
    expect(hide.items).toHaveLength(2);
    const group = (await read(support.client, `action=service&subjectId=${subject}`)).json();
    expect(group.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'service.hide',
      'service.hide',
      'service.publish',
    ]);
  });

  it('reads days in Japan, both ends included', async () => {
    const april1 = (await read(support.client, `from=2026-04-01&to=2026-04-01&subjectId=${subject}`)).json();
    // 2026-03-31T15:00Z is 00:00 on 1 April in Japan; 2026-04-01T15:00Z is already the 2nd.
    expect(april1.items.map((e: { action: string }) => e.action)).toEqual(['service.hide', 'service.publish']);
  });

  it('pages by cursor without repeating or skipping', async () => {
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page: { items: { id: string }[]; next: string | null } = (
        await read(support.client, `subjectId=${subject}&limit=3${next ? `&before=${next}` : ''}`)
      ).json();
      seen.push(...page.items.map((e: { id: string }) => e.id));
      next = page.next;
    } while (next);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    expect([...seen].sort((a, b) => Number(b) - Number(a))).toEqual(seen);
  });

  it('refuses bad input with field errors', async () => {
    for (const [query, pointer, code] of [
      ['from=2026-04-02&to=2026-04-01', '/querystring/to', 'date-range'],
      ['from=2026-02-30', '/querystring/from', 'date-invalid'],
      ['before=abc', '/querystring/before', 'invalid-type'],
      ['limit=101', '/querystring/limit', 'too-big'],
      ['action=DROP TABLE', '/querystring/action', 'invalid-type'],
    ] as const) {
      const res = await read(support.client, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors, query).toContainEqual(expect.objectContaining({ pointer, code }));
    }
  });
});
