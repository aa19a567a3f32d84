// The operator's identity is configuration: demo values in development, required in production.
import { describe, expect, it } from 'vitest';
import { OPERATOR } from '../../test/operator-env';
import { ConfigError, loadConfig } from './config';
import { OPERATOR_ENV_NAMES } from './operator';

const production = {
  NODE_ENV: 'production',
  YOROZU_SECRET: 'a-production-secret-of-32-characters-or-more',
  PUBLIC_URL: 'https://yorozu.example.jp',
};

describe('operator settings', () => {
  it('are demo values, marked as such, in development', () => {
    const { operator } = loadConfig({ NODE_ENV: 'test' });
    expect(operator.demo).toBe(true);
    expect(operator.legalName).toContain('デモ');
    expect(operator.invoiceNumber).toBeNull();
  });

  it('are read from the environment, the registration number normalised', () => {
    const { operator } = loadConfig({ NODE_ENV: 'test', ...OPERATOR, OPERATOR_INVOICE_NUMBER: 'Ｔ７０００-０１２０-５０００２' });
    expect(operator).toEqual({
      legalName: '株式会社テスト運営',
      representative: '代表取締役 佐藤 花子',
      postalCode: '150-0002',
      address: '東京都渋谷区渋谷2-1-1',
      phone: '03-1234-5678',
      email: 'support@example.jp',
      hours: '平日 9:00〜17:00',
      invoiceNumber: 'T7000012050002',
      demo: false,
    });
  });

  it('refuse to start in production when any is missing, naming every missing variable', () => {
    expect(() => loadConfig(production)).toThrow(ConfigError);
    const message = (() => {
      try {
        loadConfig(production);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of OPERATOR_ENV_NAMES) expect(message).toContain(name);
    const { OPERATOR_ADDRESS: _, ...withoutAddress } = OPERATOR;
    expect(() => loadConfig({ ...production, ...withoutAddress })).toThrow(/required in production.*OPERATOR_ADDRESS/);
    expect(() => loadConfig({ ...production, ...OPERATOR, OPERATOR_NAME: '  ' })).toThrow(/OPERATOR_NAME/);
  });

  it('start in production when all are given; "none" says the operator is not a registered issuer', () => {
    expect(loadConfig({ ...production, ...OPERATOR }).operator.demo).toBe(false);
    const unregistered = loadConfig({ ...production, ...OPERATOR, OPERATOR_INVOICE_NUMBER: 'none' }).operator;
    expect(unregistered.invoiceNumber).toBeNull();
    expect(unregistered.demo).toBe(false);
  });

  it('refuse malformed values with the variable named', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', OPERATOR_INVOICE_NUMBER: 'T123' })).toThrow(/OPERATOR_INVOICE_NUMBER/);
    expect(() => loadConfig({ NODE_ENV: 'test', OPERATOR_EMAIL: 'not-mail' })).toThrow(/OPERATOR_EMAIL/);
    expect(() => loadConfig({ NODE_ENV: 'test', OPERATOR_POSTAL_CODE: '1000' })).toThrow(/OPERATOR_POSTAL_CODE/);
  });
});
