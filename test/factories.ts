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
export async function registerVerified(t: TestApp, overrides: Partial<RegisteredUser> = {}): Promise<RegisteredUser> {
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
  overrides: Partial<RegisteredUser> = {},
): Promise<{ user: RegisteredUser; client: TestClient }> {
  const user = await registerVerified(t, overrides);
  const client = await t.client();
  const res = await client.post('/api/v1/auth/login', { email: user.email, password: user.password });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return { user, client };
}
