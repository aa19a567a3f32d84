// A posting restriction stops every write that publishes the member's content: task
// submissions and competition entries as much as postings, services and proposals; edits
// of what is already public too. Drafts may still be edited; reviews are not stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { type Party, staffMember } from '../../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, serviceInput, taskInput } from '../../../../test/factories';

let t: TestApp;
let moderator: Party;
let restrictionId: string;
type Member = Awaited<ReturnType<typeof loggedInUser>>;
let client: Member;
let member: Member;
let task: { id: string };
let competition: { id: string };
let openJob: { id: string };
let draftJob: { id: string };
let service: { id: string; version: number };

beforeAll(async () => {
  t = await startTestApp();
  moderator = await staffMember(t, 'moderator');
  client = await loggedInUser(t);
  member = await loggedInUser(t);
  task = await postPaidJob(client.client, taskInput(t));
  competition = await postPaidJob(client.client, competitionInput(t));
  openJob = (await member.client.post('/api/v1/jobs', jobInput(t))).json();
  draftJob = (await member.client.post('/api/v1/jobs', jobInput(t, { publish: false }))).json();
  const created = (await member.client.post('/api/v1/services', serviceInput())).json();
  const published = await member.client.post(`/api/v1/services/${created.id}/status`, { action: 'publish' });
  expect(published.statusCode, published.body).toBe(200);
  service = published.json();
  const memberId = (
    await t.database.db.selectFrom('users').select('id').where('username', '=', member.user.username).executeTakeFirstOrThrow()
  ).id;
  const restricted = await moderator.client.post(`/api/v1/staff/users/${memberId}/restrictions`, {
    kind: 'posting',
    article: 'art8',
    reason: '不適切な投稿を繰り返したため',
    evidence: '複数の通報',
    endsAt: null,
  });
  expect(restricted.statusCode, restricted.body).toBe(201);
  restrictionId = restricted.json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('a posting restriction', () => {
  it('refuses a task submission', async () => {
    const res = await member.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '回答しました。', attachmentIds: [] });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'account-restricted', restriction: { kind: 'posting' } });
  });

  it('refuses a competition entry', async () => {
    const res = await member.client.post(`/api/v1/jobs/${competition.id}/entries`, {
      title: 'ロゴ案',
      description: 'シンプルな案です。',
      attachmentIds: [],
    });
    expect(res.json().code).toBe('account-restricted');
  });

  it('refuses changing a public posting or service, and publishing a draft by editing it', async () => {
    expect((await member.client.patch(`/api/v1/jobs/${openJob.id}`, jobInput(t))).json().code).toBe('account-restricted');
    expect((await member.client.patch(`/api/v1/jobs/${draftJob.id}`, jobInput(t))).json().code).toBe('account-restricted');
    const edited = await member.client.patch(`/api/v1/services/${service.id}`, { ...serviceInput(), version: service.version });
    expect(edited.json().code).toBe('account-restricted');
  });

  it('lets a draft be edited and left a draft', async () => {
    const res = await member.client.patch(
      `/api/v1/jobs/${draftJob.id}`,
      jobInput(t, { publish: false, title: '下書きの見直し中です' }),
    );
    expect(res.statusCode, res.body).toBe(200);
  });

  it('ends when an appeal is granted: the restriction is lifted and submitting works again', async () => {
    const appealed = await member.client.post(`/api/v1/me/restrictions/${restrictionId}/appeal`, { text: '誤解です。' });
    expect(appealed.statusCode, appealed.body).toBe(200);
    const other = await staffMember(t, 'moderator');
    const decided = await other.client.post(`/api/v1/staff/restrictions/${restrictionId}/appeal-decision`, {
      decision: 'lifted',
      note: '通報は誤りでした。',
    });
    expect(decided.json()).toMatchObject({ state: 'lifted', appeal: { decision: 'lifted' } });
    const notices = (await member.client.get('/api/v1/me/notifications')).json().items as { kind: string }[];
    expect(notices.map((n) => n.kind)).toContain('restriction.lifted');
    const res = await member.client.post(`/api/v1/jobs/${task.id}/submissions`, { body: '回答しました。', attachmentIds: [] });
    expect(res.statusCode, res.body).toBe(201);
  });
});
