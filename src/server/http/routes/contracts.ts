// Contracts, milestones, termination, disputes and reviews for the parties; their
// statements are in statements.ts.
import { z } from 'zod';
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
import { ProfileReviews } from '../../../shared/api/statements';
import type { Deps } from '../../deps';
import type { ScreeningKindName } from '../../screening/kinds';
import { acceptMilestone } from '../../use-cases/contracts/accept-milestone';
import { answerTermination } from '../../use-cases/contracts/answer-termination';
import { answerTerms } from '../../use-cases/contracts/answer-terms';
import { cancelDeposit } from '../../use-cases/contracts/cancel-deposit';
import { deliverMilestone } from '../../use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../../use-cases/contracts/fund-milestone';
import { getContract } from '../../use-cases/contracts/get-contract';
import { getContractTerms } from '../../use-cases/contracts/get-contract-terms';
import { listContracts } from '../../use-cases/contracts/list-contracts';
import { openDispute } from '../../use-cases/contracts/open-dispute';
import { proposeTermination } from '../../use-cases/contracts/propose-termination';
import { proposeTerms } from '../../use-cases/contracts/propose-terms';
import { requestRevision } from '../../use-cases/contracts/request-revision';
import { listProfileReviews } from '../../use-cases/reviews/list-profile-reviews';
import { writeReview } from '../../use-cases/reviews/write-review';
import { idempotent } from '../idempotency';
import { IdParams, uuidOr404 } from '../params';
import { requireAuth } from '../plugins/auth';
import { presentContract, presentContractSummary } from '../presenters/contracts';
import { presentProfileReviews } from '../presenters/reviews';
import { negotiateLang } from '../problem';
import { statementRoutes } from './statements';
import type { App } from './types';

const tags = ['contracts'];

export function contractRoutes(app: App, deps: Deps) {
  contractReadRoutes(app, deps);
  termsRoutes(app, deps);
  milestoneRoutes(app, deps);
  endingRoutes(app, deps);
  statementRoutes(app, deps);
  profileReviewRoutes(app, deps);
}

/** The contract as its party sees it, in the language the request asks for. */
const viewContract = (d: Deps, viewerId: string, contractId: string, acceptLanguage: string | undefined) =>
  getContract(d, { viewerId, contractId, lang: negotiateLang(acceptLanguage) }).then((c) =>
    presentContract(c, negotiateLang(acceptLanguage), d.config.bankTransferAccount, d.config.stripe?.publishableKey ?? null),
  );

/** A POST on a contract, milestone or deposit that answers with the contract. */
interface ContractAction<B extends z.ZodType> {
  path: string;
  summary: string;
  body: B | null;
  /** Resolves to `{ contractId }` when the path's id is not the contract's (milestones, deposits). */
  run: (d: Deps, userId: string, id: string, body: z.infer<B>) => Promise<unknown>;
  idempotent?: boolean;
  /** Screens the body's texts for contact details (src/server/screening/hook.ts). */
  screening?: ScreeningKindName;
}

function contractAction<B extends z.ZodType>(app: App, deps: Deps, action: ContractAction<B>) {
  const { path, summary, body, run } = action;
  const once = action.idempotent === true;
  app.post(
    path,
    {
      config: { idempotent: once, ...(action.screening ? { screening: action.screening } : {}) },
      schema: { tags, summary, params: IdParams, ...(body ? { body } : {}), response: { 200: Contract } },
    },
    async (request, reply) => {
      const { user } = requireAuth(request);
      const id = uuidOr404((request.params as { id: string }).id);
      const perform = async (d: Deps) => {
        const result = await run(d, user.id, id, request.body as z.infer<B>);
        const contractId = (result as { contractId?: string } | undefined)?.contractId ?? id;
        return { status: 200, body: await viewContract(d, user.id, contractId, request.headers['accept-language']) };
      };
      if (once) return idempotent(deps, request, reply, user.id, perform);
      return (await perform(deps)).body;
    },
  );
}

/** My contracts, one contract, and its written terms. */
function contractReadRoutes(app: App, deps: Deps) {
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
      return viewContract(deps, user.id, uuidOr404(request.params.id), request.headers['accept-language']);
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
      const terms = await getContractTerms(deps, { userId: user.id, contractId: id, version: request.query.version });
      // The document is stored data, described as an open record.
      return terms as unknown as Record<string, unknown>;
    },
  );
}

