import { describe, expect, it } from 'vitest';
import { fieldMessage } from '../../../shared/errors';
import {
  checkServiceForm,
  emptyOption,
  emptyPackage,
  packageSummary,
  previewPrices,
  type ServiceFormValues,
  serviceFormDefaults,
  tagList,
  toServiceInput,
} from './serviceFormValues';

function values(over: Partial<ServiceFormValues> = {}): ServiceFormValues {
  return {
    ...serviceFormDefaults(null, 'ja'),
    title: 'ロゴを3案作成します',
    category: 'design-logo',
    description: 'お店や会社のロゴを3案ご提案します。'.repeat(3),
    packages: [
      { ...emptyPackage(0, 'ja'), price: '５，０００', deliveryDays: '7', includes: 'ロゴ3案' },
      { ...emptyPackage(1, 'ja'), price: '12000', deliveryDays: '5', revisions: '3', includes: 'ロゴ5案' },
    ],
    ...over,
  };
}

describe('the service editor values', () => {
  it('starts a new service with one package named ベーシック and the default order settings', () => {
    const start = serviceFormDefaults(null, 'ja');
    expect(start.packages).toEqual([{ name: 'ベーシック', price: '', deliveryDays: '', revisions: '1', includes: '' }]);
    expect(start.capacity).toBe('3');
    expect(start.acceptanceDays).toBe('3');
    expect(emptyPackage(2, 'en').name).toBe('Premium');
  });

  it('splits tags on either comma, dropping blanks and repeats', () => {
    expect(tagList('ロゴ、名刺, ロゴ ,，チラシ、 ')).toEqual(['ロゴ', '名刺', 'チラシ']);
  });

  it('sends numbers as typed in full width, keeps ids and the version', () => {
    const v = values({ options: [{ ...emptyOption(), id: 'opt-1', title: '特急', price: '3,000', extraDays: '0' }] });
    const { body, numberErrors } = toServiceInput(v, ['img-1'], 4, 'ja');
    expect(numberErrors).toEqual({});
    expect(body.packages.map((p) => [p.name, p.price, p.deliveryDays, p.revisions])).toEqual([
      ['ベーシック', 5000, 7, 1],
      ['スタンダード', 12000, 5, 3],
    ]);
    expect(body.options).toEqual([{ id: 'opt-1', title: '特急', price: 3000, extraDays: 0 }]);
    expect(body.imageIds).toEqual(['img-1']);
    expect(body.version).toBe(4);
  });

  it('finds what the server would refuse: a price under the minimum, a word for a number, no category', () => {
    const v = values({ category: '' });
    v.packages[0] = { ...v.packages[0]!, price: '300' };
    v.packages[1] = { ...v.packages[1]!, deliveryDays: '五' };
    const errors = checkServiceForm(v, [], 'ja');
    expect(Object.keys(errors).sort()).toEqual(['category', 'packages.0.price', 'packages.1.deliveryDays']);
    expect(errors['packages.1.deliveryDays']).toBe(fieldMessage('not-integer', 'ja'));
    expect(checkServiceForm(values(), [], 'ja')).toEqual({});
  });

  it('refuses two packages with the same name', () => {
    const v = values();
    v.packages[1] = { ...v.packages[1]!, name: ' ベーシック' };
    expect(Object.keys(checkServiceForm(v, [], 'ja'))).toEqual(['packages.1.name']);
  });

  it('asks the fee preview once per valid price', () => {
    const v = values({
      options: [
        { ...emptyOption(), title: 'A', price: '5000' },
        { ...emptyOption(), title: 'B', price: '100' },
        { ...emptyOption(), title: 'C', price: 'abc' },
      ],
    });
    expect(previewPrices(v)).toEqual([5000, 12000]);
  });

  it('works out the card’s 「〜円・〜日」 from the complete packages only', () => {
    expect(
      packageSummary([
        { price: '12000', deliveryDays: '5' },
        { price: '5,000', deliveryDays: '7' },
        { price: '3000', deliveryDays: '' },
      ]),
    ).toEqual({ priceFrom: 5000, deliveryDaysFrom: 5 });
    expect(packageSummary([{ price: '', deliveryDays: '3' }])).toBeNull();
  });
});
