import { describe, expect, it } from 'vitest';
import { AppError } from '../../domain/errors';
import { assertScreened, contactDetailsProblem, hostOf, screenFields, textsOf } from './fields';
import { reviewReason } from './hook';

const OPTIONS = { ownHost: 'yorozu.example' };

describe('screening a write', () => {
  it('reads every text by pointer, leaving ids and portfolio links out', () => {
    const body = {
      body: 'こんにちは',
      attachmentIds: ['a'],
      packages: [{ name: 'ベーシック', includes: 'PNG' }],
      portfolioLinks: ['https://me.example.net'],
      'a/b': 'x',
    };
    expect(textsOf(body)).toEqual({
      '/body': 'こんにちは',
      '/packages/0/name': 'ベーシック',
      '/packages/0/includes': 'PNG',
      '/a~1b': 'x',
    });
  });

  it('names the field, the range, the rule, article 7 and the reason of each finding', () => {
    const [finding] = screenFields({ '/body': '急ぎなら 090-1234-5678 まで', '/title': 'ロゴ制作' }, OPTIONS);
    expect(finding).toMatchObject({ field: '/body', start: 5, end: 18, excerpt: '090-1234-5678', ruleId: 'phone.number' });
    expect(finding?.article).toContain('第7条');
    expect(finding?.reason.ja).toContain('電話番号');
  });

  it('passes our own links and, with an approved contact request, contact details — never payment outside', () => {
    expect(screenFields({ '/body': '納品物は https://yorozu.example/contracts/1 にあります' }, OPTIONS)).toEqual([]);
    expect(screenFields({ '/body': '090-1234-5678 です' }, { ...OPTIONS, contactAllowed: true })).toEqual([]);
    expect(screenFields({ '/body': 'PayPayで直接お支払いします' }, { ...OPTIONS, contactAllowed: true })).toHaveLength(1);
  });

  it('refuses with contact-details-detected, its findings and one field error per field', () => {
    expect(() => assertScreened({ '/body': 'ok' }, OPTIONS)).not.toThrow();
    const findings = screenFields({ '/a': 'LINE: taro_0808', '/b': 'x@gmail.com と 090-1234-5678' }, OPTIONS);
    const error = contactDetailsProblem(findings);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('contact-details-detected');
    expect(error.fieldErrors.map((e) => e.pointer)).toEqual(['/a', '/b']);
    expect((error.extensions as { findings: unknown[] }).findings).toHaveLength(3);
  });

  it('reads the review reason from its header, percent-encoded, 1–1000 characters', () => {
    expect(reviewReason(undefined)).toBeNull();
    expect(reviewReason(encodeURIComponent(' 現地作業のため '))).toBe('現地作業のため');
    expect(() => reviewReason('')).toThrow(AppError);
    expect(() => reviewReason('%E3%81')).toThrow(AppError);
    expect(() => reviewReason('x'.repeat(1001))).toThrow(AppError);
    expect(hostOf('https://yorozu.example:8443/')).toBe('yorozu.example');
  });
});
