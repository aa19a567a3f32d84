// The pre-check's promise, tested as a model. For member states built at random (a fixed
// seed) from postings of each kind, open and closed, with applications, submissions,
// entries and contracts on both sides: read the pre-check, then move the clock to each
// date it promises, running every timer when it falls due (as the worker does), and check
// that the item promised is gone by then under every blocker, and that no blocker has
// appeared that the page did not announce (an item already listed, or a follow-on one of
// them named). A resolve button either ends its item or said beforehand what wait it
// starts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../../test/app';
import { DAY } from '../../../test/clock';
import { deliver, expectLedgerWhole, fundByCard, hiredContract, type Party } from '../../../test/contracts';
import { competitionInput, jobInput, loggedInUser, postPaidJob, taskInput } from '../../../test/factories';

interface Item {
  id: string;
  title: string;
  clearsAt: string | null;
  expectedAt: string | null;
  followedBy: { code: string; itemId: string; note: string }[];
  resolve: { href: string; label: string; startsWait: string | null } | null;
}
interface Precheck {
  blockers: { code: string; items: Item[] }[];
}

const WorkState = fc.record({
  days: fc.integer({ min: 2, max: 9 }),
  /** Submissions (task) or entries (competition) by the other member. */
  work: fc.integer({ min: 0, max: 2 }),
  /** Closed by the member's resolve button before the pre-check is read. */
  pressClose: fc.boolean(),
});
const MemberState = fc.record({
  // As a client.
  project: fc.option(fc.record({ days: fc.integer({ min: 2, max: 9 }), applications: fc.integer({ min: 0, max: 1 }) }), {
    nil: null,
  }),
  task: fc.option(WorkState, { nil: null }),
  competition: fc.option(WorkState, { nil: null }),
  deliveredAsClient: fc.boolean(),
  // As a worker.
  application: fc.boolean(),
  submission: fc.option(fc.record({ days: fc.integer({ min: 2, max: 9 }), closed: fc.boolean() }), { nil: null }),
  entry: fc.option(fc.record({ days: fc.integer({ min: 2, max: 9 }), closed: fc.boolean() }), { nil: null }),
  deliveredAsWorker: fc.boolean(),
});
type MemberState = typeof MemberState extends fc.Arbitrary<infer T> ? T : never;

/** Every kind at once, so that each chain is tested whatever the seed draws. */
const EVERYTHING: MemberState = {
  project: { days: 3, applications: 1 },
  task: { days: 4, work: 2, pressClose: false },
  competition: { days: 5, work: 1, pressClose: false },
  deliveredAsClient: true,
  application: true,
  submission: { days: 6, closed: false },
  entry: { days: 7, closed: false },
  deliveredAsWorker: true,
};
const PRESSED: MemberState = {
  ...EVERYTHING,
  task: { days: 8, work: 1, pressClose: true },
  competition: { days: 3, work: 2, pressClose: true },
  submission: { days: 5, closed: true },
  entry: { days: 4, closed: true },
};

let t: TestApp;
beforeAll(async () => {
  // Sessions outlive the weeks the clock moves.
  t = await startTestApp({ sessionTtlDays: 365 });
});
afterAll(async () => {
  await t?.close();
});

const ok = async (res: Promise<{ statusCode: number; body: string }>, status = [200, 201]) => {
  const r = await res;
  if (!status.includes(r.statusCode)) throw new Error(`${r.statusCode}: ${r.body}`);
  return JSON.parse(r.body);
};
const inDays = (days: number) => new Date(t.clock().getTime() + days * DAY).toISOString();
const precheck = async (c: TestClient): Promise<Precheck> => ok(c.get('/api/v1/me/withdrawal'));
const itemsOf = (p: Precheck) => p.blockers.flatMap((b) => b.items.map((item) => ({ code: b.code, ...item })));

/** Moves the clock to `to`, running each timer at the time it is due on the way, as the worker would. */
async function advanceTo(to: Date): Promise<void> {
  for (;;) {
    const next = await t.database.db
      .selectFrom('queue_tasks')
      .select((eb) => eb.fn.min('run_at').as('at'))
      .where('status', '=', 'pending')
      .where('run_at', '<=', to)
      .executeTakeFirst();
    if (!next?.at) break;
    const at = new Date(next.at);
    if (at > t.clock()) t.clock.set(at);
    await t.runTasks();
  }
  if (to > t.clock()) t.clock.set(to);
  await t.runTasks();
}

