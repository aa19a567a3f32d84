import { describe, expect, it } from 'vitest';
import { checkDisplayName, normaliseDisplayName } from './display-name';
import { checkEmail, normaliseEmail } from './email';
import { checkPassword, PASSWORD_MAX } from './password';
import { checkUsername, normaliseUsername } from './username';

describe('username', () => {
  it.each([
    ['abc', null],
    ['hanako_2026', null],
    ['a'.repeat(20), null],
    ['ab', 'username-invalid'],
    ['a'.repeat(21), 'username-invalid'],
    ['hanako-sato', 'username-invalid'],
    ['hanako sato', 'username-invalid'],
    ['はなこ', 'username-invalid'],
    ['', 'username-invalid'],
    ['admin', 'username-reserved'],
    ['ADMIN', 'username-reserved'],
    ['ａｄｍｉｎ', 'username-reserved'],
    ['sys_admin', 'username-reserved'],
    ['sysadmin_fan', null],
    ['staff_tanaka', 'username-reserved'],
    ['yorozu_official', 'username-reserved'],
    ['post_master', 'username-reserved'],
  ])('%j → %s', (input, expected) => {
    expect(checkUsername(input)).toBe(expected);
  });

  it('normalises full-width and case', () => {
    expect(normaliseUsername(' ＨＡＮＡＫＯ_１ ')).toBe('hanako_1');
  });
});

describe('display name', () => {
  it.each([
    ['佐藤 花子', null],
    ['Hanako', null],
    ['🌸はなこ🌸', null],
    ['あ'.repeat(40), null],
    ['あ'.repeat(41), 'display-name-invalid'],
    ['', 'display-name-invalid'],
    ['   ', 'display-name-invalid'],
    ['line\nbreak', 'display-name-invalid'],
    ['bidi\u202eoverride', 'display-name-invalid'],
    ['zero\u200bwidth', 'display-name-invalid'],
  ])('%j → %s', (input, expected) => {
    expect(checkDisplayName(input)).toBe(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkDisplayName('𠮷'.repeat(40))).toBeNull();
  });

  it('trims', () => {
    expect(normaliseDisplayName('  花子  ')).toBe('花子');
  });
});

describe('password', () => {
  const isCommon = (p: string) => ['password1', 'iloveyou1'].includes(p);
  it.each([
    ['correct horse battery', null],
    ['12345678a', null],
    ['あいうえおかきく', null],
    ['1234567', 'password-too-short'],
    ['x'.repeat(PASSWORD_MAX), null],
    ['x'.repeat(PASSWORD_MAX + 1), 'password-too-long'],
    ['PASSWORD1', 'password-common'],
    ['ｐａｓｓｗｏｒｄ１', 'password-common'],
  ])('%j → %s', (input, expected) => {
    expect(checkPassword(input, { isCommon })).toBe(expected);
  });

  it('refuses the email address or username inside the password', () => {
    expect(checkPassword('hanako@example.jp!', { isCommon, email: 'hanako@example.jp' })).toBe('password-contains-email');
    expect(checkPassword('my-hanako_sato-pw', { isCommon, username: 'hanako_sato' })).toBe('password-contains-email');
    expect(checkPassword('hanakosato', { isCommon, email: 'hanakosato@example.jp' })).toBe('password-contains-email');
  });

  it('has no composition rules', () => {
    expect(checkPassword('aaaaaaaaaaaa', { isCommon })).toBeNull();
  });
});

describe('email', () => {
  it.each([
    ['hanako@example.jp', null],
    ['Hanako.Sato+work@Example.CO.JP', null],
    ['ｈａｎａｋｏ＠example.jp', null],
    ['no-at-sign.example.jp', 'email-invalid'],
    ['two@@example.jp', 'email-invalid'],
    ['spaces in@example.jp', 'email-invalid'],
    ['nul\u0000@example.jp', 'email-invalid'],
    ['a@b', 'email-invalid'],
    [`${'a'.repeat(250)}@example.jp`, 'email-invalid'],
  ])('%j → %s', (input, expected) => {
    expect(checkEmail(input)).toBe(expected);
  });

  it('normalises width and case', () => {
    expect(normaliseEmail(' ＨＡＮＡＫＯ＠Example.JP ')).toBe('hanako@example.jp');
  });
});
