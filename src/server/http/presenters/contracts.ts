import type { z } from 'zod';
import type { Contract, ContractSummary } from '../../../shared/api/contracts';
import type { ContractStatement } from '../../../shared/api/statements';
import type { Lang } from '../../../shared/errors';
import type { StatementView } from '../../statements/documents';
import type { ContractView } from '../../use-cases/contracts/get-contract';
import type { ContractSummaryRow } from '../../use-cases/contracts/list-contracts';
import { presentParty } from './accounts';
import { presentDeposit } from './deposits';
import { presentReview } from './reviews';

/**
 * A contract as its parties see it; `payTo` is the bank account a bank transfer deposit goes
 * to, `publishableKey` the card provider's key for the client's card form.
 */
export function presentContract(v: ContractView, lang: Lang, payTo: string, publishableKey: string | null = null): Contract {
  const payer = v.viewer.role === 'client';
  return {
    ...v,
    client: presentParty(v.client, lang),
    worker: presentParty(v.worker, lang),
    milestones: v.milestones.map((m) => ({
      ...m,
      deposit: m.deposit ? presentDeposit(m.deposit, payTo, payer, publishableKey) : null,
    })),
    reviews: {
      ...v.reviews,
      mine: v.reviews.mine ? presentReview(v.reviews.mine, lang) : null,
      theirs: v.reviews.theirs ? presentReview(v.reviews.theirs, lang) : null,
    },
  };
}

export function presentContractSummary(s: ContractSummaryRow, lang: Lang): ContractSummary {
  return { ...s, other: presentParty(s.other, lang) };
}

/** A receipt (領収書) or payment notice (支払通知書). */
export function presentContractStatement(s: StatementView, lang: Lang): z.infer<typeof ContractStatement> {
  return {
    ...s,
    client: presentParty(s.client, lang),
    worker: s.worker ? presentParty(s.worker, lang) : null,
    invoice: s.invoice.map((part) => ({ ...part, issuer: presentParty(part.issuer, lang).displayName })),
  };
}
