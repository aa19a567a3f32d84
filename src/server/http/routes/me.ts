// The logged-in user's own account: display name, email, password, profile, devices.
import { z } from 'zod';
import {
  Accepted,
  ChangeEmailBody,
  ChangePasswordBody,
  DeviceSessionList,
  InvoiceRegistration,
  InvoiceRegistrationBody,
  LocaleBody,
  Me,
  Ok,
  Profile,
  ProfileBody,
  UpdateMeBody,
} from '../../../shared/api/accounts';
import type { Deps } from '../../deps';
import { setNoticeLocale } from '../../notifications/locale';
import { changePassword } from '../../use-cases/accounts/change-password';
import { getProfile } from '../../use-cases/accounts/get-profile';
import { listSessions } from '../../use-cases/accounts/list-sessions';
import { requestEmailChange } from '../../use-cases/accounts/request-email-change';
import { revokeOtherSessions } from '../../use-cases/accounts/revoke-other-sessions';
import { revokeDeviceSession } from '../../use-cases/accounts/revoke-session';
import { setInvoiceNumber } from '../../use-cases/accounts/set-invoice-number';
import { updateDisplayName } from '../../use-cases/accounts/update-display-name';
import { updateProfile } from '../../use-cases/accounts/update-profile';
import { passwordAttempt, requireAuth } from '../plugins/auth';
import { presentMe } from '../presenters/accounts';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['me'];

export function meRoutes(app: App, deps: Deps) {
  accountRoutes(app, deps);
  profileRoutes(app, deps);
  sessionRoutes(app, deps);
}

/** My account: the display name, the password, the email address. */
function accountRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me',
    { config: { enrolment: true }, schema: { tags, summary: 'My account', response: { 200: Me } } },
    async (request) => presentMe(requireAuth(request).user),
  );

  app.patch(
    '/api/v1/me',
    { schema: { tags, summary: 'Change my display name', body: UpdateMeBody, response: { 200: Me } } },
    async (request) => {
      const { user } = requireAuth(request);
      const updated = await updateDisplayName(deps, { userId: user.id, displayName: request.body.displayName });
      return presentMe({ ...updated, second_factor_enabled: user.second_factor_enabled });
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      schema: {
        tags,
        summary: 'Change my password (logs out my other devices)',
        body: ChangePasswordBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await changePassword(deps, {
        userId: auth.user.id,
        sessionId: auth.sessionId,
        ...request.body,
        attempt: passwordAttempt(request),
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/me/email',
    {
      schema: {
        tags,
        summary: 'Change my email address (confirmed by a link)',
        body: ChangeEmailBody,
        response: { 202: Accepted },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      await requestEmailChange(deps, { userId: user.id, ...request.body, attempt: passwordAttempt(request) });
      const lang = negotiateLang(request.headers['accept-language']);
      return reply.code(202).send({
        message:
          lang === 'ja'
            ? '新しいメールアドレスに確認メールを送信しました(ほかのアカウントで使われているアドレスには送られません)。メールのリンクを開くと変更が完了します。'
            : 'We sent a confirmation link to the new address (unless another account uses it). The change completes when you open it.',
      });
    },
  );
}

/** My profile and the language of my notices. */
function profileRoutes(app: App, deps: Deps) {
  app.get('/api/v1/me/profile', { schema: { tags, summary: 'My profile', response: { 200: Profile } } }, async (request) =>
    getProfile(deps.db, requireAuth(request).user.id),
  );

  app.put(
    '/api/v1/me/profile',
    {
      config: { screening: 'profile' },
      schema: { tags, summary: 'Save my profile', body: ProfileBody, response: { 200: Profile } },
    },
    async (request) => updateProfile(deps, { userId: requireAuth(request).user.id, profile: request.body }),
  );

  app.put(
    '/api/v1/me/invoice-registration',
    {
      schema: {
        tags,
        summary: 'My qualified-invoice registration number (適格請求書発行事業者登録番号)',
        body: InvoiceRegistrationBody,
        response: { 200: InvoiceRegistration },
      },
    },
    async (request) => setInvoiceNumber(deps, { userId: requireAuth(request).user.id, number: request.body.number }),
  );

  app.put(
    '/api/v1/me/locale',
    {
      schema: {
        tags,
        summary: 'The language of my notifications and their mails',
        body: LocaleBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await setNoticeLocale(deps.db, requireAuth(request).user.id, request.body.locale);
      return { ok: true as const };
    },
  );
}

/** The devices logged in to my account. */
function sessionRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/sessions',
    { schema: { tags, summary: 'Devices logged in to my account', response: { 200: DeviceSessionList } } },
    async (request) => {
      const auth = requireAuth(request);
      return { sessions: await listSessions(deps, { userId: auth.user.id, currentSessionId: auth.sessionId }) };
    },
  );

  app.delete(
    '/api/v1/me/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Log out one device',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await revokeDeviceSession(deps, { userId: auth.user.id, sessionId: request.params.id });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/me/sessions/revoke-others',
    {
      schema: {
        tags,
        summary: 'Log out every other device',
        response: { 200: z.object({ ok: z.literal(true), revoked: z.number() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const revoked = await revokeOtherSessions(deps, { userId: auth.user.id, currentSessionId: auth.sessionId });
      return { ok: true as const, revoked };
    },
  );
}
