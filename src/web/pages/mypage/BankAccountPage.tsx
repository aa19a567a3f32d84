import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BankAccount, bankQueries } from '../../api/bank';
import { StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from './BankAccount.module.css';
import { BankAccountForm } from './BankAccountForm';

/** Where focus goes after the page changed under it. */
type FocusTarget = 'form' | 'change' | 'summary' | null;

/** /mypage/bank-account — 振込先口座: the account payouts go to, and the form to set it. */
export function BankAccountPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(bankQueries.account());
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
    queryClient.setQueryData(bankQueries.account().queryKey, account);
    setEditing(false);
    setSaved(true);
    setFocus('summary');
  };

  return (
    <Page
      className={styles.page}
      title={t('bank.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('bank.lead')}
    >
      <StatusMessage>{saved && t('bank.saved')}</StatusMessage>
      <QueryView query={query} problemNote={<p>{t('bank.loadFailed')}</p>}>
        {(account) => (
          <>
            {account ? (
              <AccountSummary account={account} headingRef={summaryHeading}>
                {!editing && (
                  <button ref={changeButton} type="button" className="btn btn-secondary" onClick={open}>
                    {t('bank.current.change')}
                  </button>
                )}
              </AccountSummary>
            ) : (
              <p className={`note ${styles.none}`}>{t('bank.current.none')}</p>
            )}
            {(editing || !account) && (
              <BankAccountForm
                current={account}
                onSaved={onSaved}
                onCancel={account ? cancel : undefined}
                headingRef={formHeading}
              />
            )}
          </>
        )}
      </QueryView>
    </Page>
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
    <section aria-labelledby="bank-current-title" className={`section card ${styles.card}`}>
      <h2 id="bank-current-title" ref={headingRef} tabIndex={-1}>
        {t('bank.current.title')}
      </h2>
      <dl className="facts">
        <Fact label={t('bank.current.bank')}>{t('bank.withCode', { name: account.bankName, code: account.bankCode })}</Fact>
        <Fact label={t('bank.current.branch')}>{t('bank.withCode', { name: account.branchName, code: account.branchCode })}</Fact>
        <Fact label={t('bank.current.accountType')}>{t(`bank.types.${account.accountType}`)}</Fact>
        <Fact label={t('bank.current.number')}>
          <span className={styles.number} aria-hidden="true">
            {account.numberMasked}
          </span>
          <span className="visually-hidden">{t('bank.current.numberSpoken', { digits: lastDigits })}</span>
        </Fact>
        <div>
          <dt>{t('bank.current.holderName')}</dt>
          <dd lang="ja">{account.holderName}</dd>
        </div>
        <Fact label={t('bank.current.updatedAt')}>{formatDate(account.updatedAt, lang)}</Fact>
      </dl>
      {children}
    </section>
  );
}
