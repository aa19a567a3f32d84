import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PayoutBody } from '../../../shared/api/bank';
import { fieldMessage } from '../../../shared/errors';
import { type BankAccount, bankApi } from '../../api/bank';
import { newIdempotencyKey, toProblem } from '../../api/client';
import { type MyPayouts, type Payout, payoutsApi } from '../../api/payouts';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choices';
import { FormAlert, ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPlainDate, formatYenText } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';
import { DataTable, yen } from '../documents/docParts';
import { FinalBadge, PayoutStatusBadge } from './payoutParts';

/** Field refusals after which the balance shown may be out of date. */
const STALE_BALANCE: readonly string[] = ['payout-exceeds-balance', 'payout-final-must-be-whole'];

interface Loaded {
  payouts: MyPayouts;
  /** The registered account, for the confirmation; null when it could not be read. */
  account: BankAccount | null;
}

async function load(): Promise<Loaded> {
  const [payouts, account] = await Promise.all([payoutsApi.mine(), bankApi.get().catch(() => null)]);
  return { payouts, account };
}

/** /mypage/payouts — 振込申請: the balance, the rules, the request form and the payout history. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('payouts.request.title'));
  const { state, reload, setData } = useAsync(load, 'payouts');
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const onRequested = (payout: Payout) => {
    if (state.status !== 'done') return;
    const { payouts } = state.data;
    setData({
      ...state.data,
      payouts: { ...payouts, balance: payouts.balance - payout.amount, items: [payout, ...payouts.items] },
    });
    // A fresh form, starting from the new balance.
    setRound((n) => n + 1);
    setNotice(
      t('payouts.request.done', {
        amount: formatYenText(payout.amount, lang),
        date: formatPlainDate(payout.scheduledDate, lang),
      }),
    );
    reload();
  };

  return (
    <div className="payouts-page">
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('payouts.request.title') }]} />
      <h1>{t('payouts.request.title')}</h1>
      <p className="lead">{t('payouts.request.lead')}</p>
      <div ref={noticeRef} tabIndex={-1} className="payout-notice">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <Button variant="secondary" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {state.status === 'done' && (
        <>
          <PayoutSummary payouts={state.data.payouts} />
          <PayoutRules payouts={state.data.payouts} />
          <RequestSection
            key={round}
            payouts={state.data.payouts}
            account={state.data.account}
            onRequested={onRequested}
            onStale={reload}
          />
          <PayoutHistory items={state.data.payouts.items} />
        </>
      )}
    </div>
  );
}

function PayoutSummary({ payouts: p }: { payouts: MyPayouts }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <dl className="money-summary">
      <div className="money-summary-balance">
        <dt>{t('payouts.request.balance')}</dt>
        <dd>{yen(p.balance)}</dd>
      </div>
      <div>
        <dt>{t('payouts.request.minimum')}</dt>
        <dd>{yen(p.minimum)}</dd>
      </div>
      <div>
        <dt>{t('payouts.request.fee')}</dt>
        <dd>{yen(p.fee)}</dd>
      </div>
      <div>
        <dt>{t('payouts.request.nextDate')}</dt>
        <dd>{formatPlainDate(p.nextScheduledDate, lang)}</dd>
      </div>
    </dl>
  );
}

function PayoutRules({ payouts: p }: { payouts: MyPayouts }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="payout-rules" className="payout-rules card">
      <h2 id="payout-rules">{t('payouts.request.rulesTitle')}</h2>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('payouts.request.minimumRule')}</dt>
          <dd>{t('payouts.request.minimumValue', { amount: formatYenText(p.minimum, lang) })}</dd>
        </div>
        <div>
          <dt>{t('payouts.request.feeRule')}</dt>
          <dd>{t('payouts.request.feeValue', { amount: formatYenText(p.fee, lang) })}</dd>
        </div>
        <div>
          <dt>{t('payouts.request.scheduleRule')}</dt>
          <dd>{t('payouts.request.scheduleValue')}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The account the money goes to: 「よろず銀行 本店 普通 ****567 ﾔﾏﾀﾞ ﾊﾅｺ」. */
function AccountText({ account }: { account: BankAccount | null }) {
  const { t } = useTranslation();
  if (!account) return <>{t('payouts.request.accountUnknown')}</>;
  return (
    <>
      <span className="cell-sub">
        {account.bankName} {account.branchName}
      </span>
      <span className="cell-sub">
        {t(`payouts.accountTypes.${account.accountType}`)} <span className="mono">{account.numberMasked}</span>{' '}
        {account.holderName}
      </span>
    </>
  );
}

