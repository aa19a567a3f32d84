// The statements of a member's contracts: receipts and payment notices, the monthly
// statement, the yearly summary for a tax return, the earnings balance.
import {
  ContractStatement,
  Earnings,
  MonthlyStatement,
  MonthQuery,
  YearlySummary,
  YearQuery,
} from '../../../shared/api/statements';
import type { Deps } from '../../deps';
import { currentJapanMonth } from '../../statements/months';
import { getContractStatement } from '../../use-cases/statements/get-contract-statement';
import { getEarningsBalance } from '../../use-cases/statements/get-earnings-balance';
import { getJobStatement } from '../../use-cases/statements/get-job-statement';
import { getMonthlyStatement } from '../../use-cases/statements/get-monthly-statement';
import { getYearlySummary } from '../../use-cases/statements/get-yearly-summary';
import { listFees } from '../../use-cases/statements/list-fees';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentContractStatement } from '../presenters/contracts';
import { feesCsv, feesFilename } from '../presenters/fees-csv';
import { negotiateLang } from '../problem';
import type { App } from './types';

const tags = ['contracts'];

export function statementRoutes(app: App, deps: Deps) {
  documentRoutes(app, deps);
  feesRoute(app, deps);

  app.get(
    '/api/v1/me/statements',
    {
      schema: { tags, summary: 'My monthly statement (取引明細)', querystring: MonthQuery, response: { 200: MonthlyStatement } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      return getMonthlyStatement(deps.db, {
        userId: user.id,
        month: request.query.month ?? currentJapanMonth(deps.clock()),
        lang: negotiateLang(request.headers['accept-language']),
      });
    },
  );

  app.get(
    '/api/v1/me/statements/yearly',
    {
      schema: {
        tags,
        summary: "The year's payments for my tax return (年間の支払明細)",
        querystring: YearQuery,
        response: { 200: YearlySummary },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const year = request.query.year ?? Number(currentJapanMonth(deps.clock()).slice(0, 4));
      return getYearlySummary(deps, { userId: user.id, year });
    },
  );

  app.get(
    '/api/v1/me/earnings',
    { schema: { tags, summary: 'My earnings balance (報酬残高)', response: { 200: Earnings } } },
    async (request) => {
      const { user } = requireAuth(request);
      return { balance: await getEarningsBalance(deps.db, user.id) };
    },
  );
}

/** Receipts (領収書) and payment notices (支払通知書) of contracts, tasks and competitions. */
function documentRoutes(app: App, deps: Deps) {
  for (const kind of ['receipt', 'payment-notice'] as const) {
    app.get(
      `/api/v1/contracts/:id/${kind}`,
      {
        schema: {
          tags,
          summary: kind === 'receipt' ? 'Receipt (領収書) for the client' : 'Payment notice (支払通知書) for the worker',
          params: IdParams,
          response: { 200: ContractStatement },
        },
      },
      async (request) => {
        const { user } = requireAuth(request);
        const statement = await getContractStatement(deps, {
          viewerId: user.id,
          contractId: uuidOr404(request.params.id),
          kind: kind === 'receipt' ? 'receipt' : 'payment_notice',
        });
        return presentContractStatement(statement, negotiateLang(request.headers['accept-language']));
      },
    );
    app.get(
      `/api/v1/jobs/:id/${kind}`,
      {
        schema: {
          tags,
          summary:
            kind === 'receipt'
              ? 'Receipt (領収書) of a task or competition for its client'
              : 'Payment notice (支払通知書) of a task or competition for a worker paid from it',
          params: IdParams,
          response: { 200: ContractStatement },
        },
      },
      async (request) => {
        const { user } = requireAuth(request);
        const statement = await getJobStatement(deps, {
          viewerId: user.id,
          jobId: uuidOr404(request.params.id),
          kind: kind === 'receipt' ? 'receipt' : 'payment_notice',
        });
        return presentContractStatement(statement, negotiateLang(request.headers['accept-language']));
      },
    );
  }
}

/** Every fee a member paid in a year, as CSV. */
function feesRoute(app: App, deps: Deps) {
  app.get(
    '/api/v1/me/fees.csv',
    {
      config: { produces: 'text/csv' },
      schema: {
        tags,
        summary: 'Every fee I paid in a year, as CSV (UTF-8 with BOM, one row per fee with its document and tax)',
        querystring: YearQuery,
      },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const year = request.query.year ?? Number(currentJapanMonth(deps.clock()).slice(0, 4));
      const rows = await listFees(deps, { userId: user.id, year });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${feesFilename(year)}"`)
        .header('cache-control', 'private, no-store')
        .send(feesCsv(rows));
    },
  );
}
