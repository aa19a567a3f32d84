import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS } from '../jobs/categories';
import { duplicateIndexes, publishIssues, type ServiceDraft, serviceFrom } from './publish';

const isCategory = (k: string) => CATEGORY_KEYS.includes(k);
const pkg = (name: string, price = 5_000, deliveryDays = 5) => ({
  name,
  price,
  deliveryDays,
  revisions: 1,
  includes: 'ロゴ案2点',
});
const ready: ServiceDraft = {
  title: 'シンプルで伝わるロゴを作成します',
  category: 'design-logo',
  description:
    'お店や会社の雰囲気に合わせて、シンプルで覚えやすいロゴをお作りします。ヒアリングのうえ、ご希望を丁寧に形にします。',
  packages: [pkg('ベーシック')],
};

describe('publish rule', () => {
  it('publishes a complete service', () => {
    expect(publishIssues(ready, isCategory)).toEqual([]);
  });

  it('points at every missing field at once', () => {
    const issues = publishIssues(
      { title: 'ロゴ', category: 'nope', description: '短い説明です。', packages: [{ ...pkg(' '), includes: '' }] },
      isCategory,
    );
    expect(issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      '/title too-short',
      '/category invalid-choice',
      '/description too-short',
      '/packages/0/name required',
      '/packages/0/includes required',
    ]);
    expect(issues[2]?.params).toEqual({ min: 50 });
  });

  it('counts characters, not UTF-16 units, for the description', () => {
    const emoji = '😀'.repeat(49);
    expect(publishIssues({ ...ready, description: emoji }, isCategory).map((i) => i.pointer)).toEqual(['/description']);
    expect(publishIssues({ ...ready, description: `${emoji}😀` }, isCategory)).toEqual([]);
  });

  it('needs one to three packages with different names', () => {
    expect(publishIssues({ ...ready, packages: [] }, isCategory)).toEqual([{ pointer: '/packages', code: 'required' }]);
    const four = ['A', 'B', 'C', 'D'].map((n) => pkg(n));
    expect(publishIssues({ ...ready, packages: four }, isCategory)).toEqual([
      { pointer: '/packages', code: 'too-many', params: { max: 3 } },
    ]);
    expect(publishIssues({ ...ready, packages: [pkg('ベーシック'), pkg('ﾍﾞｰｼｯｸ ')] }, isCategory)).toEqual([
      { pointer: '/packages/1/name', code: 'name-duplicate' },
    ]);
  });

  it('finds repeated names whatever their width or case', () => {
    expect(duplicateIndexes(['Basic', 'ＢＡＳＩＣ', 'Pro', 'basic', ''])).toEqual([1, 3]);
  });

  it('shows the cheapest price and the shortest delivery', () => {
    expect(serviceFrom([pkg('A', 30_000, 10), pkg('B', 5_000, 14), pkg('C', 80_000, 3)])).toEqual({
      priceFrom: 5_000,
      deliveryDaysFrom: 3,
    });
  });
});
