// Who runs this marketplace: the legal operator printed on receipts and payment notices,
// named in the terms, the 特定商取引法に基づく表記, the privacy policy and every mail.
// Development gets demo values marked as such; production refuses to start without the
// real ones. The service's name (よろず) is not a setting: it is the product.
import { z } from 'zod';
import { parseInvoiceNumber } from '../domain/tax/invoice-number';

export interface OperatorSettings {
  /** The legal name (商号 or 氏名), e.g. 株式会社よろず. */
  legalName: string;
  /** 代表者 or the person responsible for operations. */
  representative: string;
  postalCode: string;
  address: string;
  phone: string;
  email: string;
  /** When enquiries are answered (お問い合わせ受付時間). */
  hours: string;
  /** The operator's 適格請求書発行事業者登録番号, or null when it is not registered. */
  invoiceNumber: string | null;
  /** True while the demo values stand in for the real ones (never in production). */
  demo: boolean;
}

/** Each setting, its variable and its development value. */
const SETTINGS = {
  legalName: { env: 'OPERATOR_NAME', demo: 'よろず運営株式会社（デモ）' },
  representative: { env: 'OPERATOR_REPRESENTATIVE', demo: '代表取締役 山田 太郎（デモ）' },
  postalCode: { env: 'OPERATOR_POSTAL_CODE', demo: '100-0001' },
  address: { env: 'OPERATOR_ADDRESS', demo: '東京都千代田区千代田1-1 よろずビル（デモ用の架空の住所）' },
  phone: { env: 'OPERATOR_PHONE', demo: '03-0000-0000（デモ用の架空の番号）' },
  email: { env: 'OPERATOR_EMAIL', demo: 'support@yorozu.localhost' },
  hours: { env: 'OPERATOR_HOURS', demo: '平日 10:00〜18:00（土日祝日・年末年始を除く）' },
} as const;

/** `none` says, on purpose, that the operator is not a registered issuer. */
const INVOICE_ENV = 'OPERATOR_INVOICE_NUMBER';

export const OPERATOR_ENV_NAMES = [...Object.values(SETTINGS).map((s) => s.env), INVOICE_ENV];

const text = z.string().trim().min(1).max(200);
const email = z.string().trim().email();
const postalCode = z
  .string()
  .trim()
  .regex(/^\d{3}-?\d{4}$/, 'expected a postal code such as 100-0001');

/**
 * Reads the operator's settings; the messages name the variables, as the rest of the
 * configuration does, and are thrown as `Failure` (the configuration's own error).
 */
export function loadOperator(
  env: NodeJS.ProcessEnv,
  mode: 'development' | 'production' | 'test',
  Failure: new (message: string) => Error,
): OperatorSettings {
  const value = (key: keyof typeof SETTINGS) => {
    const raw = env[SETTINGS[key].env];
    return raw === undefined || raw.trim() === '' ? undefined : raw;
  };
  const missing: string[] = Object.values(SETTINGS)
    .filter((s) => env[s.env] === undefined || env[s.env]?.trim() === '')
    .map((s) => s.env);
  const invoiceRaw = env[INVOICE_ENV]?.trim() || undefined;
  if (mode === 'production') {
    if (!invoiceRaw) missing.push(INVOICE_ENV);
    if (missing.length > 0)
      throw new Failure(
        `The operator's identity is required in production (it is printed on receipts, the terms and the legal pages): set ${missing.join(', ')}. ` +
          `${INVOICE_ENV} is the registration number (T and 13 digits), or "none" when the operator is not a registered issuer.`,
      );
  }
  const problems: string[] = [];
  const check = <T>(schema: z.ZodType<T>, key: keyof typeof SETTINGS): T => {
    const parsed = schema.safeParse(value(key) ?? SETTINGS[key].demo);
    if (parsed.success) return parsed.data;
    problems.push(`  ${SETTINGS[key].env}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return SETTINGS[key].demo as T;
  };
  const settings = {
    legalName: check(text, 'legalName'),
    representative: check(text, 'representative'),
    postalCode: check(postalCode, 'postalCode'),
    address: check(text, 'address'),
    phone: check(text, 'phone'),
    email: check(email, 'email'),
    hours: check(text, 'hours'),
  };
  let invoiceNumber: string | null = null;
  if (invoiceRaw && invoiceRaw.toLowerCase() !== 'none') {
    const parsed = parseInvoiceNumber(invoiceRaw);
    if (parsed.ok) invoiceNumber = parsed.value;
    else problems.push(`  ${INVOICE_ENV}: expected T and 13 digits (e.g. T1234567890123), or "none"`);
  }
  if (problems.length > 0) throw new Failure(`Invalid configuration:\n${problems.join('\n')}`);
  return { ...settings, invoiceNumber, demo: missing.length > 0 };
}