/** The client proposes milestones and withholding; the worker agrees or refuses. */
function termsRoutes(app: App, deps: Deps) {
  contractAction(app, deps, {
    path: '/api/v1/contracts/:id/terms',
    summary: 'Propose milestones and withholding (client, before funding)',
    body: ProposeTermsBody,
    run: (d, userId, id, b) => proposeTerms(d, { actorId: userId, contractId: id, ...b }),
  });
  contractAction(app, deps, {
    path: '/api/v1/contracts/:id/terms/answer',
    summary: 'Agree to or refuse the proposed terms (worker)',
    body: AnswerBody,
    run: (d, userId, id, b) => answerTerms(d, { actorId: userId, contractId: id, ...b }),
  });
}

/** A milestone's steps: funding (and cancelling a transfer), delivery, acceptance, revision. */
function milestoneRoutes(app: App, deps: Deps) {
  contractAction(app, deps, {
    path: '/api/v1/milestones/:id/fund',
    summary: 'Fund the milestone (仮払い) by bank transfer or the development card; Idempotency-Key',
    body: FundBody,
    run: (d, userId, id, b) => fundMilestone(d, { actorId: userId, milestoneId: id, method: b.method }),
    idempotent: true,
  });
  contractAction(app, deps, {
    path: '/api/v1/deposits/:id/cancel',
    summary: 'Cancel a bank transfer not yet confirmed (client)',
    body: null,
    run: (d, userId, id) => cancelDeposit(d, { actorId: userId, depositId: id }),
  });
  contractAction(app, deps, {
    path: '/api/v1/milestones/:id/deliver',
    summary: 'Deliver the milestone (納品, worker)',
    body: DeliverBody,
    run: (d, userId, id, b) =>
      deliverMilestone(d, { actorId: userId, milestoneId: id, message: b.message, attachmentIds: b.attachmentIds }),
  });
  contractAction(app, deps, {
    path: '/api/v1/milestones/:id/accept',
    summary: 'Accept the delivery (検収, client): pays the worker; Idempotency-Key',
    body: null,
    run: (d, userId, id) => acceptMilestone(d, { actorId: userId, milestoneId: id }),
    idempotent: true,
  });
  contractAction(app, deps, {
    path: '/api/v1/milestones/:id/request-revision',
    summary: 'Ask for changes (修正依頼, client)',
    body: RevisionBody,
    run: (d, userId, id, b) => requestRevision(d, { actorId: userId, milestoneId: id, message: b.message }),
  });
}

/** Ending a contract early, asking staff to step in, and the reviews once it ended. */
function endingRoutes(app: App, deps: Deps) {
  contractAction(app, deps, {
    path: '/api/v1/contracts/:id/termination',
    summary: 'Propose ending the contract with a settlement (途中解消)',
    body: TerminationBody,
    run: (d, userId, id, b) =>
      proposeTermination(d, { actorId: userId, contractId: id, reason: b.reason, settlement: b.settlement }),
  });
  contractAction(app, deps, {
    path: '/api/v1/contracts/:id/termination/answer',
    summary: 'Agree to (the settlement runs) or refuse (staff take over) the termination; Idempotency-Key',
    body: AnswerBody,
    run: (d, userId, id, b) => answerTermination(d, { actorId: userId, contractId: id, agree: b.agree, reason: b.reason }),
    idempotent: true,
  });
  contractAction(app, deps, {
    path: '/api/v1/contracts/:id/dispute',
    summary: 'Ask staff to step in (トラブル報告); freezes the contract',
    body: DisputeBody,
    run: (d, userId, id, b) => openDispute(d, { actorId: userId, contractId: id, reason: b.reason }),
  });
  contractAction(app, deps, {
    path: '/api/v1/contracts/:id/review',
    summary: 'Review the other party (評価) after the contract ended',
    body: ReviewBody,
    screening: 'review',
    run: (d, userId, id, b) => {
      const { comment, ...scores } = b;
      return writeReview(d, { actorId: userId, contractId: id, scores, comment });
    },
  });
}

function profileReviewRoutes(app: App, deps: Deps) {
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
