// The written terms (取引条件の明示) both parties receive when a contract starts and
// whenever its terms change, as the Freelance Act (フリーランス・事業者間取引適正化等法
// 第3条) requires: the date of commission, what is delivered, when and where it is
// received, when inspection ends, the amount, the payment date (a date within 60 days of
// receipt) and how the worker is paid. Stored as data, one version per change; the web
// renders it and the parties can print it.
import type { MilestoneMoney } from '../money/fees';
import { japanDate } from '../payouts/schedule';
import { inspectionDate, latestPaymentDate, PAYMENT_LIMIT_DAYS } from './payment-date';

type Text = { ja: string; en: string };

export interface TermsMilestoneInput {
  position: number;
  title: string;
  /** YYYY-MM-DD: the delivery date (給付を受領する期日). */
  dueDate: string;
  money: MilestoneMoney;
  /** When the work was delivered (received), once it was. */
  deliveredAt?: Date | null;
  /** The auto-acceptance deadline set at delivery. */
  autoAcceptAt?: Date | null;
}

export interface TermsInput {
  contractId: string;
  /** A service order's contract names its order. */
  orderId?: string | null;
  version: number;
  issuedAt: Date;
  /** When the work was commissioned (業務委託をした日): the contract was made. */
  commissionedAt: Date;
  client: { username: string };
  worker: { username: string };
  job: { title: string; description: string };
  withholding: boolean;
  autoAcceptDays: number;
  milestones: TermsMilestoneInput[];
}

export interface TermsMilestone {
  position: number;
  title: string;
  dueDate: string;
  amount: number;
  tax: number;
  withTax: number;
  withholding: number;
  /** The day the delivery was received, or null while it is not. */
  deliveredOn: string | null;
  /** 検査を完了する期日: from the delivery date, or from the day received once delivered. */
  inspectionDate: string;
  /** 支払期日: at most 60 days after the delivery date (or the day received). */
  paymentDate: string;
}

export interface TermsDocument {
  contractId: string;
  kind: 'contract' | 'order';
  orderId: string | null;
  version: number;
  issuedAt: string;
  /** 業務委託をした日 (YYYY-MM-DD, Japan). */
  commissionedOn: string;
  client: { username: string };
  worker: { username: string };
  work: { title: string; description: string };
  milestones: TermsMilestone[];
  total: { amount: number; tax: number; withTax: number; withholding: number };
  /** The last milestone's delivery date. */
  deliveryDate: string;
  /** 給付を受領する場所. */
  deliveryPlace: Text;
  /** 検査を完了する期日, as a rule (each milestone states its date). */
  inspection: { days: number; rule: Text };
  /** The latest payment date of all milestones. */
  paymentDate: string;
  /** How the payment date is fixed. */
  paymentRule: Text;
  /** 支払方法. */
  paymentMethod: Text;
  withholding: boolean;
  payment: Text;
  rounding: Text;
}

/** The dates of one milestone: from its delivery date, or from the day it was received. */
function datesOf(dueDate: string, deliveredAt: Date | null | undefined, autoAcceptAt: Date | null | undefined, days: number) {
  if (!deliveredAt) {
    return { deliveredOn: null, inspectionDate: inspectionDate(dueDate, days), paymentDate: latestPaymentDate(dueDate) };
  }
  const deliveredOn = japanDate(deliveredAt);
  return {
    deliveredOn,
    inspectionDate: autoAcceptAt ? japanDate(autoAcceptAt) : inspectionDate(deliveredOn, days),
    paymentDate: latestPaymentDate(deliveredOn),
  };
}

const DELIVERY_PLACE: Text = {
  ja: '本サービス上の納品機能（契約ページの「納品する」から成果物・報告を提出します）',
  en: "The service's delivery function (the work is submitted with 'Deliver' on the contract page)",
};

const PAYMENT_METHOD: Text = {
  ja: '発注者は報酬を本サービスの運営者に仮払いし、運営者が受注者のために代理受領（収納代行）します。検収後、運営者が受注者の報酬残高に計上し、受注者の指定する銀行口座へ振込で支払います（振込は支払期日までに行います）。',
  en: "The client pays the fee to the operator of this service, which receives it on the worker's behalf (agency receipt). After acceptance the operator credits the worker's balance and pays it by bank transfer to the worker's account, by the payment date.",
};