interface Prepared {
  amount: number;
  final: boolean;
  fee: number;
  /** Made when the member reviews the request; reused if sending it is retried. */
  key: string;
}

/**
 * The request: an amount (the whole balance to start with) or 「退会のため全額」, the amount
 * that will reach the bank shown as it is typed, then a confirmation that restates
 * everything, with the transfer date, before anything is sent.
 */
function RequestSection({
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
  const form = useFormSubmit(['amount', 'final']);
  const [amount, setAmount] = useState(String(p.balance));
  // Coming from the withdrawal page (?final=1): the final payout of the whole balance.
  const [params] = useSearchParams();
  const [final, setFinal] = useState(params.get('final') === '1');
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [focus, setFocus] = useState<{ target: 'confirm' | 'review'; n: number } | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus?.target === 'confirm') confirmRef.current?.focus();
    if (focus?.target === 'review') document.getElementById('payout-review')?.focus();
  }, [focus]);
  const focusOn = (target: 'confirm' | 'review') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  if (!p.hasBankAccount) {
    return (
      <section aria-labelledby="payout-no-account" className="section alert alert-info payout-no-account">
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
  if (p.balance <= 0) {
    return <p className="section card empty-state">{t('payouts.request.noBalance')}</p>;
  }

  const minimum = formatYenText(p.minimum, lang);
  const balance = formatYenText(p.balance, lang);
  const parsed = final ? p.balance : parseWholeNumber(amount);
  const fee = final ? 0 : p.fee;
  const net = typeof parsed === 'number' && parsed > fee ? parsed - fee : null;
  const belowMinimum = p.balance < p.minimum;

  const review = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = final ? p.balance : parseWholeNumber(amount);
    if (value === null) return form.fail({ amount: fieldMessage('required', lang) });
    if (value === 'invalid') return form.fail({ amount: fieldMessage('not-integer', lang) });
    const body = { amount: value, final };
    const errors = schemaErrors(PayoutBody, body, lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);
    if (!final) {
      if (value < p.minimum) return form.fail({ amount: t('payouts.request.belowMinimumError', { minimum }) });
      if (value > p.balance) return form.fail({ amount: t('payouts.request.exceedsError', { balance }) });
      if (value <= p.fee) return form.fail({ amount: t('payouts.request.noNet') });
    }
    form.clear();
    setPrepared({ amount: value, final, fee, key: newIdempotencyKey() });
    focusOn('confirm');
  };

  const back = () => {
    setPrepared(null);
    form.clear();
    focusOn('review');
  };

  const send = () => {
    if (!prepared) return;
    void form.run(async () => {
      try {
        const payout = await payoutsApi.request({ amount: prepared.amount, final: prepared.final }, prepared.key);
        onRequested(payout);
      } catch (error) {
        const errors = toProblem(error).errors ?? [];
        // An amount the server refused is shown at the amount field, so go back to the form.
        if (errors.length > 0) setPrepared(null);
        if (errors.some((e) => STALE_BALANCE.includes(e.code))) onStale();
        throw error;
      }
    });
  };

  const accountRequired = form.problem?.code === 'bank-account-required';
  const alert: ReactNode = accountRequired ? (
    <p>
      <Link to="/mypage/bank-account">{t('payouts.request.accountRequiredLink')}</Link>
    </p>
  ) : null;

  return (
    <section aria-labelledby="payout-form-title" className="section card payout-form-card">
      <h2 id="payout-form-title">{t('payouts.request.formTitle')}</h2>
      {!prepared && (
        <div className="payout-account">
          <dl className="facts facts-compact">
            <div>
              <dt>{t('payouts.request.account')}</dt>
              <dd>
                <AccountText account={account} />
              </dd>
            </div>
          </dl>
          <p className="small">
            <Link to="/mypage/bank-account">{t('payouts.request.accountChange')}</Link>
          </p>
        </div>
      )}

      {prepared ? (
        <div className="confirm-panel payout-confirm">
          <h3 ref={confirmRef} tabIndex={-1}>
            {t('payouts.request.confirmTitle')}
          </h3>
          <p>{t('payouts.request.confirmLead')}</p>
          <dl className="payout-confirm-list" aria-label={t('payouts.request.confirmCaption')}>
            <div>
              <dt>{t('payouts.request.amount')}</dt>
              <dd>
                {yen(prepared.amount)}
                {prepared.final && (
                  <>
                    {' '}
                    <FinalBadge />
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('payouts.request.fee')}</dt>
              <dd>{yen(prepared.fee)}</dd>
            </div>
            <div className="payout-confirm-net">
              <dt>{t('payouts.request.net')}</dt>
              <dd>{yen(prepared.amount - prepared.fee)}</dd>
            </div>
            <div>
              <dt>{t('payouts.history.scheduledDate')}</dt>
              <dd>{formatPlainDate(p.nextScheduledDate, lang)}</dd>
            </div>
            <div>
              <dt>{t('payouts.request.account')}</dt>
              <dd>
                <AccountText account={account} />
              </dd>
            </div>
          </dl>
          <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef}>
            {alert}
          </FormAlert>
          <div className="form-actions">
            <Button busy={form.submitting} onClick={send}>
              {t('payouts.request.submit')}
            </Button>
            <Button variant="secondary" disabled={form.submitting} onClick={back}>
              {t('payouts.request.back')}
            </Button>
          </div>
        </div>
      ) : (
        <form ref={form.formRef} noValidate onSubmit={review} className="form">
          <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef}>
            {alert}
          </FormAlert>
          {belowMinimum && <p className="alert alert-warning">{t('payouts.request.belowMinimum', { minimum })}</p>}
          <TextField
            label={t('payouts.request.amount')}
            hint={
              final ? t('payouts.request.amountFinalHint', { balance }) : t('payouts.request.amountHint', { minimum, balance })
            }
            name="amount"
            required
            inputMode="numeric"
            autoComplete="off"
            className="input-amount input-yen"
            suffix={t('payouts.request.amountUnit')}
            value={final ? String(p.balance) : amount}
            readOnly={final}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={form.fieldErrors.amount}
          />
          <Checkbox
            name="final"
            label={t('payouts.request.final')}
            hint={t('payouts.request.finalHint')}
            checked={final}
            onChange={setFinal}
            error={form.fieldErrors.final}
          />
          <p className="payout-net" aria-live="polite" aria-atomic="true">
            <span className="payout-net-label">{t('payouts.request.net')}</span>
            <span className="payout-net-value">{net === null ? '—' : yen(net)}</span>
            <span className="payout-net-note">
              {net === null
                ? t('payouts.request.netInvalid')
                : `${t('payouts.request.netNote')}: ${yen(net + fee)} − ${yen(fee)}`}
            </span>
          </p>
          <div className="form-actions">
            <Button id="payout-review" type="submit">
              {t('payouts.request.review')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function PayoutHistory({ items }: { items: Payout[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="payout-history" className="section">
      <h2 id="payout-history">{t('payouts.history.title')}</h2>
      {items.length === 0 ? (
        <p className="card empty-state">{t('payouts.history.empty')}</p>
      ) : (
        <DataTable caption={t('payouts.history.caption', { count: formatNumber(items.length, lang) })} captionHidden stack>
          <thead>
            <tr>
              <th scope="col">{t('payouts.history.requestedAt')}</th>
              <th scope="col" className="num">
                {t('payouts.history.amount')}
              </th>
              <th scope="col" className="num">
                {t('payouts.history.fee')}
              </th>
              <th scope="col" className="num">
                {t('payouts.history.net')}
              </th>
              <th scope="col">{t('payouts.history.status')}</th>
              <th scope="col">{t('payouts.history.scheduledDate')}</th>
              <th scope="col">{t('payouts.history.paidAt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="nowrap" data-label={t('payouts.history.requestedAt')}>
                  <time dateTime={p.requestedAt}>{formatDateTime(p.requestedAt, lang)}</time>
                </th>
                <td className="num" data-label={t('payouts.history.amount')}>
                  <div>
                    {yen(p.amount)}
                    {p.final && (
                      <span className="cell-sub">
                        <FinalBadge />
                      </span>
                    )}
                  </div>
                </td>
                <td className="num" data-label={t('payouts.history.fee')}>
                  {yen(p.fee)}
                </td>
                <td className="num strong" data-label={t('payouts.history.net')}>
                  {yen(p.net)}
                </td>
                <td className="payout-status-cell" data-label={t('payouts.history.status')}>
                  <div>
                    <PayoutStatusBadge status={p.status} />
                    {p.status === 'failed' && (
                      <>
                        {p.failureReason && (
                          <p className="payout-failure">{t('payouts.history.failureReason', { reason: p.failureReason })}</p>
                        )}
                        <p className="payout-failure muted">{t('payouts.history.returned')}</p>
                      </>
                    )}
                  </div>
                </td>
                <td className="nowrap" data-label={t('payouts.history.scheduledDate')}>
                  {formatPlainDate(p.scheduledDate, lang)}
                </td>
                <td className="nowrap" data-label={t('payouts.history.paidAt')}>
                  {p.paidAt ? <time dateTime={p.paidAt}>{formatDate(p.paidAt, lang)}</time> : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
