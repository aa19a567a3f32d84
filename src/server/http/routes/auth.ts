// Registration, verification, login, logout, password reset. Thin: schema, one use case.

import { z } from 'zod';
import {
  Accepted,
  EmailBody,
  LoginBody,
  Ok,
  PasswordResetConfirmBody,
  RegisterBody,
  SessionInfo,
  TokenBody,
} from '../../../shared/api/accounts';
import { SecondFactorLoginBody, SecondFactorRequired } from '../../../shared/api/security';
import type { Deps } from '../../deps';
import { PENDING_LOGIN_COOKIE } from '../../security/pending-login';
import { completeSecondFactorLogin } from '../../use-cases/accounts/complete-second-factor-login';
import { confirmEmailChange } from '../../use-cases/accounts/confirm-email-change';
import { logIn } from '../../use-cases/accounts/log-in';
import { logOut } from '../../use-cases/accounts/log-out';
import { registerAccount } from '../../use-cases/accounts/register-account';
import { requestPasswordReset } from '../../use-cases/accounts/request-password-reset';
import { resendVerification } from '../../use-cases/accounts/resend-verification';
import { resetPassword } from '../../use-cases/accounts/reset-password';
import { verifyEmail } from '../../use-cases/accounts/verify-email';
import {
  clearPendingLoginCookie,
  clearSessionCookie,
  passwordAttempt,
  setDeviceCookie,
  setPendingLoginCookie,
  setSessionCookie,
} from '../plugins/auth';
import { ensureCsrfToken } from '../plugins/security';
import { presentMe } from '../presenters/accounts';
import { negotiateLang } from '../problem';
import type { App } from './types';

const MAIL_SENT = {
  ja: 'ご入力のメールアドレスにメールを送信しました。メールに記載のリンクを開いて手続きを続けてください。',
  en: 'We sent a mail to the address you entered. Open the link in it to continue.',
};

const tags = ['auth'];

/** Who may call the auth routes and how often. */
function authLimits(deps: Deps) {
  const authLimit = { auth: 'public', rateLimit: { max: deps.config.authRateLimitPerMinute, timeWindow: '1 minute' } } as const;
  return { authLimit, tokenLimit: authLimit } as const;
}

export function authRoutes(app: App, deps: Deps) {
  sessionRoute(app);
  registrationRoutes(app, deps);
  loginRoutes(app, deps);
  passwordResetRoutes(app, deps);
}

/** The current user and the CSRF token. */
function sessionRoute(app: App) {
  app.get(
    '/api/v1/session',
    { config: { auth: 'optional' }, schema: { tags, summary: 'Current user and CSRF token', response: { 200: SessionInfo } } },
    async (request, reply) => ({
      user: request.auth ? presentMe(request.auth.user) : null,
      csrfToken: ensureCsrfToken(request, reply),
    }),
  );
}

/** Registering, verifying the address, sending the verification mail again. */
function registrationRoutes(app: App, deps: Deps) {
  const { authLimit, tokenLimit } = authLimits(deps);
  app.post(
    '/api/v1/auth/register',
    { config: authLimit, schema: { tags, summary: 'Register an account', body: RegisterBody, response: { 202: Accepted } } },
    async (request, reply) => {
      const lang = negotiateLang(request.headers['accept-language']);
      await registerAccount(deps, { ...request.body, locale: lang });
      return reply.code(202).send({ message: MAIL_SENT[lang] });
    },
  );

  app.post(
    '/api/v1/auth/verify-email',
    {
      config: tokenLimit,
      schema: { tags, summary: 'Verify the email address from the mailed link', body: TokenBody, response: { 200: Ok } },
    },
    async (request) => {
      await verifyEmail(deps, request.body.token);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/resend-verification',
    {
      config: authLimit,
      schema: { tags, summary: 'Send the verification mail again', body: EmailBody, response: { 202: Accepted } },
    },
    async (request, reply) => {
      await resendVerification(deps, request.body.email);
      return reply.code(202).send({ message: MAIL_SENT[negotiateLang(request.headers['accept-language'])] });
    },
  );
}

function loginRoutes(app: App, deps: Deps) {
  const { authLimit } = authLimits(deps);
  app.post(
    '/api/v1/auth/login',
    {
      config: authLimit,
      schema: {
        tags,
        summary: 'Log in (with a second factor: a pending login that /auth/login/second-factor completes)',
        body: LoginBody,
        response: { 200: z.union([SessionInfo, SecondFactorRequired]) },
      },
    },
    async (request, reply) => {
      const result = await logIn(deps, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
        ...passwordAttempt(request),
      });
      if (result.deviceCookie) setDeviceCookie(reply, result.deviceCookie);
      if (result.kind === 'second-factor') {
        setPendingLoginCookie(reply, result.pending.value, result.pending.expiresAt);
        return { secondFactor: 'required' as const, csrfToken: ensureCsrfToken(request, reply) };
      }
      setSessionCookie(reply, result.token, result.expiresAt);
      return { user: presentMe(result.user), csrfToken: ensureCsrfToken(request, reply) };
    },
  );

  app.post(
    '/api/v1/auth/login/second-factor',
    {
      config: authLimit,
      schema: {
        tags,
        summary: 'Complete a login with a code from the authenticator app or a recovery code',
        body: SecondFactorLoginBody,
        response: { 200: SessionInfo },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, user } = await completeSecondFactorLogin(deps, {
        ...request.body,
        pending: request.cookies[PENDING_LOGIN_COOKIE],
        userAgent: request.headers['user-agent'] ?? null,
        ip: request.ip,
      });
      clearPendingLoginCookie(reply);
      setSessionCookie(reply, token, expiresAt);
      return { user: presentMe(user), csrfToken: ensureCsrfToken(request, reply) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { auth: 'optional' },
      schema: { tags, summary: 'Log out this device (not withdrawal)', response: { 200: SessionInfo } },
    },
    async (request, reply) => {
      if (request.auth) await logOut(deps, { userId: request.auth.user.id, sessionId: request.auth.sessionId });
      clearSessionCookie(reply);
      return { user: null, csrfToken: ensureCsrfToken(request, reply) };
    },
  );
}

/** The mailed links of a forgotten password and of a changed email address. */
function passwordResetRoutes(app: App, deps: Deps) {
  const { authLimit, tokenLimit } = authLimits(deps);
  app.post(
    '/api/v1/auth/password-reset',
    { config: authLimit, schema: { tags, summary: 'Mail a password reset link', body: EmailBody, response: { 202: Accepted } } },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email);
      return reply.code(202).send({ message: MAIL_SENT[negotiateLang(request.headers['accept-language'])] });
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: tokenLimit,
      schema: { tags, summary: 'Set a new password from a reset link', body: PasswordResetConfirmBody, response: { 200: Ok } },
    },
    async (request) => {
      await resetPassword(deps, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/confirm-email-change',
    { config: tokenLimit, schema: { tags, summary: 'Confirm a new email address', body: TokenBody, response: { 200: Ok } } },
    async (request) => {
      await confirmEmailChange(deps, request.body.token);
      return { ok: true as const };
    },
  );
}
