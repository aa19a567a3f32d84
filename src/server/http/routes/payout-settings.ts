// A member's automatic payouts (自動出金) and payment dates, the legal name and address for
// the 支払調書, and the yearly payment records (支払調書) as payee and as payer.
import { z } from 'zod';
import {
  PayeeIdentity,
  PayeeIdentityBody,
  PaymentRecords,
  PayoutSettings,
  PayoutSettingsBody,
} from '../../../shared/api/payout-settings';
import type { Deps } from '../../deps';
import { currentJapanMonth } from '../../statements/months';
import { getPayeeIdentity } from '../../use-cases/payouts/get-payee-identity';
import { getPaymentRecords } from '../../use-cases/payouts/get-payment-records';
import { getPayoutSettings } from '../../use-cases/payouts/get-payout-settings';
import { setPayeeIdentity } from '../../use-cases/payouts/set-payee-identity';
import { setPayoutSettings } from '../../use-cases/payouts/set-payout-settings';
import { requireAuth } from '../plugins/auth';
import type { App } from './types';

const tags = ['payouts'];

export function payoutSettingsRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/payout-settings',
    {
      schema: { tags, summary: 'Automatic payouts (自動出金) and when my earnings are paid', response: { 200: PayoutSettings } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return getPayoutSettings(deps, user.id);
    },
  );

  app.put(
    '/api/v1/me/payout-settings',
    {
      schema: {
        tags,
        summary: 'Turn automatic payouts (自動出金) on or off',
        body: PayoutSettingsBody,
        response: { 200: PayoutSettings },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return setPayoutSettings(deps, { userId: user.id, automatic: request.body.automatic });
    },
  );

  app.get(
    '/api/v1/me/payee-identity',
    { schema: { tags, summary: 'My legal name and address for the 支払調書', response: { 200: PayeeIdentity } } },
    async (request) => {
      const { user } = requireAuth(request);
      return getPayeeIdentity(deps, user.id);
    },
  );

  app.put(
    '/api/v1/me/payee-identity',
    {
      schema: {
        tags,
        summary: 'Register my legal name (氏名) and address (住所) for the 支払調書',
        body: PayeeIdentityBody,
        response: { 200: PayeeIdentity },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return setPayeeIdentity(deps, { userId: user.id, ...request.body });
    },
  );

  app.get(
    '/api/v1/me/payment-records',
    {
      schema: {
        tags,
        summary: 'Yearly payment records (支払調書) of fees paid with withholding tax, as payee and as payer',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: PaymentRecords },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const year = request.query.year ?? Number(currentJapanMonth(deps.clock()).slice(0, 4));
      return getPaymentRecords(deps, { userId: user.id, year });
    },
  );
}
