import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Blocker, WithdrawalPrecheck } from '../../../shared/api/withdrawal';
import type { Problem } from '../../../shared/errors';
import { toProblem } from '../../api/client';
import { blockersOf, type ScheduledWithdrawResult, schedulableOf, withdrawalApi, withdrawalQueries } from '../../api/withdrawal';
import { useAuth } from '../../app/auth';
import { ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { BlockerList, itemDomId, itemKey } from './BlockerList';
import { ScheduledWithdrawal } from './ScheduledWithdrawal';
import styles from './Withdrawal.module.css';
import { WithdrawalForm } from './WithdrawalForm';
import { DataExport, WithdrawalWarnings } from './WithdrawalWarnings';

/**
 * 退会手続き: whether the member can withdraw now, every open item that stops it, what
 * withdrawal means, the data download and, when nothing blocks it, the form itself. When
 * only payouts on their way block, the form schedules the withdrawal (予約退会); while one
 * is scheduled, the page shows it with the button to cancel it instead of the form.
 */
export function WithdrawalPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(withdrawalQueries.precheck());
  const setData = (data: WithdrawalPrecheck) => queryClient.setQueryData(withdrawalQueries.precheck().queryKey, data);
  const reload = () => void query.refetch();

  return (
    <Page
      className="withdrawal"
      title={t('withdrawal.title')}
      crumbs={[
        { to: '/mypage', label: t('myPage.title') },
        { to: '/mypage/account', label: t('account.title') },
      ]}
      lead={t('withdrawal.lead')}
    >
      <QueryView query={query}>{(data) => <Precheck precheck={data} setData={setData} reload={reload} />}</QueryView>
    </Page>
  );
}

