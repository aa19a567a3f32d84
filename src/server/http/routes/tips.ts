// Tips (おひねり) on an order: the preview of every yen, sending one (Idempotency-Key), and
// the order's tips for its buyer and seller.
import { SendTipBody, TipList, TipPreview, TipPreviewBody } from '../../../shared/api/tips';
import type { Deps } from '../../deps';
import { listTips } from '../../use-cases/orders/list-tips';
import { previewTip } from '../../use-cases/orders/preview-tip';
import { sendTip } from '../../use-cases/orders/send-tip';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import type { App } from './types';

const tags = ['orders'];

export function tipRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/orders/:id/tip-preview',
    {
      schema: {
        tags,
        summary: 'Every yen the buyer pays for a tip (the tip, the buyer fee and its tax), before paying',
        params: IdParams,
        body: TipPreviewBody,
        response: { 200: TipPreview },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return previewTip(deps, { buyerId: user.id, orderId: uuidOr404(request.params.id), amount: request.body.amount });
    },
  );

  app.post(
    '/api/v1/orders/:id/tips',
    {
      config: { idempotent: true },
      schema: {
        tags,
        summary: "Send the order's seller a tip (buyer): card pays at once, a bank transfer waits for staff; Idempotency-Key",
        params: IdParams,
        body: SendTipBody,
        response: { 201: TipList },
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const orderId = uuidOr404(request.params.id);
      return idempotent(deps, request, reply, user.id, async (d) => {
        const { tipId } = await sendTip(d, { buyerId: user.id, orderId, ...request.body });
        return { status: 201, body: await listTips(d, { viewerId: user.id, orderId, tipId }) };
      });
    },
  );

  app.get(
    '/api/v1/orders/:id/tips',
    {
      schema: {
        tags,
        summary: "An order's tips: what the buyer paid, or what reached the seller; whether the buyer may send one",
        params: IdParams,
        response: { 200: TipList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return listTips(deps, { viewerId: user.id, orderId: uuidOr404(request.params.id) });
    },
  );
}
