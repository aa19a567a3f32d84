import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../jobs/search';
import { isListedWorker, skillKey, workerActions, workerSearchText } from './workers';

const member = {
  status: 'active',
  emailVerified: true,
  staff: false,
  intent: 'both',
  skills: [] as string[],
  bio: '',
  completedAsWorker: 0,
};

describe('who is listed among workers', () => {
  it('lists a member who shows skills, a self-introduction or completed work', () => {
    expect(isListedWorker({ ...member, skills: ['翻訳'] })).toBe(true);
    expect(isListedWorker({ ...member, bio: '在宅でデータ入力をしています' })).toBe(true);
    expect(isListedWorker({ ...member, completedAsWorker: 1 })).toBe(true);
  });
  it('does not list a member with nothing to show', () => {
    expect(isListedWorker(member)).toBe(false);
  });
  it('does not list a member who registered only to order, unless they have completed work', () => {
    const client = { ...member, intent: 'order', bio: '愛知県で業務用食品の卸売をしています。' };
    expect(isListedWorker(client)).toBe(false);
    expect(isListedWorker({ ...client, skills: ['経理'] })).toBe(false);
    expect(isListedWorker({ ...client, completedAsWorker: 1 })).toBe(true);
    expect(isListedWorker({ ...client, intent: 'work' })).toBe(true);
  });
  it.each([
    ['withdrawn', { status: 'withdrawn' }],
    ['suspended', { status: 'suspended' }],
    ['withdrawing', { status: 'withdrawing' }],
    ['unverified', { emailVerified: false }],
    ['staff', { staff: true }],
  ])('never lists a %s member', (_, change) => {
    expect(isListedWorker({ ...member, skills: ['翻訳'], completedAsWorker: 3, ...change })).toBe(false);
  });
});

describe('search text', () => {
  it('holds the name, username, skills and bio in the normalised form', () => {
    const text = workerSearchText({
      displayName: 'ヤマダ　ﾊﾅｺ',
      username: 'hanako',
      skills: ['ＷｏｒｄＰｒｅｓｓ', 'ろご'],
      bio: 'サーバ管理',
    });
    expect(text).toBe(normaliseForSearch(text));
    for (const word of ['ハナコ', 'hanako', 'wordpress', 'ロゴ', 'サーバ管理']) expect(text).toContain(word);
  });
});

describe('skill filter', () => {
  it('compares skills whatever their width, case or kana', () => {
    expect(skillKey('ＷｏｒｄＰｒｅｓｓ')).toBe(skillKey('wordpress'));
    expect(skillKey('ろご')).toBe(skillKey('ロゴ'));
    expect(skillKey('ﾃﾞｰﾀ入力')).toBe(skillKey('データ入力'));
  });
});

describe('scouting', () => {
  it('a member scouts another member, never themself; an anonymous or inactive viewer cannot', () => {
    expect(workerActions({ id: 'c', active: true }, 'w')).toEqual(['scout']);
    expect(workerActions({ id: 'w', active: true }, 'w')).toEqual([]);
    expect(workerActions({ id: 'c', active: false }, 'w')).toEqual([]);
    expect(workerActions(null, 'w')).toEqual([]);
  });
});
