// Demo contracts, so every money screen has something to show on a fresh start:
//   - a delivery waiting for the client's acceptance (検収待ち), with its countdown;
//   - an accepted offer split into three milestones with withholding, the first paid by
//     a bank transfer waiting for staff to confirm it (入金確認待ち);
//   - a completed contract with both reviews, so a profile shows ratings and a worker
//     holds an earnings balance.
// Everything goes through the use cases, so the ledger is built exactly as in real use.
import type { Deps } from '../deps';
import { applyToJob } from '../use-cases/applications/apply-to-job';
import { decideApplication } from '../use-cases/applications/decide-application';
import { acceptMilestone } from '../use-cases/contracts/accept-milestone';
import { answerTerms } from '../use-cases/contracts/answer-terms';
import { deliverMilestone } from '../use-cases/contracts/deliver-milestone';
import { fundMilestone } from '../use-cases/contracts/fund-milestone';
import { proposeTerms } from '../use-cases/contracts/propose-terms';
import { confirmDeposit } from '../use-cases/deposits/confirm-deposit';
import { createJob } from '../use-cases/jobs/create-job';
import { decideOffer } from '../use-cases/offers/decide-offer';
import { writeReview } from '../use-cases/reviews/write-review';

const DAY = 86_400_000;

async function hire(deps: Deps, clientId: string, applicationId: string) {
  const { contract } = await decideApplication(deps, { actorId: clientId, applicationId, action: 'hire' });
  if (!contract) throw new Error('the hire made no contract');
  const milestones = await deps.db
    .selectFrom('milestones')
    .select(['id', 'escrow'])
    .where('contract_id', '=', contract.contractId)
    .where('status', '=', 'unfunded')
    .orderBy('position')
    .execute();
  return { contractId: contract.contractId, milestones };
}

/** The client pays by bank transfer; staff confirm it when `confirmedBy` is given. */
async function fundByTransfer(deps: Deps, clientId: string, milestone: { id: string; escrow: number }, confirmedBy?: string) {
  await fundMilestone(deps, { actorId: clientId, milestoneId: milestone.id, method: 'bank_transfer' });
  if (!confirmedBy) return;
  const deposit = await deps.db
    .selectFrom('deposits')
    .select('id')
    .where('milestone_id', '=', milestone.id)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  await confirmDeposit(deps, { staffId: confirmedBy, depositId: deposit.id, receivedAmount: milestone.escrow });
}

export async function seedDemoContracts(
  deps: Deps,
  ids: Record<string, string>,
  work: { blog: string; translationOffer: string },
  staffId: string,
): Promise<void> {
  const { tanaka_shoji: tanaka, yamamoto_ken: ken, takahashi_mei: mei, sato_hanako: hanako } = ids;
  if (!tanaka || !ken || !mei || !hanako) return;
  const now = deps.clock();
  await seedDelivered(deps, { client: tanaka, worker: ken, jobId: work.blog, staffId });
  await seedTranslation(deps, { client: tanaka, worker: mei, offerId: work.translationOffer, now });
  await seedCompleted(deps, { client: ken, worker: hanako, staffId, now });
}

/** 1. Delivered, waiting for the client's acceptance. */
async function seedDelivered(deps: Deps, p: { client: string; worker: string; jobId: string; staffId: string }): Promise<void> {
  const application = await applyToJob(deps, {
    workerId: p.worker,
    jobId: p.jobId,
    application: {
      proposal: '飲食店の経営経験があり、仕入れの記事が得意です。まずは1本お試しで書かせてください。',
      quotedAmount: 20000,
      deliveryDays: 10,
      attachmentIds: [],
    },
  });
  const delivered = await hire(deps, p.client, application);
  const first = delivered.milestones[0];
  if (first) {
    await fundByTransfer(deps, p.client, first, p.staffId);
    await deliverMilestone(deps, {
      actorId: p.worker,
      milestoneId: first.id,
      message: '1本目の記事(約3,200字)を納品します。見出しと画像の差し替え位置はコメントで記載しています。ご確認ください。',
      attachmentIds: [],
    });
  }
}

/** 2. The translation offer accepted, split into three milestones with withholding. */
async function seedTranslation(deps: Deps, p: { client: string; worker: string; offerId: string; now: Date }): Promise<void> {
  const dueIn = (days: number) => new Date(p.now.getTime() + 9 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
  await decideOffer(deps, { actorId: p.worker, offerId: p.offerId, action: 'accept' });
  const translation = await deps.db
    .selectFrom('contracts')
    .select('id')
    .where('offer_id', '=', p.offerId)
    .executeTakeFirstOrThrow();
  await proposeTerms(deps, {
    actorId: p.client,
    contractId: translation.id,
    withholding: true,
    milestones: [
      { title: '商品説明 1〜20(和訳→英訳)', amount: 15000, dueDate: dueIn(10) },
      { title: '商品説明 21〜40', amount: 15000, dueDate: dueIn(20) },
      { title: '商品説明 41〜60 と用語集', amount: 15000, dueDate: dueIn(30) },
    ],
  });
  await answerTerms(deps, { actorId: p.worker, contractId: translation.id, agree: true, reason: null });
  const [part1] = await deps.db
    .selectFrom('milestones')
    .select(['id', 'escrow'])
    .where('contract_id', '=', translation.id)
    .where('status', '=', 'unfunded')
    .orderBy('position')
    .execute();
  if (part1) await fundByTransfer(deps, p.client, part1);
}

/** 3. Completed, both reviewed. */
async function seedCompleted(deps: Deps, p: { client: string; worker: string; staffId: string; now: Date }): Promise<void> {
  const recipeJob = await createJob(deps, {
    clientId: p.client,
    job: {
      kind: 'project',
      title: '飲食店向けレシピ記事の作成(1本)',
      description: '居酒屋のおつまみメニューを紹介するレシピ記事を1本お願いします。写真はこちらで用意します。2,000字程度です。',
      category: 'writing-article',
      tags: ['beginner', 'remote'],
      deadline: new Date(p.now.getTime() + 10 * DAY).toISOString(),
      deliveryDate: null,
      budgetMin: 5000,
      budgetMax: 10000,
      hires: 1,
      milestonesWished: 1,
      taskSlots: null,
      taskUnitPrice: null,
      taskInstructions: null,
      prize: null,
      entryRules: null,
      allowNoWinner: false,
      publish: true,
    },
  });
  const application = await applyToJob(deps, {
    workerId: p.worker,
    jobId: recipeJob,
    application: {
      proposal: 'おつまみレシピの記事なら得意です。ぜひお任せください。',
      quotedAmount: 8000,
      deliveryDays: 5,
      attachmentIds: [],
    },
  });
  const recipe = await hire(deps, p.client, application);
  const only = recipe.milestones[0];
  if (!only) return;
  await fundByTransfer(deps, p.client, only, p.staffId);
  await deliverMilestone(deps, {
    actorId: p.worker,
    milestoneId: only.id,
    message: 'レシピ記事を納品します。',
    attachmentIds: [],
  });
  await acceptMilestone(deps, { actorId: p.client, milestoneId: only.id });
  await writeReview(deps, {
    actorId: p.client,
    contractId: recipe.contractId,
    scores: { skill: 5, quality: 5, schedule: 5, communication: 4, partnership: 5 },
    comment: '写真に合わせた構成で、とても読みやすい記事でした。またお願いします。',
  });
  await writeReview(deps, {
    actorId: p.worker,
    contractId: recipe.contractId,
    scores: { skill: 5, quality: 5, schedule: 5, communication: 5, partnership: 5 },
    comment: '指示が明確で、やり取りがスムーズでした。',
  });
}
