// Factories: each call makes a new, independent account through the real API.
import { randomBytes } from 'node:crypto';
import type { TestApp, TestClient } from './app';

export const STRONG_PASSWORD = 'correct horse battery staple 42';

export interface RegisteredUser {
  email: string;
  username: string;
  password: string;
  displayName: string;
}

export function newUserInput(overrides: Partial<RegisteredUser & { intent: string }> = {}) {
  const id = randomBytes(4).toString('hex');
  return {
    email: `user_${id}@example.jp`,
    username: `user_${id}`,
    password: STRONG_PASSWORD,
    displayName: `テスト 花子 ${id}`,
    intent: 'both',
    acceptTerms: true,
    ...overrides,
  };
}

/** Registers and verifies an account, returning its credentials. */
export async function registerVerified(
  t: TestApp,
  overrides: Partial<RegisteredUser & { intent: string }> = {},
): Promise<RegisteredUser> {
  const client = await t.client();
  const input = newUserInput(overrides);
  const res = await client.post('/api/v1/auth/register', input);
  if (res.statusCode !== 202) throw new Error(`register failed: ${res.body}`);
  const link = await t.linkFromMail(input.email, '/verify-email');
  const verified = await client.post('/api/v1/auth/verify-email', { token: link.searchParams.get('token') });
  if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
  return { email: input.email, username: input.username, password: input.password, displayName: input.displayName };
}

/** A client logged in as a new, verified account. */
export async function loggedInUser(
  t: TestApp,
  overrides: Partial<RegisteredUser & { intent: string }> = {},
): Promise<{ user: RegisteredUser; client: TestClient }> {
  const user = await registerVerified(t, overrides);
  const client = await t.client();
  const res = await client.post('/api/v1/auth/login', { email: user.email, password: user.password });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return { user, client };
}

/** A valid posting form (project by default), deadline a week after the test clock. */
export function jobInput(t: TestApp, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'project',
    title: '企業ブログの記事作成(月5本)',
    description: '自社サイトに掲載するブログ記事を毎月5本お願いします。テーマは業務用食品と料理です。',
    category: 'writing-article',
    tags: ['beginner', 'remote'],
    deadline: new Date(t.clock().getTime() + 7 * 86_400_000).toISOString(),
    deliveryDate: null,
    budgetMin: 10000,
    budgetMax: 30000,
    hires: 1,
    milestonesWished: 1,
    taskSlots: null,
    taskUnitPrice: null,
    taskInstructions: null,
    prize: null,
    entryRules: null,
    allowNoWinner: false,
    publish: true,
    ...overrides,
  };
}

/** A task posting's input: 10 slots at ¥100 unless told otherwise. */
export function taskInput(t: TestApp, overrides: Record<string, unknown> = {}) {
  return jobInput(t, {
    kind: 'task',
    title: '商品レビューのアンケート回答',
    budgetMin: null,
    budgetMax: null,
    hires: null,
    milestonesWished: null,
    taskSlots: 10,
    taskUnitPrice: 100,
    taskInstructions: '商品を使った感想を200字で',
    ...overrides,
  });
}

/** A competition posting's input: a ¥30,000 prize unless told otherwise. */
export function competitionInput(t: TestApp, overrides: Record<string, unknown> = {}) {
  return jobInput(t, {
    kind: 'competition',
    title: '新店舗のロゴ募集',
    category: 'design-logo',
    budgetMin: null,
    budgetMax: null,
    hires: null,
    milestonesWished: null,
    prize: 30000,
    entryRules: 'AI 生成物は不可',
    ...overrides,
  });
}

/**
 * Posts a task or competition and publishes it the way a client does: saved as a draft,
 * then its budget paid into escrow (by the development card unless told otherwise).
 */
export async function postPaidJob(
  client: TestClient,
  input: Record<string, unknown>,
  method: 'dev_card' | 'bank_transfer' = 'dev_card',
) {
  const draft = await client.post('/api/v1/jobs', { ...input, publish: false });
  if (draft.statusCode !== 201) throw new Error(`posting failed: ${draft.body}`);
  const funded = await client.post(`/api/v1/jobs/${draft.json().id}/fund`, { method });
  if (funded.statusCode !== 200) throw new Error(`funding failed: ${funded.body}`);
  return funded.json();
}

/** A complete service (出品) form: two packages and an option, ready to publish. */
export function serviceInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'シンプルで伝わるロゴを作成します',
    category: 'design-logo',
    tags: ['ロゴ', '名刺'],
    description:
      'お店や会社の雰囲気に合わせて、シンプルで覚えやすいロゴをお作りします。ヒアリングシートをもとに、ご希望を丁寧に形にします。',
    imageIds: [],
    packages: [
      { name: 'ベーシック', price: 5_000, deliveryDays: 5, revisions: 1, includes: 'ロゴ案2点、PNGデータ' },
      { name: 'スタンダード', price: 12_000, deliveryDays: 7, revisions: 3, includes: 'ロゴ案4点、PNG・AIデータ' },
    ],
    options: [{ title: '特急納品(3日短縮)', price: 3_000, extraDays: 0 }],
    faq: [{ question: '修正は何回までできますか?', answer: 'パッケージごとの回数まで無料で承ります。' }],
    buyerRequest: '業種とお店の名前、好きな色をお知らせください。',
    capacity: 3,
    acceptanceDays: 3,
    ...overrides,
  };
}
