// Contracts, milestones, termination, disputes, reviews and statements for the parties.
import { z } from 'zod';
import { AppError } from '../../../domain/errors';
import {
  AnswerBody,
  Contract,
  ContractList,
  ContractListQuery,
  DeliverBody,
  DisputeBody,
  FundBody,
  ProposeTermsBody,
  ReviewBody,
  RevisionBody,
  TerminationBody,
} from '../../../shared/api/contracts';
import {
  ContractStatement,
  Earnings,
  MonthlyStatement,
  MonthQuery,
  ProfileReviews,
  YearlySummary,
  YearQuery,
} from '../../../shared/api/statements';
import type { Deps } from '../../deps';
import { currentJapanMonth } from '../../statements/months';
import { acceptMilestone } from '../../use-cases/contracts/accept-milestone';
import { answerTermination } from '../../use-cases/contracts/answer-termination';
import { answerTerms } from '../../use-cases/contracts/answer-terms';
import { cancelDeposit } from '../../use-cases/contracts/cancel-deposit';
import { deliverMilestone } from '../../use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../../use-cases/contracts/fund-milestone';
import { getContract } from '../../use-cases/contracts/get-contract';
import { listContracts } from '../../use-cases/contracts/list-contracts';
import { openDispute } from '../../use-cases/contracts/open-dispute';
import { proposeTermination } from '../../use-cases/contracts/propose-termination';
import { proposeTerms } from '../../use-cases/contracts/propose-terms';
import { requestRevision } from '../../use-cases/contracts/request-revision';
import { listProfileReviews } from '../../use-cases/reviews/list-profile-reviews';
import { writeReview } from '../../use-cases/reviews/write-review';
import { getContractStatement } from '../../use-cases/statements/get-contract-statement';
import { getEarningsBalance } from '../../use-cases/statements/get-earnings-balance';
import { getMonthlyStatement } from '../../use-cases/statements/get-monthly-statement';
import { getYearlySummary } from '../../use-cases/statements/get-yearly-summary';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentContract, presentContractStatement, presentContractSummary } from '../presenters/contracts';
import { presentProfileReviews } from '../presenters/reviews';
import { negotiateLang } from '../problem';
import type { App } from './types';

