// Cross-cutting HTTP behaviour: problem documents for every kind of bad request, security
// headers, CSRF, OpenAPI and health.
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({ status, code, type: `/api/problems/${code}` });
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.requestId).toBe('string');
  return body;
}

describe('problem documents', () => {
  it('404 for an unknown API path, in Japanese by default and English on request', async () => {
    const c = await t.client();
    const ja = expectProblem(await c.get('/api/v1/nothing-here'), 404, 'not-found');
    expect(ja.title).toMatch(/見つかりません/);
    const en = expectProblem(
      await c.get('/api/v1/nothing-here', { 'accept-language': 'en-US,en;q=0.9,ja;q=0.5' }),
      404,
      'not-found',
    );
    expect(en.title).toBe('Not found');
  });

  it('405 with Allow for a known path and the wrong method', async () => {
    const c = await t.client();
    const res = await c.request({ method: 'PUT', url: '/api/v1/auth/login', body: {} });
    expectProblem(res, 405, 'method-not-allowed');
    expect(res.headers.allow).toContain('POST');
  });

  it('400 malformed-json for a broken body', async () => {
    const c = await t.client();
    const res = await c.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'malformed-json');
  });

  it('415 for a body that is not JSON', async () => {
    const c = await t.client();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await c.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: 'email=a',
        headers: { 'content-type': type },
      });
      expectProblem(res, 415, 'unsupported-media-type');
    }
  });

  it('413 for an oversized body', async () => {
    const c = await t.client();
    const res = await c.post('/api/v1/auth/login', { email: 'a@example.jp', password: 'x'.repeat(300 * 1024) });
    expectProblem(res, 413, 'payload-too-large');
  });

  it('400 validation-failed with pointers for missing fields, wrong types and unknown fields', async () => {
    const c = await t.client();
    const missing = expectProblem(await c.post('/api/v1/auth/login', {}), 400, 'validation-failed');
    expect(missing.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/email', code: 'required' }),
        expect.objectContaining({ pointer: '/password', code: 'required' }),
      ]),
    );
    const types = expectProblem(await c.post('/api/v1/auth/login', { email: 42, password: ['x'] }), 400, 'validation-failed');
    expect(types.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/email', code: 'invalid-type' }),
        expect.objectContaining({ pointer: '/password', code: 'invalid-type' }),
      ]),
    );
    const unknown = expectProblem(
      await c.post('/api/v1/auth/login', { email: 'a@example.jp', password: 'x', admin: true }),
      400,
      'validation-failed',
    );
    expect(unknown.errors).toContainEqual(expect.objectContaining({ pointer: '/admin', code: 'unknown-field' }));
    const arrayBody = expectProblem(await c.post('/api/v1/auth/login', [1, 2]), 400, 'validation-failed');
    expect(arrayBody.errors).toBeDefined();
    const nullBody = await c.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: 'null',
      headers: { 'content-type': 'application/json' },
    });
    expect(nullBody.statusCode).toBe(400);
  });

  it('never answers 500 for hostile strings', async () => {
    const c = await t.client();
    const hostile = ['\u0000', "'; drop table users; --", '𠮷野家', '\u202e', 'a'.repeat(5000), '１２３４５６７８'];
    for (const value of hostile) {
      for (const url of [
        '/api/v1/auth/login',
        '/api/v1/auth/register',
        '/api/v1/auth/password-reset',
        '/api/v1/auth/verify-email',
      ]) {
        const res = await c.post(url, {
          email: value,
          password: value,
          username: value,
          displayName: value,
          token: value,
          intent: value,
          acceptTerms: true,
        });
        expect(res.statusCode, `${url} ${JSON.stringify(value)}`).toBeLessThan(500);
      }
      const res = await c.get(`/api/v1/users/${encodeURIComponent(value)}`);
      expect([400, 404, 414]).toContain(res.statusCode);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});

describe('security', () => {
  it('answers with a problem what the HTTP parser refuses before any route sees it', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(request));
        const chunks: Buffer[] = [];
        socket.on('data', (c) => chunks.push(c));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('error', reject);
      });
    const read = (answer: string) => ({
      status: Number(answer.split(' ')[1]),
      type: /content-type: ([^\r]+)/i.exec(answer)?.[1],
      body: JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)),
    });
    // An address typed with raw (not percent-encoded) Japanese.
    const typed = read(await raw('GET /api/v1/jobs?q=ロゴ HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    expect(typed).toMatchObject({
      status: 400,
      type: 'application/problem+json; charset=utf-8',
      body: { code: 'bad-request', status: 400, title: 'リクエストが正しくありません' },
    });
    const huge = read(await raw(`GET /api/v1/jobs HTTP/1.1\r\nHost: localhost\r\nCookie: a=${'x'.repeat(20_000)}\r\n\r\n`));
    expect(huge).toMatchObject({ status: 431, body: { code: 'headers-too-large' } });
  });

  it('sends the security headers on every response', async () => {
    const c = await t.client();
    for (const url of ['/api/v1/health', '/api/v1/nothing-here']) {
      const res = await c.get(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      const hsts = /max-age=(\d+)/.exec(String(res.headers['strict-transport-security']));
      expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBeDefined();
      expect(res.headers['x-request-id']).toBeDefined();
    }
  });

  it('refuses unsafe requests without a matching CSRF token', async () => {
    const c = await t.client();
    const noHeader = await c.post('/api/v1/auth/login', { email: 'a@example.jp', password: 'x' }, { 'x-csrf-token': '' });
    expectProblem(noHeader, 403, 'csrf-failed');
    const wrong = await c.post(
      '/api/v1/auth/login',
      { email: 'a@example.jp', password: 'x' },
      { 'x-csrf-token': 'A'.repeat(43) },
    );
    expectProblem(wrong, 403, 'csrf-failed');
    const foreign = await c.post(
      '/api/v1/auth/login',
      { email: 'a@example.jp', password: 'x' },
      { origin: 'https://evil.example' },
    );
    expectProblem(foreign, 403, 'csrf-failed');
    const fresh = await t.client();
    fresh.cookies.clear();
    const noCookie = await fresh.post('/api/v1/auth/logout');
    expectProblem(noCookie, 403, 'csrf-failed');
  });

  it('the CSRF cookie is __Host-, HttpOnly, Secure and SameSite', async () => {
    const c = await t.client();
    c.cookies.clear();
    const res = await c.get('/api/v1/session');
    const cookie = res.cookies.find((x) => x.name === '__Host-yorozu_csrf');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(res.json().csrfToken).toBe(cookie?.value);
  });
});

