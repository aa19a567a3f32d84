// The one place where configuration is read. Every variable is listed in README.md with
// its default; an invalid value stops the process at start with a message that names it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_FEES, type FeeSchedule, parseFeeTiers, percentToPpm } from '../domain/money/fees';
import type { RatePpm } from '../domain/money/yen';
import { requesterNameProblem } from '../domain/payouts/kana';
import { loadStripe, type StripeSettings } from './config-stripe';
import { loadOperator, type OperatorSettings } from './operator';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A percentage setting ("5", "2.5"), or fee tiers as `upTo:percent` pairs. */
const percent = (def: string) =>
  z
    .string()
    .default(def)
    .refine((v) => percentToPpm(v) !== null, `expected a percentage, e.g. ${def}`);
const feeTiers = (def: string) =>
  z
    .string()
    .default(def)
    .refine((v) => parseFeeTiers(v) !== null, `expected upTo:percent pairs, e.g. ${def}`);

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  YOROZU_DATA_DIR: z.string().min(1).default('./data'),
  YOROZU_SECRET: z.string().min(32).optional(),
  YOROZU_SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  YOROZU_RUN_WORKER: bool.default(true),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('よろず <no-reply@yorozu.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  STAFF_SESSION_HOURS: z.coerce.number().int().min(1).max(24).default(8),
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(240).default(30),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  WITHDRAWAL_UNDO_DAYS: z.coerce.number().int().min(0).max(90).default(14),
  APPLICATION_EXPIRY_DAYS: z.coerce.number().int().min(0).max(180).default(14),
  OFFER_EXPIRY_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  AUTO_ACCEPT_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  TERMINATION_RESPONSE_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  REVIEW_REVEAL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  FEE_WORKER_TIERS: feeTiers('100000:20,200000:10,:5'),
  FEE_CLIENT_PERCENT: percent('5'),
  FEE_TASK_PERCENT: percent('20'),
  FEE_SERVICE_SELLER_TIERS: feeTiers(':20'),
  FEE_SERVICE_BUYER_PERCENT: percent('5'),
  TASK_REJECT_LIMIT_PERCENT: percent('30'),
  TASK_AUTO_APPROVE_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  COMPETITION_SELECTION_DAYS: z.coerce.number().int().min(1).max(60).default(14),
  PAYMENT_DEV_CARD: bool.optional(),
  BANK_TRANSFER_ACCOUNT: z.string().min(1).default('よろず銀行 本店営業部 普通 1234567 ヨロズ（カ'),
  PAYOUT_MINIMUM: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  PAYOUT_FEE: z.coerce.number().int().min(0).max(10_000).default(500),
  ZENGIN_REQUESTER_CODE: z
    .string()
    .regex(/^\d{10}$/, 'expected 10 digits')
    .default('0000000001'),
  ZENGIN_REQUESTER_NAME: z
    .string()
    .min(1)
    .max(40)
    .default('ﾖﾛｽﾞ(ｶ')
    .superRefine((name, ctx) => {
      const problem = requesterNameProblem(name);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ZENGIN_BANK_CODE: z
    .string()
    .regex(/^\d{4}$/, 'expected 4 digits')
    .default('0001'),
  ZENGIN_BRANCH_CODE: z
    .string()
    .regex(/^\d{3}$/, 'expected 3 digits')
    .default('100'),
  ZENGIN_ACCOUNT_TYPE: z.enum(['ordinary', 'current', 'savings']).default('current'),
  ZENGIN_ACCOUNT_NUMBER: z
    .string()
    .regex(/^\d{7}$/, 'expected 7 digits')
    .default('1234567'),
});

export type Mode = 'development' | 'production' | 'test';

export interface Config {
  mode: Mode;
  host: string;
  port: number;
  publicUrl: string;
  /** PostgreSQL server URL; when absent the embedded PGlite in `dataDir` is used. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  /** Server key for HMACs and signed links. */
  secret: string;
  seedDemo: 'auto' | 'true' | 'false';
  runWorker: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  trustProxy: boolean;
  sessionTtlDays: number;
  /** A staff login (staff_role set) ends `hours` after it began and after `idleMinutes` without a request. */
  staffSession: { hours: number; idleMinutes: number };
  authRateLimitPerMinute: number;
  /** Requests per minute per IP to each route that writes content (messages, uploads, applications, postings). */
  writeRateLimitPerMinute: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Days during which a withdrawal can be undone from the mailed link (0: never). */
  withdrawalUndoDays: number;
  /** Days after a job's deadline when undecided applications expire. */
  applicationExpiryDays: number;
  /** Days a worker has to answer an offer. */
  offerExpiryDays: number;
  /** Where attached files are kept: <data dir>/uploads. */
  uploadDir: string;
  uploadMaxBytes: number;
  /** How old a public search page or posting may be when served to others (0: never cached). */
  publicCacheSeconds: number;
  /** Days after a delivery when it is accepted without an answer from the client. */
  autoAcceptDays: number;
  /** Days the other party has to answer a termination proposal before it goes to staff. */
  terminationResponseDays: number;
  /** Days after a contract ends when reviews are revealed even if only one side wrote one. */
  reviewRevealDays: number;
  fees: FeeSchedule;
  /** The share of a task's submissions a client may reject (ppm). */
  taskRejectLimit: RatePpm;
  /** Days after a task closes before submissions not judged are approved by themselves. */
  taskAutoApproveDays: number;
  /** Days after a competition closes for the client to choose the winner. */
  competitionSelectionDays: number;
  /** The development card provider (instant escrow). Never available in production. */
  devCardPayments: boolean;
  /** The platform's bank account shown to clients paying escrow by bank transfer. */
  bankTransferAccount: string;
  /** Smallest payout request in yen (the final payout before leaving has none). */
  payoutMinimum: number;
  /** Fee taken from each payout in yen (none for the final payout). */
  payoutFee: number;
  /** The operator's side of the Zengin transfer file (委託者). */
  zengin: {
    requesterCode: string;
    requesterName: string;
    bankCode: string;
    branchCode: string;
    accountType: 'ordinary' | 'current' | 'savings';
    accountNumber: string;
  };
  operator: OperatorSettings;
  /** Card and konbini payments through Stripe; null when not configured (config-stripe.ts). */
  stripe: StripeSettings | null;
}

export class ConfigError extends Error {}

/** The demo data includes an admin whose password is published in the README. */
export const DEMO_SEED_IN_PRODUCTION =
  'YOROZU_SEED_DEMO=true cannot be used in production: the demo accounts include an admin whose password is published. Create staff with `yorozu create-staff` instead.';

/** Refuses demo data where real members could log in with the published passwords. */
export function assertDemoSeedAllowed(mode: Mode): void {
  if (mode === 'production') throw new ConfigError(DEMO_SEED_IN_PRODUCTION);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.YOROZU_DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  // A key generated into the data directory is one instance's own: instances sharing a
  // PostgreSQL database would each seal, sign and hash with a different key.
  if (e.DATABASE_URL && !e.YOROZU_SECRET && e.NODE_ENV !== 'test')
    throw new ConfigError(
      'YOROZU_SECRET (32+ characters) is required with DATABASE_URL: every instance on one database must use the same key.',
    );
  if (e.NODE_ENV === 'production') {
    if (!e.YOROZU_SECRET) throw new ConfigError('YOROZU_SECRET (32+ characters) is required in production.');
    if (!e.PUBLIC_URL) throw new ConfigError('PUBLIC_URL is required in production.');
    if (e.PAYMENT_DEV_CARD)
      throw new ConfigError('PAYMENT_DEV_CARD cannot be enabled in production: it funds escrow without money.');
    if (e.YOROZU_SEED_DEMO === 'true') throw new ConfigError(DEMO_SEED_IN_PRODUCTION);
  }
  return {
    mode: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir,
    secret: e.YOROZU_SECRET ?? developmentSecret(dataDir, e.NODE_ENV),
    seedDemo: e.YOROZU_SEED_DEMO,
    runWorker: e.YOROZU_RUN_WORKER,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    staffSession: { hours: e.STAFF_SESSION_HOURS, idleMinutes: e.STAFF_SESSION_IDLE_MINUTES },
    authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
    writeRateLimitPerMinute: e.WRITE_RATE_LIMIT_PER_MINUTE,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    withdrawalUndoDays: e.WITHDRAWAL_UNDO_DAYS,
    applicationExpiryDays: e.APPLICATION_EXPIRY_DAYS,
    offerExpiryDays: e.OFFER_EXPIRY_DAYS,
    uploadDir: join(dataDir, 'uploads'),
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    publicCacheSeconds: e.PUBLIC_CACHE_SECONDS,
    autoAcceptDays: e.AUTO_ACCEPT_DAYS,
    terminationResponseDays: e.TERMINATION_RESPONSE_DAYS,
    reviewRevealDays: e.REVIEW_REVEAL_DAYS,
    fees: {
      workerTiers: parseFeeTiers(e.FEE_WORKER_TIERS) ?? DEFAULT_FEES.workerTiers,
      clientRate: percentToPpm(e.FEE_CLIENT_PERCENT) ?? DEFAULT_FEES.clientRate,
      taskWorkerRate: percentToPpm(e.FEE_TASK_PERCENT) ?? DEFAULT_FEES.taskWorkerRate,
      serviceSellerTiers: parseFeeTiers(e.FEE_SERVICE_SELLER_TIERS) ?? DEFAULT_FEES.serviceSellerTiers,
      serviceBuyerRate: percentToPpm(e.FEE_SERVICE_BUYER_PERCENT) ?? DEFAULT_FEES.serviceBuyerRate,
    },
    taskRejectLimit: percentToPpm(e.TASK_REJECT_LIMIT_PERCENT) ?? 300_000,
    taskAutoApproveDays: e.TASK_AUTO_APPROVE_DAYS,
    competitionSelectionDays: e.COMPETITION_SELECTION_DAYS,
    devCardPayments: e.NODE_ENV !== 'production' && (e.PAYMENT_DEV_CARD ?? true),
    bankTransferAccount: e.BANK_TRANSFER_ACCOUNT,
    payoutMinimum: e.PAYOUT_MINIMUM,
    payoutFee: e.PAYOUT_FEE,
    zengin: {
      requesterCode: e.ZENGIN_REQUESTER_CODE,
      requesterName: e.ZENGIN_REQUESTER_NAME,
      bankCode: e.ZENGIN_BANK_CODE,
      branchCode: e.ZENGIN_BRANCH_CODE,
      accountType: e.ZENGIN_ACCOUNT_TYPE,
      accountNumber: e.ZENGIN_ACCOUNT_NUMBER,
    },
    operator: loadOperator(env, e.NODE_ENV, ConfigError),
    stripe: loadStripe(env, e.NODE_ENV, ConfigError),
  };
}

/** With the embedded database outside production, a key is made once and kept in the data directory. */
function developmentSecret(dataDir: string, mode: Mode): string {
  if (mode === 'test') return 'test-secret-test-secret-test-secret-0123';
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A configuration for tests: defaults plus overrides, never reading the process env. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      NODE_ENV: 'test',
      YOROZU_DATA_DIR: './data-test',
      YOROZU_RUN_WORKER: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      WRITE_RATE_LIMIT_PER_MINUTE: '100000',
      PUBLIC_CACHE_SECONDS: '0',
    }),
    ...overrides,
  };
}
