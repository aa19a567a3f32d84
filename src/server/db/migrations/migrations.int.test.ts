// Migrations that move rows: a database at the version before, with the rows as the older
// code wrote them, migrated to the latest.
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../database';
import { migrations } from './index';

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function databaseAt(version: string): Promise<Database> {
  database = await openDatabase({ dataDir: 'memory://' });
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateTo(version);
  if (error) throw error;
  return database;
}

async function migrateToLatest(db: Database['db']): Promise<void> {
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest();
  if (error) throw error;
}

const task = (kind: string, payload: Record<string, unknown>, runAt: string, dedupeKey: string | null, status = 'pending') =>
  sql`insert into queue_tasks (kind, payload, run_at, dedupe_key, status, max_attempts, created_at)
      values (${kind}, ${JSON.stringify(payload)}::jsonb, ${runAt}::timestamptz, ${dedupeKey}, ${status}, 8, now())`;

describe('migrations that move rows', () => {
  it('0013: retires the mail tasks; their mail stays pending in the outbox for the relay', async () => {
    const { db } = await databaseAt('0012_ledger_balance_slots');
    await sql`insert into outbox (kind, to_address, template, subject, body_text) values ('mail', 'a@example.jp', 'notification', '件名', '本文')`.execute(
      db,
    );
    await task('mail.send', { outboxId: 1 }, '2026-01-01T00:00:00Z', null).execute(db);
    await task('job.deadline', { jobId: 'x' }, '2026-01-01T00:00:00Z', 'job.deadline:x').execute(db);
    await migrateToLatest(db);
    const tasks = await db.selectFrom('queue_tasks').select(['kind', 'status']).orderBy('id').execute();
    expect(tasks).toEqual([
      { kind: 'mail.send', status: 'done' },
      { kind: 'job.deadline', status: 'pending' },
    ]);
    expect(await db.selectFrom('outbox').select('status').execute()).toEqual([{ status: 'pending' }]);
  });

  it('0014: a running countdown becomes one timer, due at its next reminder; finished ones stay finished', async () => {
    const { db } = await databaseAt('0013_outbox_relay');
    const m1 = '00000000-0000-4000-8000-000000000001';
    const m2 = '00000000-0000-4000-8000-000000000002';
    // m1: the 7-day reminder was sent; 3 and 1 days and the acceptance are pending.
    await task(
      'milestone.auto_accept',
      { milestoneId: m1, deliveryCount: 2 },
      '2026-05-15T00:00:00Z',
      `milestone.auto_accept:${m1}`,
    ).execute(db);
    await task(
      'milestone.accept_reminder',
      { milestoneId: m1, deliveryCount: 2, daysLeft: 7 },
      '2026-05-08T00:00:00Z',
      `milestone.accept_reminder:${m1}:7`,
      'done',
    ).execute(db);
    await task(
      'milestone.accept_reminder',
      { milestoneId: m1, deliveryCount: 2, daysLeft: 3 },
      '2026-05-12T00:00:00Z',
      `milestone.accept_reminder:${m1}:3`,
    ).execute(db);
    await task(
      'milestone.accept_reminder',
      { milestoneId: m1, deliveryCount: 2, daysLeft: 1 },
      '2026-05-14T00:00:00Z',
      `milestone.accept_reminder:${m1}:1`,
    ).execute(db);
    // m2: no reminder left, only the acceptance.
    await task(
      'milestone.auto_accept',
      { milestoneId: m2, deliveryCount: 1 },
      '2026-05-20T00:00:00Z',
      `milestone.auto_accept:${m2}`,
    ).execute(db);
    await migrateToLatest(db);
    const live = await db
      .selectFrom('queue_tasks')
      .select(['kind', 'payload', 'run_at', 'dedupe_key'])
      .where('status', '=', 'pending')
      .orderBy('dedupe_key')
      .execute();
    expect(live.map((t) => ({ ...t, run_at: new Date(t.run_at).toISOString() }))).toEqual([
      {
        kind: 'milestone.acceptance',
        payload: { milestoneId: m1, deliveryCount: 2 },
        run_at: '2026-05-12T00:00:00.000Z',
        dedupe_key: `milestone.acceptance:${m1}`,
      },
      {
        kind: 'milestone.acceptance',
        payload: { milestoneId: m2, deliveryCount: 1 },
        run_at: '2026-05-20T00:00:00.000Z',
        dedupe_key: `milestone.acceptance:${m2}`,
      },
    ]);
  });

  it('0017: mail with a secret link keeps no address or text once sent or failed; pending ones are erased when done', async () => {
    const { db } = await databaseAt('0014_acceptance_timer');
    for (const [template, status] of [
      ['reset_password', 'sent'],
      ['verify_email', 'failed'],
      ['change_email', 'pending'],
      ['notification', 'sent'],
    ] as const) {
      await sql`insert into outbox (kind, to_address, template, subject, body_text, status)
                values ('mail', 'a@example.jp', ${template}, '件名', ${`token=${template}`}, ${status})`.execute(db);
    }
    await migrateToLatest(db);
    const rows = await db
      .selectFrom('outbox')
      .select(['template', 'to_address', 'body_text', 'erase_after_send'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { template: 'reset_password', to_address: null, body_text: '', erase_after_send: true },
      { template: 'verify_email', to_address: null, body_text: '', erase_after_send: true },
      { template: 'change_email', to_address: 'a@example.jp', body_text: 'token=change_email', erase_after_send: true },
      { template: 'notification', to_address: 'a@example.jp', body_text: 'token=notification', erase_after_send: false },
    ]);
  });

  it('0020: every posting is indexed again in the folded form, so old postings are found by kana, long vowels and the parent category', async () => {
    const { db } = await databaseAt('0014_acceptance_timer');
    await sql`insert into users (username, email, display_name) values ('old_client', 'old@example.jp', '旧')`.execute(db);
    for (const [title, category, status] of [
      ['カフェのメニュー紹介文', 'writing-copy', 'open'],
      ['データー入力の仕事', 'office-assistant', 'closed'],
    ] as const) {
      // As the code before wrote them: the text NFKC'd and lower-cased only, the child category's name.
      await sql`
        insert into jobs (client_id, kind, status, title, description, category, tags, deadline, prize, budget_sort,
                          search_text, search_tokens, published_at, created_at, updated_at)
        select id, 'competition', ${status}, ${title}, '説明文です', ${category}, '{remote}', now() + interval '3 days', 5000, 5000,
               ${title}, '{}', now(), now(), now()
        from users where username = 'old_client'`.execute(db);
    }
    await migrateToLatest(db);
    const { searchJobs } = await import('../../use-cases/jobs/search-jobs');
    const { JobSearchQuery } = await import('../../../shared/api/jobs');
    const titles = async (q: string) => (await searchJobs(db as never, JobSearchQuery.parse({ q }))).items.map((j) => j.title);
    expect(await titles('かふぇ')).toEqual(['カフェのメニュー紹介文']);
    expect(await titles('ライティング 在宅OK')).toEqual(['カフェのメニュー紹介文']);
    const rows = await db.selectFrom('jobs').select(['title', 'search_text', 'search_tokens']).execute();
    expect(Object.fromEntries(rows.map((r) => [r.title, r.search_text.includes('アシスタント')]))).toEqual({
      カフェのメニュー紹介文: false,
      データー入力の仕事: true,
    });
    expect(rows.every((r) => r.search_tokens.length > 0)).toBe(true);
  });
});
