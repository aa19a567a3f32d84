// Every column of the live schema must be classified in the data map, so a migration
// cannot add personal data without deciding what withdrawal does to it.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { PRIVACY_MAP, renderPrivacyDoc } from './privacy-map';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('data map', () => {
  it('classifies every column of every table, and nothing that does not exist', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' order by table_name, ordinal_position`.execute(database.db);
    const live = rows.map((r) => `${r.table_name}.${r.column_name}`);
    const mapped = Object.entries(PRIVACY_MAP).flatMap(([t, p]) => Object.keys(p.columns).map((c) => `${t}.${c}`));
    expect(
      live.filter((c) => !mapped.includes(c)),
      'columns missing from src/server/db/privacy-map.ts',
    ).toEqual([]);
    expect(
      mapped.filter((c) => !live.includes(c)),
      'map entries for columns that do not exist',
    ).toEqual([]);
  });

  it('docs/privacy-map.md is up to date (npm run docs:privacy)', () => {
    expect(readFileSync('docs/privacy-map.md', 'utf8')).toBe(renderPrivacyDoc());
  });
});