function Precheck({
  precheck,
  setData,
  reload,
}: {
  precheck: WithdrawalPrecheck;
  setData: (data: WithdrawalPrecheck) => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // The header, My page and the forms learn of a reservation made or cancelled here.
  const { refresh: refreshMember } = useAuth();
  const [busyItem, setBusyItem] = useState<string | null>(null);
  const [itemErrors, setItemErrors] = useState<Record<string, Problem>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [blockedProblem, setBlockedProblem] = useState<Problem | null>(null);
  const [focus, setFocus] = useState<{ target: 'summary' | 'blocked' | 'scheduled' | string; n: number } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const blockedRef = useRef<HTMLDivElement>(null);
  const scheduledRef = useRef<HTMLHeadingElement>(null);

  // After the page changes under the member's hands (an item resolved, the withdrawal
  // refused), put focus where the news is instead of leaving it on a removed button.
  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'blocked') {
      blockedRef.current?.focus();
      return;
    }
    if (focus.target === 'scheduled') {
      scheduledRef.current?.focus();
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const element = focus.target === 'summary' ? summaryRef.current : document.getElementById(focus.target);
    element?.focus();
  }, [focus]);

  const refetch = async (): Promise<boolean> => {
    try {
      setData(await withdrawalApi.precheck());
      return true;
    } catch {
      reload();
      return false;
    }
  };
  const focusOn = (target: string) => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const resolve = async (blocker: Blocker, item: Blocker['items'][number]) => {
    if (!item.resolve || busyItem) return;
    const key = itemKey(blocker, item);
    setBusyItem(key);
    setNotice(null);
    setItemErrors(({ [key]: _, ...rest }) => rest);
    try {
      await withdrawalApi.resolveItem(item.resolve.href);
    } catch (error) {
      setItemErrors((errors) => ({ ...errors, [key]: toProblem(error) }));
      setBusyItem(null);
      const buttonId = resolveButtonId(precheck.blockers, blocker, item);
      setFocus((f) => ({ target: buttonId ?? 'summary', n: (f?.n ?? 0) + 1 }));
      return;
    }
    await refetch();
    setBlockedProblem(null);
    setNotice(t('confirm.resolve.done', { done: item.resolve.done, title: item.title }));
    setBusyItem(null);
    setFocus((f) => ({ target: 'summary', n: (f?.n ?? 0) + 1 }));
  };

  const onBlocked = async (problem: Problem) => {
    const blockers = blockersOf(problem);
    if (blockers && blockers.length > 0) {
      setData({ ...precheck, eligible: false, blockers, schedulable: schedulableOf(problem) });
    } else {
      await refetch();
    }
    setBlockedProblem(problem);
    setFocus((f) => ({ target: 'blocked', n: (f?.n ?? 0) + 1 }));
  };

  // 202: the withdrawal waits for the payouts. The member stays logged in, on this page.
  const onScheduled = async (result: ScheduledWithdrawResult) => {
    void refreshMember();
    const fresh = await refetch();
    if (!fresh) {
      const scheduled = { requestedAt: new Date().toISOString(), completesAfter: result.completesAfter };
      setData({ ...precheck, scheduled });
    }
    setBlockedProblem(null);
    setNotice(
      result.completesAfter
        ? t('withdrawal.scheduledNotice', { date: formatDate(result.completesAfter, lang) })
        : t('withdrawal.scheduledNoticeUndated'),
    );
    focusOn('scheduled');
  };

  // The reservation is gone: cancelled here (problem null), or already cancelled or completed.
  const onCancelled = async (problem: Problem | null) => {
    void refreshMember();
    await refetch();
    if (problem) {
      setNotice(null);
      setBlockedProblem(problem);
      focusOn('blocked');
      return;
    }
    setBlockedProblem(null);
    setNotice(t('withdrawal.scheduleCancelled'));
    focusOn('summary');
  };

  const count = precheck.blockers.length;
  const scheduled = precheck.scheduled;
  // Only payouts on their way block: the form schedules the withdrawal instead.
  const scheduleMode = !precheck.eligible && precheck.schedulable && !scheduled;
  let summary = t('withdrawal.summaryEligible');
  if (scheduleMode) {
    summary = t('withdrawal.summarySchedulable');
  } else if (!precheck.eligible) {
    summary = count === 1 ? t('withdrawal.summaryBlockedOne') : t('withdrawal.summaryBlocked', { count });
  }

  return (
    <>
      {!scheduled && (
        <div ref={summaryRef} tabIndex={-1} className={styles.summary}>
          <StatusMessage tone={precheck.eligible || scheduleMode ? 'info' : 'warning'}>
            <p className={styles.summaryText}>{summary}</p>
          </StatusMessage>
        </div>
      )}
      {blockedProblem && <ProblemMessage problem={blockedProblem} alertRef={blockedRef} />}
      <StatusMessage>{notice}</StatusMessage>
      {scheduled && <ScheduledWithdrawal scheduled={scheduled} headingRef={scheduledRef} onCancelled={onCancelled} />}

      {count > 0 && <BlockerList blockers={precheck.blockers} busyItem={busyItem} itemErrors={itemErrors} onResolve={resolve} />}

      <WithdrawalWarnings precheck={precheck} />
      <DataExport />

      {!scheduled && (
        <section aria-labelledby="withdrawal-form" className="section">
          <h2 id="withdrawal-form">{scheduleMode ? t('withdrawal.scheduleFormTitle') : t('withdrawal.formTitle')}</h2>
          {precheck.eligible || scheduleMode ? (
            <div className="card">
              <p>{scheduleMode ? t('withdrawal.scheduleFormLead') : t('withdrawal.formLead')}</p>
              <WithdrawalForm precheck={precheck} schedule={scheduleMode} onBlocked={onBlocked} onScheduled={onScheduled} />
            </div>
          ) : (
            <p className={`note ${styles.blockedNote}`}>{t('withdrawal.blockedNotice')}</p>
          )}
        </section>
      )}
    </>
  );
}

/** The id BlockerList gives an item's resolve button. */
function resolveButtonId(blockers: Blocker[], blocker: Blocker, item: Blocker['items'][number]): string | null {
  const i = blockers.findIndex((b) => b.code === blocker.code);
  const j = blocker.items.findIndex((x) => x.id === item.id);
  return i >= 0 && j >= 0 ? `${itemDomId(i, j)}-resolve` : null;
}
