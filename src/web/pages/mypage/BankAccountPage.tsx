import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BankAccount, bankApi } from '../../api/bank';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { BankAccountForm } from './BankAccountForm';
import '../../bank.css';

/** Where focus goes after the page changed under it. */
type FocusTarget = 'form' | 'change' | 'summary' | null;

/** /mypage/bank-account — 振込先口座: the account payouts go to, and the form to set it. */
export function BankAccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('bank.title'));
  const { state, reload, setData } = useAsync(() => bankApi.get(), 'bank-account');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focus) return;
    const target = { form: formHeading, change: changeButton, summary: summaryHeading }[focus];
    target.current?.focus();
    setFocus(null);
  }, [focus]);

  const open = () => {
    setSaved(false);
    setEditing(true);
    setFocus('form');
  };
  const cancel = () => {
    setEditing(false);
    setFocus('change');
  };
  const onSaved = (account: BankAccount | null) => {
    setData(account);
    setEditing(false);
    setSaved(true);
    setFocus('summary');
  };

  return (
    <div className="bank-page">
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('bank.title') }]} />
      <h1>{t('bank.title')}</h1>
      <p className="lead">{t('bank.lead')}</p>
      <StatusMessage>{saved && t('bank.saved')}</StatusMessage>

      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <p>{t('bank.loadFailed')}</p>
          <Button variant="secondary" className="btn-small" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {state.status === 'done' && (
        <>
          {state.data ? (
            <AccountSummary account={state.data} headingRef={summaryHeading}>
              {!editing && (
                <button ref={changeButton} type="button" className="btn btn-secondary" onClick={open}>
                  {t('bank.current.change')}
                </button>
              )}
            </AccountSummary>
          ) : (
            <p className="note bank-none">{t('bank.current.none')}</p>
          )}
          {(editing || !state.data) && (
            <BankAccountForm
              current={state.data}
              onSaved={onSaved}
              onCancel={state.data ? cancel : undefined}
              headingRef={formHeading}
            />
          )}
        </>
      )}
    </div>
  );
}

function AccountSummary({
  account,
  headingRef,
  children,
}: {
  account: BankAccount;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const lastDigits = account.numberMasked.replace(/\*/g, '');
  return (
    <section aria-labelledby="bank-current-title" className="section card bank-summary">
      <h2 id="bank-current-title" ref={headingRef} tabIndex={-1}>
        {t('bank.current.title')}
      </h2>
      <dl className="facts bank-facts">
        <div>
          <dt>{t('bank.current.bank')}</dt>
          <dd>{t('bank.withCode', { name: account.bankName, code: account.bankCode })}</dd>
        </div>
        <div>
          <dt>{t('bank.current.branch')}</dt>
          <dd>{t('bank.withCode', { name: account.branchName, code: account.branchCode })}</dd>
        </div>
        <div>
          <dt>{t('bank.current.accountType')}</dt>
          <dd>{t(`bank.types.${account.accountType}`)}</dd>
        </div>
        <div>
          <dt>{t('bank.current.number')}</dt>
          <dd>
            <span className="bank-number" aria-hidden="true">
              {account.numberMasked}
            </span>
            <span className="visually-hidden">{t('bank.current.numberSpoken', { digits: lastDigits })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('bank.current.holderName')}</dt>
          <dd lang="ja">{account.holderName}</dd>
        </div>
        <div>
          <dt>{t('bank.current.updatedAt')}</dt>
          <dd>{formatDate(account.updatedAt, lang)}</dd>
        </div>
      </dl>
      {children}
    </section>
  );
}
