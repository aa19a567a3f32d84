// The yearly payment record (報酬、料金、契約金及び賞金の支払調書) of one client (the payer,
// 支払者) to one worker (the payee, 支払を受ける者): every payment of the calendar year from
// which income tax was withheld (源泉徴収, 所得税法第204条). The amount paid is stated
// before consumption tax, as the tax is shown apart on the payment notices, and it is the
// base the withholding was computed on.

export interface WithheldPayment {
  clientId: string;
  workerId: string;
  /** The fee before consumption tax (the base of withholding). */
  amount: number;
  /** The consumption tax on it. */
  tax: number;
  /** The income tax withheld. */
  withholding: number;
}

export interface PaymentRecordTotals {
  clientId: string;
  workerId: string;
  /** 支払金額 (before consumption tax). */
  amount: number;
  /** 消費税等, stated apart. */
  tax: number;
  /** 源泉徴収税額. */
  withholding: number;
  payments: number;
  /**
   * Whether the payer must also file it with the tax office: fees paid to one payee in a
   * year over ¥50,000 (the threshold for 報酬・料金 of 所得税法施行規則第84条).
   */
  mustFile: boolean;
}

export const FILING_THRESHOLD = 50_000;

/** One record per client and worker, from the year's payments with withholding. */
export function paymentRecords(payments: readonly WithheldPayment[]): PaymentRecordTotals[] {
  const byPair = new Map<string, PaymentRecordTotals>();
  for (const p of payments) {
    if (p.withholding <= 0) continue;
    const key = `${p.clientId}/${p.workerId}`;
    const r = byPair.get(key) ?? {
      clientId: p.clientId,
      workerId: p.workerId,
      amount: 0,
      tax: 0,
      withholding: 0,
      payments: 0,
      mustFile: false,
    };
    r.amount += p.amount;
    r.tax += p.tax;
    r.withholding += p.withholding;
    r.payments += 1;
    r.mustFile = r.amount > FILING_THRESHOLD;
    byPair.set(key, r);
  }
  return [...byPair.values()];
}
