import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bankQueries } from '../../api/bank';
import { type MyPayouts, type Payout, payoutQueries } from '../../api/payouts';
import { StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatPlainDate, formatYenText } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { yen } from '../documents/docParts';
import { AutomaticPayoutSection } from '../payouts/AutomaticPayoutSection';
import { PayoutHistory } from './PayoutHistory';
import { PayoutRequest } from './PayoutRequest';
import styles from './Payouts.module.css';
import '../../money.css';
import { taxWithinFee } from '../../../domain/tax/qualified-invoice';
import { Fact } from '../../components/facts/Fact';
import { MoneySummary } from '../../components/money/MoneySummary';

/** /mypage/payouts — 振込申請: the balance, the rules, the request form and the payout history. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const payouts = useQuery(payoutQueries.mine());
  // The registered account, for the confirmation; unknown when it could not be read.
  const account = useQuery({ ...bankQueries.account(), retry: false });
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const onRequested = (payout: Payout) => {
    queryClient.setQueryData(payoutQueries.mine().queryKey, (old) =>
      old ? { ...old, balance: old.balance - payout.amount, items: [payout, ...old.items] } : old,
    );
    // A fresh form, starting from the new balance.
    setRound((n) => n + 1);
    setNotice(
      t('payouts.request.done', {
        amount: formatYenText(payout.amount, lang),
        date: formatPlainDate(payout.scheduledDate, lang),
      }),
    );
    void queryClient.invalidateQueries({ queryKey: payoutQueries.mine().queryKey });
  };

  return (
    <Page
      title={t('payouts.request.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('payouts.request.lead')}
    >
      <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
        <StatusMessage>{notice}</StatusMessage>
      </div>
      <QueryView query={payouts}>
        {(data) =>
          account.isPending ? (
            <Loading />
          ) : (
            <>
              <PayoutSummary payouts={data} />
              <AutomaticPayoutSection />
              <PayoutRules payouts={data} />
              <PayoutRequest
                key={round}
                payouts={data}
                account={account.data ?? null}
                onRequested={onRequested}
                onStale={() => void queryClient.invalidateQueries({ queryKey: payoutQueries.mine().queryKey })}
              />
              <PayoutHistory items={data.items} />
              <p>
                <Link to="/mypage/payment-records">{t('autoPayouts.records.link')}</Link>
              </p>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}

function PayoutSummary({ payouts: p }: { payouts: MyPayouts }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <MoneySummary
      figures={[
        { label: t('payouts.request.balance'), value: yen(p.balance), main: true },
        { label: t('payouts.request.minimum'), value: yen(p.minimum) },
        { label: t('payouts.request.fee'), value: yen(p.fee) },
        { label: t('payouts.request.nextDate'), value: formatPlainDate(p.nextScheduledDate, lang) },
      ]}
    />
  );
}

function PayoutRules({ payouts: p }: { payouts: MyPayouts }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="payout-rules" className={`${styles.rules} card`}>
      <h2 id="payout-rules">{t('payouts.request.rulesTitle')}</h2>
      <dl className="facts facts-compact">
        <Fact label={t('payouts.request.minimumRule')}>
          {t('payouts.request.minimumValue', { amount: formatYenText(p.minimum, lang) })}
        </Fact>
        <Fact label={t('payouts.request.feeRule')}>
          {t('payouts.request.feeValue', { amount: formatYenText(p.fee, lang), tax: formatYenText(taxWithinFee(p.fee), lang) })}
        </Fact>
        <Fact label={t('payouts.request.scheduleRule')}>{t('payouts.request.scheduleValue')}</Fact>
      </dl>
    </section>
  );
}