describe('system endpoints', () => {
  it('health reports the database', async () => {
    const c = await t.client();
    const res = await c.get('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { reachable: true } });
  });

  it('publishes an OpenAPI 3.1 document and readable docs', async () => {
    const c = await t.client();
    const doc = (await c.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/register', '/api/v1/me/profile', '/api/v1/users/{username}']),
    );
    const docs = await c.get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('describes each problem code at its type URI', async () => {
    const c = await t.client();
    const res = await c.get('/api/problems/csrf-failed');
    expect(res.json()).toMatchObject({ code: 'csrf-failed', status: 403 });
    expectProblem(await c.get('/api/problems/nope'), 404, 'not-found');
  });
});

describe('production mode', () => {
  it('never serves the development mail viewer', async () => {
    const prod = await startTestApp({ mode: 'production' });
    try {
      const c = await prod.client();
      for (const url of ['/dev/mail', '/dev/mail/1', '/dev/mail.css']) {
        const res = await c.get(url);
        expect(res.statusCode).toBe(404);
      }
    } finally {
      await prod.close();
    }
  });
});

describe('write rate limit', () => {
  it('limits every writing API route per IP with a problem', async () => {
    const limited = await startTestApp({ writeRateLimitPerMinute: 2 });
    try {
      const c = await limited.client();
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await c.post('/api/v1/me/notifications/read', {})).statusCode);
      expect(codes).toEqual([401, 401, 429, 429]);
      // Reading is not limited.
      for (let i = 0; i < 4; i++) expect((await c.get('/api/v1/health')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
