// Signing in with a second factor as a person would: the code is computed from the secret
// the enrolment showed, at the test clock's time, for a time step not used yet.
import { findSessionUser, staffSessionLimits } from '../src/server/db/repositories/sessions';
import { SESSION_COOKIE } from '../src/server/http/plugins/auth';
import { stepAt, totpCode } from '../src/server/security/totp';
import type { TestApp, TestClient } from './app';

export interface Authenticator {
  secret: string;
  recoveryCodes: string[];
  /** The newest step a code was sent for. */
  lastStep: number;
}

/** The code for the first step after `app.lastStep` within the accepted window, and marks it used. */
export function nextCode(t: TestApp, app: Authenticator): string {
  const now = t.clock();
  const step = Math.max(app.lastStep + 1, stepAt(now) - 1);
  if (step > stepAt(now) + 1) throw new Error('every code of this half-minute was used: move the test clock');
  app.lastStep = step;
  return totpCode(app.secret, new Date(step * 30_000));
}

/** Enrols an authenticator from a logged-in client; returns it with its recovery codes. */
export async function enrol(t: TestApp, client: TestClient): Promise<Authenticator> {
  const start = await client.post('/api/v1/me/second-factor/enrolment', {});
  if (start.statusCode !== 200) throw new Error(`enrolment failed: ${start.body}`);
  const secret = start.json().secret as string;
  const app: Authenticator = { secret, recoveryCodes: [], lastStep: stepAt(t.clock()) - 2 };
  const confirm = await client.post('/api/v1/me/second-factor/enrolment/confirm', { code: nextCode(t, app) });
  if (confirm.statusCode !== 200) throw new Error(`enrolment confirm failed: ${confirm.body}`);
  app.recoveryCodes = confirm.json().recoveryCodes;
  return app;
}

/** Logs in with the password, then the code from the authenticator. */
export async function logInWithCode(t: TestApp, client: TestClient, email: string, password: string, app: Authenticator) {
  const first = await client.post('/api/v1/auth/login', { email, password });
  if (first.statusCode !== 200 || first.json().secondFactor !== 'required') throw new Error(`login failed: ${first.body}`);
  const second = await client.post('/api/v1/auth/login/second-factor', { code: nextCode(t, app) });
  if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.body}`);
  await client.refreshCsrf();
}

/** Keeps a staff client signed in: once its short session has ended, it signs in again. */
export function staySignedIn(t: TestApp, client: TestClient, email: string, password: string, app: Authenticator): void {
  const limits = staffSessionLimits(t.config);
  client.beforeRequest = async () => {
    const token = client.cookies.get(SESSION_COOKIE);
    if (token && (await findSessionUser(t.app.deps.db, token, t.clock(), limits))) return;
    // Signed in from a fresh client (this one's requests wait for the hook), then carried over.
    const fresh = await t.client();
    await logInWithCode(t, fresh, email, password, app);
    for (const [name, value] of fresh.cookies) client.cookies.set(name, value);
    client.csrf = fresh.csrf;
  };
}
