// The embedded database must isolate transactions like a server does: a request must
// never see another request's uncommitted rows. PGlite is a single session, so this only
// holds because the driver gives a transaction the session for its whole life.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe(`transactions (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('another request never sees uncommitted rows', async () => {
    const { db } = database;
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((r) => {
      inserted = r;
    });
    let finish!: () => void;
    const finishSignal = new Promise<void>((r) => {
      finish = r;
    });
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values({ username: 'uncommitted_1', email: 'u1@example.jp' }).execute();
      inserted();
      await finishSignal;
      throw new Error('roll back');
    });
    await insertedSignal;
    // On PGlite this read waits for the transaction; on PostgreSQL it runs at once. Either
    // way it must not see the row.
    const read = db.selectFrom('users').select('id').where('username', '=', 'uncommitted_1').execute();
    await tick();
    finish();
    await expect(tx).rejects.toThrow('roll back');
    expect(await read).toEqual([]);
    expect(await db.selectFrom('users').select('id').where('username', '=', 'uncommitted_1').execute()).toEqual([]);
  });

  it('a rolled-back transaction leaves nothing, a committed one everything', async () => {
    const { db } = database;
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('users').values({ username: 'rolled_back', email: 'rb@example.jp' }).execute();
        await sql`select 1/0`.execute(trx);
      }),
    ).rejects.toThrow();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values({ username: 'committed_1', email: 'c1@example.jp' }).execute();
    });
    const names = (
      await db.selectFrom('users').select('username').where('username', 'in', ['rolled_back', 'committed_1']).execute()
    ).map((r) => r.username);
    expect(names).toEqual(['committed_1']);
  });

  it('many concurrent transactions each see their own writes and all commit', async () => {
    const { db } = database;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({ username: `conc_${i}`, email: `conc${i}@example.jp` })
            .execute();
          await tick();
          const mine = await trx.selectFrom('users').select('username').where('username', 'like', 'conc\\_%').execute();
          expect(mine.map((r) => r.username)).toContain(`conc_${i}`);
        }),
      ),
    );
    const all = await db
      .selectFrom('users')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('username', 'like', 'conc\\_%')
      .executeTakeFirst();
    expect(Number(all?.n)).toBe(20);
  });

  it('enforces the schema invariants', async () => {
    const { db } = database;
    await expect(db.insertInto('users').values({ username: 'Bad Name', email: 'b@example.jp' }).execute()).rejects.toThrow();
    await expect(
      db.insertInto('users').values({ username: 'upper_mail', email: 'UPPER@example.jp' }).execute(),
    ).rejects.toThrow();
    await db.insertInto('users').values({ username: 'unique_one', email: 'one@example.jp' }).execute();
    await expect(db.insertInto('users').values({ username: 'unique_one', email: 'two@example.jp' }).execute()).rejects.toThrow();
  });
});
