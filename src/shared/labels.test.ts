import { describe, expect, it } from 'vitest';
import { PREFECTURE_CODES, PREFECTURES } from './labels';

describe('prefectures', () => {
  it('are listed in the JIS order, 01 北海道 to 47 沖縄県', () => {
    expect(PREFECTURE_CODES).toHaveLength(47);
    expect(PREFECTURE_CODES).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(PREFECTURE_CODES.map((c) => PREFECTURES[c]?.ja).slice(0, 3)).toEqual(['北海道', '青森県', '岩手県']);
    expect(PREFECTURES[PREFECTURE_CODES.at(-1) ?? '']?.ja).toBe('沖縄県');
  });
});
