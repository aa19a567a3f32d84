import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PayoutBody } from '../../../shared/api/bank';
import { fieldMessage, type Lang } from '../../../shared/errors';
import type { BankAccount } from '../../api/bank';
import { newIdempotencyKey, toProblem } from '../../api/client';
import { type MyPayouts, type Payout, payoutsApi } from '../../api/payouts';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choices';
import { ApiFormFrame, FormAlert } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { type ApiForm, useApiForm } from '../../lib/form';
import { formatYenText } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { schemaErrors } from '../../lib/validate';
import { yen } from '../documents/docParts';
import { AccountText, PayoutConfirm, type Prepared } from './PayoutConfirm';
import styles from './Payouts.module.css';

/** Field refusals after which the balance shown may be out of date. */
const STALE_BALANCE: readonly string[] = ['payout-exceeds-balance', 'payout-final-must-be-whole'];

interface Values {
  amount: string;
  final: boolean;
}

/** The amount to request, or the message that says why it cannot be requested. */
function checkAmount(values: Values, p: MyPayouts, lang: Lang, t: TFunction): Record<string, string> {
  const value = values.final ? p.balance : parseWholeNumber(values.amount);
  if (value === null) return { amount: fieldMessage('required', lang) };
  if (value === 'invalid') return { amount: fieldMessage('not-integer', lang) };
  const errors = schemaErrors(PayoutBody, { amount: value, final: values.final }, lang);
  if (Object.keys(errors).length > 0) return errors;
  if (values.final) return {};
  if (value < p.minimum) return { amount: t('payouts.request.belowMinimumError', { minimum: formatYenText(p.minimum, lang) }) };
  if (value > p.balance) return { amount: t('payouts.request.exceedsError', { balance: formatYenText(p.balance, lang) }) };
  if (value <= p.fee) return { amount: t('payouts.request.noNet') };
  return {};
}

/**
 * The request: an amount (the whole balance to start with) or 「退会のため全額」, the amount
 * that will reach the bank shown as it is typed, then a confirmation that restates
 * everything, with the transfer date, before anything is sent.
 */
export function PayoutRequest({
  payouts: p,
  account,
  onRequested,
  onStale,
}: {
  payouts: MyPayouts;
  account: BankAccount | null;
  onRequested: (payout: Payout) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // Coming from the withdrawal page (?final=1): the final payout of the whole balance.
  const [params] = useSearchParams();
  const form = useApiForm<Values>({
    fields: ['amount', 'final'],
    defaultValues: { amount: String(p.balance), final: params.get('final') === '1' },
    check: (values) => checkAmount(values, p, lang, t),
  });
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [focus, setFocus] = useState<{ target: 'confirm' | 'review'; n: number } | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus?.target === 'confirm') confirmRef.current?.focus();
    if (focus?.target === 'review') document.getElementById('payout-review')?.focus();
  }, [focus]);
  const focusOn = (target: 'confirm' | 'review') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const request = useMutation({
    mutationFn: (sent: Prepared) => payoutsApi.request({ amount: sent.amount, final: sent.final }, sent.key),
    onSuccess: onRequested,
    onError: (error) => {
      const errors = toProblem(error).errors ?? [];
      // An amount the server refused is shown at the amount field, so go back to the form.
      if (errors.length > 0) setPrepared(null);
      if (errors.some((e) => STALE_BALANCE.includes(e.code))) onStale();
      form.showProblem(error);
    },
  });

  if (!p.hasBankAccount) return <NoAccount />;
  if (p.balance <= 0) {
    return <p className="section card empty-state">{t('payouts.request.noBalance')}</p>;
  }

  const review = form.onSubmit(async (values) => {
    const final = values.final;
    const amount = final ? p.balance : (parseWholeNumber(values.amount) as number);
    setPrepared({ amount, final, fee: final ? 0 : p.fee, key: newIdempotencyKey() });
    focusOn('confirm');
  });

  const back = () => {
    setPrepared(null);
    form.clearProblem();
    focusOn('review');
  };

  const send = () => {
    if (!prepared || request.isPending) return;
    form.clearProblem();
    request.mutate(prepared);
  };

  const alert: ReactNode =
    form.problem?.code === 'bank-account-required' ? (
      <p>
        <Link to="/mypage/bank-account">{t('payouts.request.accountRequiredLink')}</Link>
      </p>
    ) : null;

  return (
    <section aria-labelledby="payout-form-title" className={`section card ${styles.formCard}`}>
      <h2 id="payout-form-title">{t('payouts.request.formTitle')}</h2>
      {prepared ? (
        <PayoutConfirm
          prepared={prepared}
          account={account}
          scheduledDate={p.nextScheduledDate}
          headingRef={confirmRef}
          alert={
            <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef}>
              {alert}
            </FormAlert>
          }
          sending={request.isPending}
          onSend={send}
          onBack={back}
        />
      ) : (
        <>
          <div className={styles.account}>
            <dl className="facts facts-compact">
              <Fact label={t('payouts.request.account')}>
                <AccountText account={account} />
              </Fact>
            </dl>
            <p className="small">
              <Link to="/mypage/bank-account">{t('payouts.request.accountChange')}</Link>
            </p>
          </div>
          <ApiFormFrame form={form} onSubmit={review} className="form" alert={alert}>
            <AmountFields form={form} payouts={p} />
            <div className="form-actions">
              <Button id="payout-review" type="submit">
                {t('payouts.request.review')}
              </Button>
            </div>
          </ApiFormFrame>
        </>
      )}
    </section>
  );
}

