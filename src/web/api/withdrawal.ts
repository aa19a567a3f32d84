// The withdrawal (退会) endpoints, typed with the shared request and response schemas.

import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import {
  Blocker,
  type ScheduledWithdrawResult as ScheduledWithdrawResultSchema,
  type WithdrawalPrecheck,
  type WithdrawBody as WithdrawBodySchema,
  type WithdrawResult,
} from '../../shared/api/withdrawal';
import { PROBLEMS, type Problem } from '../../shared/errors';
import { currentLang } from '../i18n';
import { ApiError, api, apiPath } from './client';

interface Ok {
  ok: true;
}

/** 202 to a withdrawal with `schedule: true`: it waits for the payouts (予約退会). */
export type ScheduledWithdrawResult = z.infer<typeof ScheduledWithdrawResultSchema>;

/** Whether the withdrawal was scheduled (202) rather than done at once (200). */
export function isScheduled(result: WithdrawResult | ScheduledWithdrawResult): result is ScheduledWithdrawResult {
  return 'scheduled' in result && result.scheduled === true;
}

/** The registered data as one JSON file; a plain link downloads it with the session cookie. */
export const EXPORT_URL = '/api/v1/me/export';

const Blockers = z.array(Blocker);

/** The blockers a `withdrawal-blocked` problem carries, or null when it has none readable. */
export function blockersOf(problem: Problem): Blocker[] | null {
  if (problem.code !== 'withdrawal-blocked') return null;
  const parsed = Blockers.safeParse(problem.blockers);
  return parsed.success ? parsed.data : null;
}

/** Whether a `withdrawal-blocked` problem says the withdrawal could be scheduled instead. */
export function schedulableOf(problem: Problem): boolean {
  return problem.code === 'withdrawal-blocked' && problem.schedulable === true;
}

export const withdrawalApi = {
  precheck: () => api.get<WithdrawalPrecheck>('/me/withdrawal'),
  /** 200 WithdrawResult when withdrawn now; 202 ScheduledWithdrawResult when scheduled. */
  withdraw: (body: z.input<typeof WithdrawBodySchema>) =>
    api.post<WithdrawResult | ScheduledWithdrawResult>('/me/withdrawal', body),
  /** Cancels a scheduled withdrawal (409 no-scheduled-withdrawal when there is none). */
  cancelSchedule: () => api.post<Ok>('/me/withdrawal/cancel', {}),
  /** Resolves one blocking item in place with the POST its `resolve.href` names. */
  resolveItem(href: string): Promise<unknown> {
    const path = apiPath(href);
    if (path === null) {
      const text = PROBLEMS['bad-request'][currentLang()];
      return Promise.reject(new ApiError({ type: 'about:blank', status: 400, code: 'bad-request', ...text }));
    }
    return api.post<unknown>(path, {});
  },
  restore: (token: string) => api.post<Ok>('/account/restore', { token }),
};

export const withdrawalQueries = {
  /** Whether the member can withdraw now, what blocks it, and a scheduled withdrawal. */
  precheck: () => queryOptions({ queryKey: ['withdrawal'], queryFn: withdrawalApi.precheck }),
};
