// The staff area for money: confirming bank-transfer deposits (finance) and settling
// disputes (support). Every change is audited by its use case.
import { z } from 'zod';
import { DISPUTE_STATUSES } from '../../../domain/contracts/dispute';
import { DEPOSIT_STATUSES } from '../../../domain/deposits/process';
import { FINANCE, SUPPORT } from '../../../domain/policies/staff';
import {
  ConfirmDepositBody,
  SettleDisputeBody,
  StaffDeposit,
  StaffDepositList,
  StaffDispute,
  StaffDisputeList,
} from '../../../shared/api/staff';
import type { Deps } from '../../deps';
import { refuseOwnAffairs } from '../../staff/conflicts';
import { getDispute } from '../../use-cases/contracts/get-dispute';
import { listDisputes } from '../../use-cases/contracts/list-disputes';
import { settleDispute } from '../../use-cases/contracts/settle-dispute';
import { confirmDeposit } from '../../use-cases/deposits/confirm-deposit';
import { getStaffDeposit } from '../../use-cases/deposits/get-staff-deposit';
import { listDeposits } from '../../use-cases/deposits/list-deposits';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireStaff } from '../plugins/auth';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['staff'];

export function staffRoutes(app: App, deps: Deps) {
  depositRoutes(app, deps);
  disputeRoutes(app, deps);
}

/** Bank-transfer deposits and confirming that one arrived (finance). */
function depositRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/deposits',
    {
      config: { auth: { staff: FINANCE } },
      schema: {
        tags,
        summary: 'Deposits (finance)',
        querystring: z.object({ status: z.enum([...DEPOSIT_STATUSES, 'all']).default('pending') }),
        response: { 200: StaffDepositList },
      },
    },
    async (request) => {
      requireStaff(request, FINANCE);
      return { items: await listDeposits(deps.db, { status: request.query.status }) };
    },
  );

  app.post(
    '/api/v1/staff/deposits/:id/confirm',
    {
      config: { idempotent: true, auth: { staff: FINANCE } },
      schema: {
        tags,
        summary: 'Confirm a bank transfer arrived: funds the escrow (finance); Idempotency-Key',
        params: IdParams,
        body: ConfirmDepositBody,
        response: { 200: StaffDeposit },
      },
    },
    async (request, reply) => {
      const { user } = requireStaff(request, FINANCE);
      const depositId = uuidOr404(request.params.id);
      await refuseOwnAffairs(deps, { staffId: user.id, action: 'deposit.confirm', subject: { type: 'deposit', id: depositId } });
      return idempotent(deps, request, reply, user.id, async (d) => {
        await confirmDeposit(d, { staffId: user.id, depositId, receivedAmount: request.body.receivedAmount });
        return { status: 200, body: await getStaffDeposit(d.db, depositId) };
      });
    },
  );
}

/** Disputes: the list, one with its thread and timeline, settling it (support). */
function disputeRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/disputes',
    {
      config: { auth: { staff: SUPPORT } },
      schema: {
        tags,
        summary: 'Disputes (support)',
        querystring: z.object({ status: z.enum([...DISPUTE_STATUSES, 'all']).default('open') }),
        response: { 200: StaffDisputeList },
      },
    },
    async (request) => {
      requireStaff(request, SUPPORT);
      return { items: await listDisputes(deps.db, { status: request.query.status }) };
    },
  );

  app.get(
    '/api/v1/staff/disputes/:id',
    {
      config: { auth: { staff: SUPPORT } },
      schema: {
        tags,
        summary: 'One dispute with the thread and timeline (support)',
        params: IdParams,
        response: { 200: StaffDispute },
      },
    },
    async (request) => {
      requireStaff(request, SUPPORT);
      return getDispute(deps, {
        disputeId: uuidOr404(request.params.id),
        lang: negotiateLang(request.headers['accept-language']),
      });
    },
  );

  app.post(
    '/api/v1/staff/disputes/:id/settle',
    {
      config: { idempotent: true, auth: { staff: SUPPORT } },
      schema: {
        tags,
        summary: 'Settle a dispute with a split of the escrow (support); Idempotency-Key',
        params: IdParams,
        body: SettleDisputeBody,
        response: { 200: StaffDispute },
      },
    },
    async (request, reply) => {
      const { user } = requireStaff(request, SUPPORT);
      const disputeId = uuidOr404(request.params.id);
      await refuseOwnAffairs(deps, { staffId: user.id, action: 'dispute.settle', subject: { type: 'dispute', id: disputeId } });
      return idempotent(deps, request, reply, user.id, async (d) => {
        await settleDispute(d, { staffId: user.id, disputeId, settlement: request.body.settlement, note: request.body.note });
        return { status: 200, body: await getDispute(d, { disputeId, lang: negotiateLang(request.headers['accept-language']) }) };
      });
    },
  );
}
