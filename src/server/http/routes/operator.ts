// The operator's identity, public: the legal pages (特定商取引法に基づく表記, the privacy
// policy) and the terms are written from it.
import { OperatorInfo } from '../../../shared/api/operator';
import type { Deps } from '../../deps';
import type { App } from './types';

export function operatorRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/operator',
    {
      config: { auth: 'public' },
      schema: { tags: ['system'], summary: 'Who runs this marketplace (運営者情報)', response: { 200: OperatorInfo } },
    },
    async () => {
      const c = deps.config;
      return {
        ...c.operator,
        payments: {
          methods: c.devCardPayments ? ['bank_transfer' as const, 'card' as const] : ['bank_transfer' as const],
          payoutFee: c.payoutFee,
          payoutMinimum: c.payoutMinimum,
        },
      };
    },
  );
}
