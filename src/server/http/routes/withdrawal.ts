// Withdrawal (退会): pre-check, withdraw, export my data, restore from the mailed link.
import { AppError } from '../../../domain/errors';
import { Ok, TokenBody } from '../../../shared/api/accounts';
import { PersonalDataExport } from '../../../shared/api/export';
import { ScheduledWithdrawResult, WithdrawalPrecheck, WithdrawBody, WithdrawResult } from '../../../shared/api/withdrawal';
import type { Deps } from '../../deps';
import { exportPersonalData } from '../../use-cases/accounts/export-personal-data';
import { cancelScheduledWithdrawal } from '../../use-cases/withdrawal/cancel-scheduled-withdrawal';
import { getWithdrawalPrecheck } from '../../use-cases/withdrawal/get-withdrawal-precheck';
import { restoreAccount } from '../../use-cases/withdrawal/restore-account';
import { withdrawAccount } from '../../use-cases/withdrawal/withdraw-account';
import { clearSessionCookie, passwordAttempt, requireAuth } from '../plugins/auth';
import { presentBlocker } from '../presenters/withdrawal';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['withdrawal'];

export function withdrawalRoutes(app: App, deps: Deps) {
  withdrawRoutes(app, deps);
  exportRoutes(app, deps);
}

/** The pre-check, withdrawing, and cancelling a scheduled withdrawal. */
function withdrawRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/withdrawal',
    {
      schema: {
        tags,
        summary: 'Withdrawal pre-check: every blocker and what withdrawal means',
        response: { 200: WithdrawalPrecheck },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const lang = negotiateLang(request.headers['accept-language']);
      const result = await getWithdrawalPrecheck(deps, user.id);
      return {
        eligible: result.eligible,
        blockers: result.blockers.map((b) => presentBlocker(b, lang)),
        warnings: result.warnings,
        balanceYen: result.balanceYen,
        heldItemsPending: result.heldItemsPending,
        undoDays: deps.config.withdrawalUndoDays,
        username: user.username,
        schedulable: result.schedulable,
        scheduled: result.scheduled
          ? {
              requestedAt: result.scheduled.requestedAt.toISOString(),
              completesAfter: result.scheduled.completesAfter?.toISOString() ?? null,
            }
          : null,
      };
    },
  );

  app.post(
    '/api/v1/me/withdrawal',
    {
      schema: {
        tags,
        summary: 'Withdraw (退会). A refusal is a 409 withdrawal-blocked problem listing the blockers.',
        body: WithdrawBody,
        response: { 200: WithdrawResult, 202: ScheduledWithdrawResult },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      try {
        const result = await withdrawAccount(deps, { ...request.body, userId: user.id, attempt: passwordAttempt(request) });
        if (result.kind === 'scheduled') {
          return reply.code(202).send({ scheduled: true as const, completesAfter: result.completesAfter?.toISOString() ?? null });
        }
        clearSessionCookie(reply);
        return { withdrawnAt: result.withdrawnAt.toISOString(), undoUntil: result.undoUntil?.toISOString() ?? null };
      } catch (error) {
        if (error instanceof AppError && error.code === 'withdrawal-blocked' && typeof error.extensions === 'object') {
          const blockers = error.extensions.blockers as Parameters<typeof presentBlocker>[0][];
          const schedulable = Boolean(error.extensions.schedulable);
          throw new AppError('withdrawal-blocked', (lang) => ({
            blockers: blockers.map((b) => presentBlocker(b, lang)),
            schedulable,
          }));
        }
        throw error;
      }
    },
  );

  app.post(
    '/api/v1/me/withdrawal/cancel',
    { schema: { tags, summary: 'Cancel my scheduled withdrawal (予約退会の取り消し)', response: { 200: Ok } } },
    async (request) => {
      const { user } = requireAuth(request);
      await cancelScheduledWithdrawal(deps, user.id);
      return { ok: true as const };
    },
  );
}

/** The personal data export, and restoring a withdrawn account from the mailed link. */
function exportRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/export',
    {
      schema: {
        tags,
        summary: 'Download everything personal we hold about me (JSON)',
        response: { 200: PersonalDataExport },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const now = deps.clock();
      const data = await exportPersonalData(deps.db, user.id, now);
      const filename = `yorozu-${user.username}-${now.toISOString().slice(0, 10)}.json`;
      reply.header('content-disposition', `attachment; filename="${filename}"`);
      // The use case types its table rows as open records; the response schema checks
      // each section's columns when the answer is written.
      return data as unknown as PersonalDataExport;
    },
  );

  app.post(
    '/api/v1/account/restore',
    {
      config: { auth: 'public', rateLimit: { max: deps.config.authRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Undo a withdrawal from the mailed link', body: TokenBody, response: { 200: Ok } },
    },
    async (request) => {
      await restoreAccount(deps, request.body.token);
      return { ok: true as const };
    },
  );
}