export function termsDocument(input: TermsInput): TermsDocument {
  const days = input.autoAcceptDays;
  const milestones: TermsMilestone[] = input.milestones.map((m) => ({
    position: m.position,
    title: m.title,
    dueDate: m.dueDate,
    amount: m.money.amount,
    tax: m.money.tax,
    withTax: m.money.amount + m.money.tax,
    withholding: m.money.withholding,
    ...datesOf(m.dueDate, m.deliveredAt, m.autoAcceptAt, days),
  }));
  const sum = (f: (m: TermsMilestone) => number) => milestones.reduce((s, m) => s + f(m), 0);
  const amount = sum((m) => m.amount);
  const tax = sum((m) => m.tax);
  const latest = (f: (m: TermsMilestone) => string) => milestones.map(f).sort().at(-1) ?? '';
  return {
    contractId: input.contractId,
    kind: input.orderId ? 'order' : 'contract',
    orderId: input.orderId ?? null,
    version: input.version,
    issuedAt: input.issuedAt.toISOString(),
    commissionedOn: japanDate(input.commissionedAt),
    client: input.client,
    worker: input.worker,
    work: { title: input.job.title, description: input.job.description.slice(0, 2000) },
    milestones,
    total: { amount, tax, withTax: amount + tax, withholding: sum((m) => m.withholding) },
    deliveryDate: latest((m) => m.dueDate),
    deliveryPlace: DELIVERY_PLACE,
    inspection: {
      days,
      rule: {
        ja: `納品（給付の受領）の日から${days}日以内に検査を完了します。期日までに検収も修正依頼もない場合は、その時点で自動的に検収されます。`,
        en: `The client finishes inspecting each delivery within ${days} days of receiving it; without acceptance or a revision request by then it is accepted automatically.`,
      },
    },
    paymentDate: latest((m) => m.paymentDate),
    paymentRule: {
      ja: `各マイルストーンの支払期日は、給付を受領した日から起算して${PAYMENT_LIMIT_DAYS}日以内の日です。納品期日より前に納品された場合は、受領した日から改めて計算した日（これより早い日）になります。`,
      en: `Each milestone's payment date falls within ${PAYMENT_LIMIT_DAYS} days of the day its delivery is received; a delivery received before its date is paid by the date counted from the day received (an earlier one).`,
    },
    paymentMethod: PAYMENT_METHOD,
    withholding: input.withholding,
    payment: {
      ja: `発注者は各マイルストーンの作業開始前に報酬を仮払いします。受注者の納品後、発注者は${days}日以内に検収します（期限までに回答がない場合は自動で検収されます）。報酬は検収の時点で受注者の報酬残高に計上され、支払期日までに受注者の口座へ振り込まれます。`,
      en: `The client pays each milestone into escrow before work starts. After delivery the client reviews it within ${days} days (without an answer it is accepted automatically). The fee is credited to the worker's balance on acceptance and transferred to their bank account by the payment date.`,
    },
    rounding: {
      ja: '消費税（10%）はマイルストーンごとに1回計算し、1円未満を切り捨てます。源泉徴収税額も1円未満切り捨てです。',
      en: 'Consumption tax (10%) is computed once per milestone and rounded down to the yen; so is withholding tax.',
    },
  };
}

/** A delivery as the contract records it, for stating the dates of a stored version. */
export interface TermsDelivery {
  position: number;
  deliveredAt: Date | null;
  autoAcceptAt: Date | null;
}

/**
 * A stored version with the dates of the deliveries made since: each delivered milestone
 * states the day received, its inspection date and its payment date counted from it.
 * A version written before these fields existed is returned as it was.
 */
export function withDeliveries(doc: TermsDocument, deliveries: readonly TermsDelivery[]): TermsDocument {
  if (!doc.inspection) return doc;
  const days = doc.inspection.days;
  const milestones = doc.milestones.map((m) => {
    const d = deliveries.find((x) => x.position === m.position);
    if (!d?.deliveredAt) return m;
    return { ...m, ...datesOf(m.dueDate, d.deliveredAt, d.autoAcceptAt, days) };
  });
  const paymentDate =
    milestones
      .map((m) => m.paymentDate)
      .sort()
      .at(-1) ?? doc.paymentDate;
  return { ...doc, milestones, paymentDate };
}
