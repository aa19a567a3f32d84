// The written terms (取引条件の明示) both parties receive when a contract starts and
// whenever its terms change, as the Freelance Act (フリーランス新法) requires: who, what,
// how much, by when, and when and how the worker is paid. Stored as data; the web renders
// it and the parties can print it.
import type { MilestoneMoney } from '../money/fees';

export interface TermsInput {
  contractId: string;
  version: number;
  issuedAt: Date;
  client: { username: string };
  worker: { username: string };
  job: { title: string; description: string };
  withholding: boolean;
  autoAcceptDays: number;
  milestones: { position: number; title: string; dueDate: string; money: MilestoneMoney }[];
}

export interface TermsDocument {
  contractId: string;
  version: number;
  issuedAt: string;
  client: { username: string };
  worker: { username: string };
  work: { title: string; description: string };
  milestones: {
    position: number;
    title: string;
    dueDate: string;
    amount: number;
    tax: number;
    withholding: number;
  }[];
  total: { amount: number; tax: number; withTax: number; withholding: number };
  deliveryDate: string;
  withholding: boolean;
  payment: { ja: string; en: string };
  rounding: { ja: string; en: string };
}

export function termsDocument(input: TermsInput): TermsDocument {
  const milestones = input.milestones.map((m) => ({
    position: m.position,
    title: m.title,
    dueDate: m.dueDate,
    amount: m.money.amount,
    tax: m.money.tax,
    withholding: m.money.withholding,
  }));
  const sum = (f: (m: (typeof milestones)[number]) => number) => milestones.reduce((s, m) => s + f(m), 0);
  const amount = sum((m) => m.amount);
  const tax = sum((m) => m.tax);
  const days = input.autoAcceptDays;
  return {
    contractId: input.contractId,
    version: input.version,
    issuedAt: input.issuedAt.toISOString(),
    client: input.client,
    worker: input.worker,
    work: { title: input.job.title, description: input.job.description.slice(0, 2000) },
    milestones,
    total: { amount, tax, withTax: amount + tax, withholding: sum((m) => m.withholding) },
    deliveryDate:
      milestones
        .map((m) => m.dueDate)
        .sort()
        .at(-1) ?? '',
    withholding: input.withholding,
    payment: {
      ja: `発注者は各マイルストーンの作業開始前に報酬を仮払いします。受注者の納品後、発注者は${days}日以内に検収します（期限までに回答がない場合は自動で検収されます）。報酬は検収の時点で受注者の報酬残高に支払われ、振込申請により受注者の口座へ振り込まれます。`,
      en: `The client pays each milestone into escrow before work starts. After delivery the client reviews it within ${days} days (without an answer it is accepted automatically). The fee is paid to the worker's earnings balance on acceptance and reaches their bank account through a payout request.`,
    },
    rounding: {
      ja: '消費税（10%）はマイルストーンごとに1回計算し、1円未満を切り捨てます。源泉徴収税額も1円未満切り捨てです。',
      en: 'Consumption tax (10%) is computed once per milestone and rounded down to the yen; so is withholding tax.',
    },
  };
}
