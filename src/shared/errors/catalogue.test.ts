import { describe, expect, it } from 'vitest';
import { FIELD_ERRORS, PROBLEM_AREAS, PROBLEMS } from './index';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const paramNames = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the problem catalogue', () => {
  it('holds every area, and no code in two areas', () => {
    const codes = Object.values(PROBLEM_AREAS).flatMap((area) => Object.keys(area));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(Object.keys(PROBLEMS).sort());
  });

  it.each(Object.entries(PROBLEMS))('%s has an error status and a title and detail in Japanese and English', (_, def) => {
    expect(Number.isInteger(def.status) && def.status >= 400 && def.status <= 599).toBe(true);
    for (const lang of ['ja', 'en'] as const) {
      expect(def[lang].title.trim()).not.toBe('');
      expect(def[lang].detail.trim()).not.toBe('');
    }
    expect(`${def.ja.title}${def.ja.detail}`).toMatch(JAPANESE);
    expect(`${def.en.title}${def.en.detail}`).not.toMatch(JAPANESE);
  });
});

describe('the field error catalogue', () => {
  it.each(Object.entries(FIELD_ERRORS))('%s has Japanese and English texts with the same parameters', (_, text) => {
    expect(text.ja.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.ja).toMatch(JAPANESE);
    expect(paramNames(text.en)).toEqual(paramNames(text.ja));
  });
});
