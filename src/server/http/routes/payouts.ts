// Payout requests for members; payout batches, the Zengin file and transfer outcomes for
// staff (finance).
import { z } from 'zod';
import { PAYOUT_STATUSES } from '../../../domain/payouts/process';
import { FINANCE } from '../../../domain/policies/staff';
import {
  BuildBatchBody,
  FailPayoutBody,
  MyPayouts,
  Payout,
  PayoutBatch,
  PayoutBatchList,
  PayoutBody,
  StaffPayout,
  StaffPayoutList,
} from '../../../shared/api/bank';
import type { Deps } from '../../deps';
import { refuseOwnAffairs } from '../../staff/conflicts';
import { buildBatch } from '../../use-cases/payouts/build-batch';
import { createPayoutRequest } from '../../use-cases/payouts/create-payout-request';
import { getBatch } from '../../use-cases/payouts/get-batch';
import { getPayoutBatchFile } from '../../use-cases/payouts/get-payout-file';
import { getStaffPayout } from '../../use-cases/payouts/get-staff-payout';
import { listBatches } from '../../use-cases/payouts/list-batches';
import { listMyPayouts } from '../../use-cases/payouts/list-my-payouts';
import { listStaffPayouts } from '../../use-cases/payouts/list-staff-payouts';
import { settlePayout } from '../../use-cases/payouts/settle-payout';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth, requireStaff } from '../plugins/auth';
import type { App } from './types';

const tags = ['payouts'];

export function payoutRoutes(app: App, deps: Deps) {
  memberPayoutRoutes(app, deps);
  staffPayoutRoutes(app, deps);
  payoutBatchRoutes(app, deps);
  payoutOutcomeRoutes(app, deps);
}

/** A member's balance and payout requests. */
function memberPayoutRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/payouts',
    { schema: { tags, summary: 'My balance, the payout rules and my payout requests', response: { 200: MyPayouts } } },
    async (request) => {
      const { user } = requireAuth(request);
      return listMyPayouts(deps, user.id);
    },
  );

  app.post(
    '/api/v1/me/payouts',
    {
      config: { idempotent: true },
      schema: { tags, summary: 'Request a payout (振込申請); Idempotency-Key', body: PayoutBody, response: { 201: Payout } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      return idempotent(deps, request, reply, user.id, async (d) => ({
        status: 201,
        body: await createPayoutRequest(d, { userId: user.id, amount: request.body.amount, final: request.body.final }),
      }));
    },
  );
}

function staffPayoutRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/staff/payouts',
    {
      config: { auth: { staff: FINANCE } },
      schema: {
        tags,
        summary: 'Payout requests (finance)',
        querystring: z.object({ status: z.enum([...PAYOUT_STATUSES, 'all']).default('requested') }),
        response: { 200: StaffPayoutList },
      },
    },
    async (request) => {
      requireStaff(request, FINANCE);
      return { items: await listStaffPayouts(deps, request.query.status) };
    },
  );
}

/** Batching the payouts due, the batches, and a batch's Zengin file (finance). */
function payoutBatchRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/staff/payout-batches',
    {
      config: { idempotent: true, auth: { staff: FINANCE } },
      schema: {
        tags,
        summary: 'Batch every payout due by a date (finance); Idempotency-Key',
        body: BuildBatchBody,
        response: { 201: PayoutBatch },
      },
    },
    async (request, reply) => {
      const { user } = requireStaff(request, FINANCE);
      const { paymentDate } = request.body;
      await refuseOwnAffairs(deps, {
        staffId: user.id,
        action: 'payout.batch',
        subject: { type: 'payout_batch_due', paymentDate },
      });
      return idempotent(deps, request, reply, user.id, async (d) => {
        const id = await buildBatch(d, { staffId: user.id, paymentDate: request.body.paymentDate });
        return { status: 201, body: await getBatch(d, id) };
      });
    },
  );

  app.get(
    '/api/v1/staff/payout-batches',
    {
      config: { auth: { staff: FINANCE } },
      schema: { tags, summary: 'Payout batches (finance)', response: { 200: PayoutBatchList } },
    },
    async (request) => {
      requireStaff(request, FINANCE);
      return { items: await listBatches(deps) };
    },
  );

  app.get(
    '/api/v1/staff/payout-batches/:id',
    {
      config: { auth: { staff: FINANCE } },
      schema: {
        tags,
        summary: 'One payout batch with its transfers (finance)',
        params: IdParams,
        response: { 200: PayoutBatch },
      },
    },
    async (request) => {
      requireStaff(request, FINANCE);
      return getBatch(deps, uuidOr404(request.params.id));
    },
  );

  app.get(
    '/api/v1/staff/payout-batches/:id/zengin',
    {
      config: { auth: { staff: FINANCE }, produces: 'application/octet-stream' },
      schema: { tags, summary: 'The batch as a Zengin 総合振込 file (Shift_JIS, 120-byte records)', params: IdParams },
    },
    async (request, reply) => {
      const { user } = requireStaff(request, FINANCE);
      const batchId = uuidOr404(request.params.id);
      await refuseOwnAffairs(deps, {
        staffId: user.id,
        action: 'payout.download',
        subject: { type: 'payout_batch', id: batchId },
      });
      const file = await getPayoutBatchFile(deps, batchId);
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(Buffer.from(file.bytes));
    },
  );
}

/** The outcome of a transfer as the bank reported it (finance). */
function payoutOutcomeRoutes(app: App, deps: Deps) {
  for (const outcome of ['done', 'fail'] as const) {
    app.post(
      `/api/v1/staff/payouts/:id/${outcome}`,
      {
        config: { idempotent: true, auth: { staff: FINANCE } },
        schema: {
          tags,
          summary:
            outcome === 'done'
              ? 'Mark a transfer done (finance); Idempotency-Key'
              : 'Mark a transfer failed: the money returns to the balance (finance); Idempotency-Key',
          params: IdParams,
          ...(outcome === 'fail' ? { body: FailPayoutBody } : {}),
          response: { 200: StaffPayout },
        },
      },
      async (request, reply) => {
        const { user } = requireStaff(request, FINANCE);
        const payoutId = uuidOr404(request.params.id);
        const reason = outcome === 'fail' ? (request.body as { reason: string }).reason : undefined;
        await refuseOwnAffairs(deps, {
          staffId: user.id,
          action: outcome === 'done' ? 'payout.paid' : 'payout.failed',
          subject: { type: 'payout_request', id: payoutId },
        });
        return idempotent(deps, request, reply, user.id, async (d) => {
          await settlePayout(d, {
            staffId: user.id,
            payoutId,
            outcome: outcome === 'done' ? 'paid' : 'failed',
            ...(reason ? { reason } : {}),
          });
          return { status: 200, body: await getStaffPayout(d, payoutId) };
        });
      },
    );
  }
}
