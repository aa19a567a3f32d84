// Worker search against an oracle: on a generated set of members, every query's results
// equal a plain match over the same normalised text (domain/jobs/search.ts matchesTerm)
// among the members who are listed (domain/discovery/workers.ts isListedWorker) — 0 false
// negatives, 0 false positives — for 1- and 2-character words, full and half width, kana
// written either way and several terms. Then the filters and the sort orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { isListedWorker, skillKey, workerSearchText } from '../../../domain/discovery/workers';
import { matchesTerm, parseKeywords } from '../../../domain/jobs/search';
import { WorkerSearchQuery } from '../../../shared/api/discovery';
import { workerIndexValues } from '../../discovery/worker-index';
import { searchWorkers } from './search-workers';

let database: TestDatabase;

const SKILLS = [
  '翻訳',
  '英語',
  'ライティング',
  'ロゴ',
  'デザイン',
  'WordPress',
  'ＰＨＰ',
  'ﾃﾞｰﾀ入力',
  'データー入力',
  'かふぇ',
  'サーバ',
  'サーバー管理',
  'コンピュータ',
  '動画編集',
  '経理',
  'ヴァイオリン',
  'ウィンドウズ',
  'SEO',
];
const BIOS = ['在宅で働いています。', '主婦です。スキマ時間に', '元エンジニア', '', '', 'よろしくお願いします'];
const NAMES = ['山田 花子', 'ヤマダ ﾀﾛｳ', 'Suzuki Ken', '佐藤　訳子', 'かふぇ店長', 'データ太郎'];
const STATUSES = ['active', 'active', 'active', 'active', 'withdrawing', 'suspended'] as const;

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

interface Member {
  id: string;
  username: string;
  text: string;
  skills: string[];
  prefecture: string;
  homeOnly: boolean;
  createdAt: Date;
  listed: boolean;
}
const members: Member[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 240; i++) {
    const username = `w${String(i).padStart(3, '0')}_${pick(['a', 'b', 'c'])}`;
    const displayName = `${pick(NAMES)}${i}`;
    const skills = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(SKILLS)))];
    const bio = pick(BIOS);
    const status = pick(STATUSES);
    const verified = random() > 0.1;
    const staff = i % 37 === 0;
    const intent = pick(['work', 'order', 'both'] as const);
    const prefecture = pick(['13', '27', '01']);
    const homeOnly = random() > 0.5;
    const createdAt = new Date(base + i * 3_600_000);
    const user = await database.db
      .insertInto('users')
      .values({
        username,
        email: `${username}@example.jp`,
        display_name: displayName,
        status,
        staff_role: staff ? 'support' : null,
        intent,
        email_verified_at: verified ? createdAt : null,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('profiles')
      .values({
        user_id: user.id,
        bio,
        skills,
        prefecture,
        home_only: homeOnly,
        updated_at: createdAt,
        ...workerIndexValues({ displayName, username, skills, bio }),
      })
      .execute();
    members.push({
      id: user.id,
      username,
      text: workerSearchText({ displayName, username, skills, bio }),
      skills,
      prefecture,
      homeOnly,
      createdAt,
      listed: isListedWorker({ status, emailVerified: verified, staff, intent, skills, bio, completedAsWorker: 0 }),
    });
  }
});
afterAll(async () => {
  await database?.close();
});

async function usernames(query: Record<string, unknown>): Promise<string[]> {
  const parsed = WorkerSearchQuery.parse({ perPage: 50, ...query });
  const all: string[] = [];
  for (let page = 1; page <= 20; page++) {
    const { items, total } = await searchWorkers(database.db, { query: { ...parsed, page }, viewer: null });
    all.push(...items.map((w) => w.username));
    if (page === 1) expect(total).toBeGreaterThanOrEqual(items.length);
    if (items.length < parsed.perPage) break;
  }
  return all;
}

describe('keyword search against a substring oracle', () => {
  const queries = [
    '訳',
    '翻訳',
    '英語 翻訳',
    'wordpress',
    'ＷＯＲＤＰＲＥＳＳ',
    'php',
    'ｐｈｐ',
    'データ',
    'でーた入力',
    'データ入力',
    'カフェ',
    'ｶﾌｪ',
    'さーばー',
    'サーバ',
    'サーバー管理',
    'コンピューター',
    'バイオリン',
    'ウインドウズ',
    '在宅',
    '主婦 スキマ',
    'ヤマダ',
    'やまだ',
    'ﾀﾛｳ',
    '山田',
    'w01',
    '存在しない語',
    'ー',
    'a.b*c(d)',
  ];
  it.each(queries)('%s', async (q) => {
    const { terms } = parseKeywords(q);
    const expected = members.filter((m) => m.listed && terms.every((t) => matchesTerm(m.text, t))).map((m) => m.username);
    const got = await usernames({ q });
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got).toHaveLength(expected.length);
  });

  it('lists exactly the members who work, and no one else, without keywords', async () => {
    const expected = members.filter((m) => m.listed).map((m) => m.username);
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.length).toBeLessThan(members.length);
    expect(new Set(await usernames({}))).toEqual(new Set(expected));
  });
});

describe('filters and sorting', () => {
  it('a skill is matched whole, whatever its width or kana', async () => {
    for (const skill of ['データ入力', 'ＷｏｒｄＰｒｅｓｓ', 'カフェ', '訳']) {
      const key = skillKey(skill);
      const expected = members.filter((m) => m.listed && m.skills.some((s) => skillKey(s) === key)).map((m) => m.username);
      expect(new Set(await usernames({ skill }))).toEqual(new Set(expected));
    }
    expect(await usernames({ skill: '訳' })).toEqual([]);
  });

  it('prefecture and home-only narrow the list', async () => {
    const expected = members.filter((m) => m.listed && m.prefecture === '27' && m.homeOnly).map((m) => m.username);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(await usernames({ prefecture: '27', homeOnly: 'true' }))).toEqual(new Set(expected));
  });

  it('newest first, and a category nobody completed work in finds no one', async () => {
    const expected = members
      .filter((m) => m.listed)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((m) => m.username);
    expect(await usernames({ sort: 'new' })).toEqual(expected);
    expect(await usernames({ category: 'writing' })).toEqual([]);
    expect(await usernames({ category: 'no-such-category' })).toEqual([]);
  });
});
