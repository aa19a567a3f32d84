// The operator's identity, public: the legal pages (特定商取引法に基づく表記, the privacy
// policy) and the terms are written from it.
import { OperatorInfo } from '../../../shared/api/operator';
import type { Config } from '../../config';
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
          methods: paymentMethods(c),
          payoutFee: c.payoutFee,
          payoutMinimum: c.payoutMinimum,
        },
      };
    },
  );
}

/** How escrow can be paid here: bank transfer always; a card (the development card or Stripe's); konbini when Stripe offers it. */
function paymentMethods(c: Config): ('bank_transfer' | 'card' | 'konbini')[] {
  const methods: ('bank_transfer' | 'card' | 'konbini')[] = ['bank_transfer'];
  if (c.devCardPayments || c.stripe) methods.push('card');
  if (c.stripe?.konbini) methods.push('konbini');
  return methods;
}