/** The amount (read-only for the final payout), the final-payout box and what will arrive. */
function AmountFields({ form, payouts: p }: { form: ApiForm<Values>; payouts: MyPayouts }) {
  const { t } = useTranslation();
  const lang = useLang();
  const minimum = formatYenText(p.minimum, lang);
  const balance = formatYenText(p.balance, lang);
  const amount = form.watch('amount');
  const final = form.watch('final');
  const parsed = final ? p.balance : parseWholeNumber(amount);
  const fee = final ? 0 : p.fee;
  const net = typeof parsed === 'number' && parsed > fee ? parsed - fee : null;
  return (
    <>
      {p.balance < p.minimum && <p className="alert alert-warning">{t('payouts.request.belowMinimum', { minimum })}</p>}
      <TextField
        label={t('payouts.request.amount')}
        hint={final ? t('payouts.request.amountFinalHint', { balance }) : t('payouts.request.amountHint', { minimum, balance })}
        required
        inputMode="numeric"
        autoComplete="off"
        className="input-amount input-yen"
        suffix={t('payouts.request.amountUnit')}
        {...form.register('amount')}
        value={final ? String(p.balance) : amount}
        readOnly={final}
        error={form.errorOf('amount')}
      />
      <Checkbox
        name="final"
        label={t('payouts.request.final')}
        hint={t('payouts.request.finalHint')}
        checked={final}
        onChange={(checked) => form.setValue('final', checked)}
        error={form.errorOf('final')}
      />
      <p className={styles.net} aria-live="polite" aria-atomic="true">
        <span className={styles.netLabel}>{t('payouts.request.net')}</span>
        <span className={styles.netValue}>{net === null ? '—' : yen(net)}</span>
        <span className={styles.netNote}>
          {net === null ? t('payouts.request.netInvalid') : `${t('payouts.request.netNote')}: ${yen(net + fee)} − ${yen(fee)}`}
        </span>
      </p>
    </>
  );
}

function NoAccount() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="payout-no-account" className={`section alert alert-info ${styles.noAccount}`}>
      <h2 id="payout-no-account" className="alert-title">
        {t('payouts.request.noAccountTitle')}
      </h2>
      <p>{t('payouts.request.noAccountBody')}</p>
      <p>
        <Link to="/mypage/bank-account" className="btn btn-primary">
          {t('payouts.request.noAccountLink')}
        </Link>
      </p>
    </section>
  );
}