/** Builds the member's state through the API; `other` plays every other side. */
async function build(member: Party, other: Party, s: MemberState): Promise<void> {
  const m = member.client;
  const o = other.client;
  if (s.project) {
    const job = await ok(m.post('/api/v1/jobs', jobInput(t, { deadline: inDays(s.project.days) })));
    for (let i = 0; i < s.project.applications; i++) {
      await ok(
        o.post(`/api/v1/jobs/${job.id}/applications`, {
          proposal: 'ぜひ担当させてください。',
          quotedAmount: 20_000,
          deliveryDays: 7,
        }),
      );
    }
  }
  if (s.task) {
    const job = await postPaidJob(m, taskInput(t, { deadline: inDays(s.task.days), taskSlots: 3 }));
    for (let i = 0; i < s.task.work; i++) {
      const worker = i === 0 ? other : await loggedInUser(t);
      await ok(worker.client.post(`/api/v1/jobs/${job.id}/submissions`, { body: `感想${i}: 使いやすい商品でした。` }));
    }
  }
  if (s.competition) {
    const job = await postPaidJob(m, competitionInput(t, { deadline: inDays(s.competition.days) }));
    for (let i = 0; i < s.competition.work; i++) {
      const worker = i === 0 ? other : await loggedInUser(t);
      await ok(worker.client.post(`/api/v1/jobs/${job.id}/entries`, { title: `案${i + 1}`, description: '' }));
    }
  }
  if (s.deliveredAsClient) {
    const c = await hiredContract(t, { client: member, worker: other });
    await fundByCard(c);
    await deliver(c);
  }
  if (s.application) {
    const job = await ok(o.post('/api/v1/jobs', jobInput(t, { deadline: inDays(5) })));
    await ok(
      m.post(`/api/v1/jobs/${job.id}/applications`, {
        proposal: 'よろしくお願いします。',
        quotedAmount: 15_000,
        deliveryDays: 5,
      }),
    );
  }
  if (s.submission) {
    const job = await postPaidJob(o, taskInput(t, { deadline: inDays(s.submission.days) }));
    await ok(m.post(`/api/v1/jobs/${job.id}/submissions`, { body: '感想: 写真が多くて分かりやすいです。' }));
    if (s.submission.closed) await ok(o.post(`/api/v1/jobs/${job.id}/close`, {}));
  }
  if (s.entry) {
    const job = await postPaidJob(o, competitionInput(t, { deadline: inDays(s.entry.days) }));
    await ok(m.post(`/api/v1/jobs/${job.id}/entries`, { title: '私の案', description: '' }));
    if (s.entry.closed) await ok(o.post(`/api/v1/jobs/${job.id}/close`, {}));
  }
  if (s.deliveredAsWorker) {
    const c = await hiredContract(t, { client: other, worker: member });
    await fundByCard(c);
    await deliver(c);
  }
}

/** Presses the close buttons the state asks for: each ends its item or announced the wait it starts. */
async function pressButtons(member: Party, s: MemberState): Promise<void> {
  const before = itemsOf(await precheck(member.client));
  const press = before.filter(
    (i) =>
      i.code === 'open-jobs' &&
      i.resolve &&
      ((s.task?.pressClose && i.title === taskInput(t).title) ||
        (s.competition?.pressClose && i.title === competitionInput(t).title)),
  );
  for (const item of press) {
    await ok(member.client.post(item.resolve?.href ?? '', {}));
    const after = itemsOf(await precheck(member.client)).filter((i) => i.id === item.id);
    if (after.length > 0) {
      // Still blocking: the button said so, with the date the wait ends, and that date is now promised.
      expect(item.resolve?.startsWait, `${item.title}: the button started a wait it did not announce`).toBeTruthy();
      for (const a of after) {
        expect(item.followedBy.map((f) => `${f.code}:${f.itemId}`)).toContain(`${a.code}:${a.id}`);
        const day = new Date(a.clearsAt ?? '').toLocaleDateString('ja-JP', {
          timeZone: 'Asia/Tokyo',
          month: 'long',
          day: 'numeric',
        });
        expect(item.resolve?.startsWait).toContain(day);
      }
    } else {
      expect(item.resolve?.startsWait ?? null).toBeNull();
    }
  }
}

/** Checks every promise of the pre-check by moving the clock to it. */
async function checkPromises(member: Party): Promise<number> {
  const start = await precheck(member.client);
  const listed = itemsOf(start);
  const known = new Set(listed.map((i) => `${i.code}:${i.id}`));
  const announced = new Set(listed.flatMap((i) => i.followedBy.map((f) => `${f.code}:${f.itemId}`)));
  for (const i of listed) {
    // A date is never in the past, and an item without a date of its own has none.
    if (i.clearsAt) expect(new Date(i.clearsAt).getTime()).toBeGreaterThanOrEqual(t.clock().getTime());
  }
  const dates = [...new Set(listed.flatMap((i) => (i.clearsAt ? [i.clearsAt] : [])))].sort();
  for (const date of dates) {
    await advanceTo(new Date(date));
    const now = itemsOf(await precheck(member.client));
    for (const promised of listed.filter((i) => i.clearsAt && i.clearsAt <= date)) {
      const left = now.filter((i) => i.id === promised.id);
      expect(left, `${promised.code} 「${promised.title}」 promised to clear by ${promised.clearsAt}`).toEqual([]);
    }
    for (const item of now) {
      const key = `${item.code}:${item.id}`;
      expect(known.has(key) || announced.has(key), `${key} 「${item.title}」 appeared unannounced`).toBe(true);
    }
  }
  return dates.length;
}

describe('the withdrawal pre-check keeps its promises', () => {
  const sampled = fc.sample(MemberState, { seed: 20261206, numRuns: 3 });
  it.each([
    ['everything open', EVERYTHING],
    ['close buttons pressed', PRESSED],
    ...sampled.map((s, i) => [`random state ${i + 1}`, s] as [string, MemberState]),
  ])(
    '%s',
    async (_name, state) => {
      const member = await loggedInUser(t);
      const other = await loggedInUser(t);
      await build(member, other, state);
      await pressButtons(member, state);
      await checkPromises(member);
      await expectLedgerWhole(t.database.db);
    },
    120_000,
  );
});
