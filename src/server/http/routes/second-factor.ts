// The member's second factor (2段階認証): its state, enrolling an authenticator app,
// new recovery codes, turning it off. The state and enrolment are open to a staff
// session that has not enrolled yet (config.enrolment); the rest is not.
import { Ok } from '../../../shared/api/accounts';
import {
  CodeBody,
  DisableSecondFactorBody,
  Enrolment,
  RecoveryCodes,
  SecondFactorStatus,
  StartEnrolmentBody,
} from '../../../shared/api/security';
import type { Deps } from '../../deps';
import { confirmSecondFactorEnrolment } from '../../use-cases/accounts/confirm-second-factor-enrolment';
import { disableSecondFactor } from '../../use-cases/accounts/disable-second-factor';
import { getSecondFactor } from '../../use-cases/accounts/get-second-factor';
import { regenerateRecoveryCodes } from '../../use-cases/accounts/regenerate-recovery-codes';
import { startSecondFactorEnrolment } from '../../use-cases/accounts/start-second-factor-enrolment';
import { passwordAttempt, requireAuth } from '../plugins/auth';
import type { App } from './types';

const tags = ['me'];

export function secondFactorRoutes(app: App, deps: Deps) {
  enrolmentRoutes(app, deps);
  managementRoutes(app, deps);
}

function enrolmentRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/second-factor',
    { config: { enrolment: true }, schema: { tags, summary: 'My second factor', response: { 200: SecondFactorStatus } } },
    async (request) => {
      const state = await getSecondFactor(deps, requireAuth(request).user);
      return { ...state, enabledAt: state.enabledAt?.toISOString() ?? null };
    },
  );

  app.post(
    '/api/v1/me/second-factor/enrolment',
    {
      config: { enrolment: true },
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app (again: with the password)',
        body: StartEnrolmentBody,
        response: { 200: Enrolment },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return startSecondFactorEnrolment(deps, { user, password: request.body.password, attempt: passwordAttempt(request) });
    },
  );

  app.post(
    '/api/v1/me/second-factor/enrolment/confirm',
    {
      config: { enrolment: true },
      schema: {
        tags,
        summary: 'Confirm the enrolment with a code; answers the recovery codes, shown once',
        body: CodeBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) => {
      const { user, sessionId } = requireAuth(request);
      return confirmSecondFactorEnrolment(deps, { userId: user.id, sessionId, code: request.body.code });
    },
  );
}

function managementRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/me/second-factor/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace the recovery codes (after a code from the app)',
        body: CodeBody,
        response: { 200: RecoveryCodes },
      },
    },
    async (request) => regenerateRecoveryCodes(deps, { userId: requireAuth(request).user.id, code: request.body.code }),
  );

  app.post(
    '/api/v1/me/second-factor/disable',
    {
      schema: {
        tags,
        summary: 'Turn the second factor off (members only; password and a code)',
        body: DisableSecondFactorBody,
        response: { 200: Ok },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      await disableSecondFactor(deps, { user, ...request.body, attempt: passwordAttempt(request) });
      return { ok: true as const };
    },
  );
}
