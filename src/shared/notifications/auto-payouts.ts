// Notices of the automatic payout run (自動出金, and the 60-day rule's payout of earnings
// not asked for): when it could not pay, the balance stays and the member is told why.
import { yenEn, yenJa } from './format';
import { notice } from './types';

type Held = {
  /** The payment date, 'YYYY-MM-DD'. */
  paymentDate: string;
  amount: number;
  reason: 'no_bank_account' | 'no_payee_identity' | 'below_fee';
};

const dateJa = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

export const autoPayoutNotices = {
  'payout.automatic_held': notice<Held>({
    ja: (p) => ({
      title: `${dateJa(p.paymentDate)}の自動振込ができませんでした`,
      body:
        p.reason === 'no_bank_account'
          ? `報酬残高 ${yenJa(p.amount)} は残高にそのまま残っています。振込先口座を登録すると、次のお支払い日に振り込みます。`
          : p.reason === 'no_payee_identity'
            ? `報酬残高 ${yenJa(p.amount)} は残高にそのまま残っています。源泉徴収のある報酬のため、設定ページで支払調書の氏名・住所を登録すると、次のお支払い日に振り込みます。`
            : `報酬残高 ${yenJa(p.amount)} が振込手数料以下のため、振り込まずに残高に残しました。報酬が増えたら、次のお支払い日に振り込みます。`,
    }),
    en: (p) => ({
      title: `Your automatic payout of ${p.paymentDate} could not be made`,
      body:
        p.reason === 'no_bank_account'
          ? `Your balance of ${yenEn(p.amount)} stays in your account. Register a payout account and it is transferred on the next payment date.`
          : p.reason === 'no_payee_identity'
            ? `Your balance of ${yenEn(p.amount)} stays in your account. Your fees are paid with withholding tax: register your legal name and address in Settings and it is transferred on the next payment date.`
            : `Your balance of ${yenEn(p.amount)} does not exceed the transfer fee, so it stays in your balance until the next payment date.`,
    }),
  }),
};
