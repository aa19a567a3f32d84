// What a request whose transaction the database rolled back (a deadlock, a serialization
// failure) answers: a problem saying to try again, not a 500.
import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { registerErrorHandling } from './errors';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it.each(['40P01', '40001'])('SQLSTATE %s is a 503 busy-retry problem with Retry-After', async (state) => {
  const app = Fastify();
  registerErrorHandling(app, { routePatterns: () => [] });
  app.post('/api/v1/try', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql.raw(`do $$ begin raise exception 'rolled back' using errcode = '${state}'; end $$`).execute(trx);
    });
    return { ok: true };
  });
  const res = await app.inject({ method: 'POST', url: '/api/v1/try', headers: { 'accept-language': 'ja' } });
  expect(res.statusCode).toBe(503);
  expect(res.headers['retry-after']).toBe('1');
  expect(res.json()).toMatchObject({ code: 'busy-retry', title: '混み合っているため処理できませんでした' });
  expect(res.json().detail).toContain('データは変更されていません');
  await app.close();
});