export function contractRoutes(app: App, deps: Deps) {
  const tags = ['contracts'];
  const view = (d: Deps, viewerId: string, contractId: string, acceptLanguage: string | undefined) =>
    getContract(d, { viewerId, contractId, lang: negotiateLang(acceptLanguage) }).then((c) =>
      presentContract(c, negotiateLang(acceptLanguage), d.config.bankTransferAccount),
    );

  app.get(
    '/api/v1/me/contracts',
    {
      schema: {
        tags,
        summary: 'My contracts as worker and as client',
        querystring: ContractListQuery,
        response: { 200: ContractList },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const items = await listContracts(deps.db, { userId: user.id, ...request.query });
      const lang = negotiateLang(request.headers['accept-language']);
      return { items: items.map((c) => presentContractSummary(c, lang)) };
    },
  );

  app.get(
    '/api/v1/contracts/:id',
    { schema: { tags, summary: 'One contract (its parties only)', params: IdParams, response: { 200: Contract } } },
    async (request) => {
      const { user } = requireAuth(request);
      return view(deps, user.id, uuidOr404(request.params.id), request.headers['accept-language']);
    },
  );

  app.get(
    '/api/v1/contracts/:id/terms',
    {
      schema: {
        tags,
        summary: 'The written terms (取引条件明示書), latest version unless asked',
        params: IdParams,
        // Versions are counted in an integer column: a larger number names no version.
        querystring: z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647).optional() }),
        response: { 200: z.record(z.string(), z.unknown()).describe('The terms document as written when it was agreed') },
      },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const id = uuidOr404(request.params.id);
      const contract = await deps.db
        .selectFrom('contracts')
        .select(['client_id', 'worker_id', 'terms_version'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!contract || (contract.client_id !== user.id && contract.worker_id !== user.id)) throw new AppError('not-found');
      const doc = await deps.db
        .selectFrom('contract_documents')
        .select('body')
        .where('contract_id', '=', id)
        .where('kind', '=', 'terms')
        .where('version', '=', request.query.version ?? contract.terms_version)
        .executeTakeFirst();
      if (!doc) throw new AppError('not-found');
      return doc.body;
    },
  );

  /** A POST on a contract or milestone that answers with the contract. */
  function action<B extends z.ZodType>(
    path: string,
    summary: string,
    body: B | null,
    /** Resolves to `{ contractId }` when the path's id is not the contract's (milestones, deposits). */
    run: (d: Deps, userId: string, id: string, body: z.infer<B>) => Promise<unknown>,
    options: { idempotent?: boolean } = {},
  ) {
    app.post(
      path,
      {
        config: { idempotent: options.idempotent === true },
        schema: { tags, summary, params: IdParams, ...(body ? { body } : {}), response: { 200: Contract } },
      },
      async (request, reply) => {
        const { user } = requireAuth(request);
        const id = uuidOr404((request.params as { id: string }).id);
        const perform = async (d: Deps) => {
          const result = await run(d, user.id, id, request.body as z.infer<B>);
          const contractId = (result as { contractId?: string } | undefined)?.contractId ?? id;
          return { status: 200, body: await view(d, user.id, contractId, request.headers['accept-language']) };
        };
        if (options.idempotent) return idempotent(deps, request, reply, user.id, perform);
        return (await perform(deps)).body;
      },
    );
  }

  action(
    '/api/v1/contracts/:id/terms',
    'Propose milestones and withholding (client, before funding)',
    ProposeTermsBody,
    (d, userId, id, b) => proposeTerms(d, { actorId: userId, contractId: id, ...b }),
  );
  action('/api/v1/contracts/:id/terms/answer', 'Agree to or refuse the proposed terms (worker)', AnswerBody, (d, userId, id, b) =>
    answerTerms(d, { actorId: userId, contractId: id, ...b }),
  );
  action(
    '/api/v1/milestones/:id/fund',
    'Fund the milestone (仮払い) by bank transfer or the development card; Idempotency-Key',
    FundBody,
    (d, userId, id, b) => fundMilestone(d, { actorId: userId, milestoneId: id, method: b.method }),
    { idempotent: true },
  );
  action('/api/v1/deposits/:id/cancel', 'Cancel a bank transfer not yet confirmed (client)', null, (d, userId, id) =>
    cancelDeposit(d, { actorId: userId, depositId: id }),
  );
  action('/api/v1/milestones/:id/deliver', 'Deliver the milestone (納品, worker)', DeliverBody, (d, userId, id, b) =>
    deliverMilestone(d, { actorId: userId, milestoneId: id, message: b.message, attachmentIds: b.attachmentIds }),
  );
  action(
    '/api/v1/milestones/:id/accept',
    'Accept the delivery (検収, client): pays the worker; Idempotency-Key',
    null,
    (d, userId, id) => acceptMilestone(d, { actorId: userId, milestoneId: id }),
    { idempotent: true },
  );
  action('/api/v1/milestones/:id/request-revision', 'Ask for changes (修正依頼, client)', RevisionBody, (d, userId, id, b) =>
    requestRevision(d, { actorId: userId, milestoneId: id, message: b.message }),
  );
  action(
    '/api/v1/contracts/:id/termination',
    'Propose ending the contract with a settlement (途中解消)',
    TerminationBody,
    (d, userId, id, b) => proposeTermination(d, { actorId: userId, contractId: id, reason: b.reason, settlement: b.settlement }),
  );
  action(
    '/api/v1/contracts/:id/termination/answer',
    'Agree to (the settlement runs) or refuse (staff take over) the termination; Idempotency-Key',
    AnswerBody,
    (d, userId, id, b) => answerTermination(d, { actorId: userId, contractId: id, agree: b.agree, reason: b.reason }),
    { idempotent: true },
  );
  action(
    '/api/v1/contracts/:id/dispute',
    'Ask staff to step in (トラブル報告); freezes the contract',
    DisputeBody,
    (d, userId, id, b) => openDispute(d, { actorId: userId, contractId: id, reason: b.reason }),
  );
  action(
    '/api/v1/contracts/:id/review',
    'Review the other party (評価) after the contract ended',
    ReviewBody,
    (d, userId, id, b) => {
      const { comment, ...scores } = b;
      return writeReview(d, { actorId: userId, contractId: id, scores, comment });
    },
  );

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
  }

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

  app.get(
    '/api/v1/users/:username/reviews',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: "A member's revealed reviews with averages (public)",
        params: z.object({ username: z.string().max(64) }),
        response: { 200: ProfileReviews },
      },
    },
    async (request) =>
      presentProfileReviews(
        await listProfileReviews(deps.db, { username: request.params.username.toLowerCase() }),
        negotiateLang(request.headers['accept-language']),
      ),
  );
}
