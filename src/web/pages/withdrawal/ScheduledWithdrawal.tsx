import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WithdrawalPrecheck } from '../../../shared/api/withdrawal';
import type { Problem } from '../../../shared/errors';
import { toProblem } from '../../api/client';
import { withdrawalApi } from '../../api/withdrawal';
import { Button } from '../../components/Button';
import { ProblemMessage } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import styles from './Withdrawal.module.css';

type Scheduled = NonNullable<WithdrawalPrecheck['scheduled']>;

interface Props {
  scheduled: Scheduled;
  /** The heading, focused when the page turns to this panel (just scheduled). */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The reservation is gone (cancelled here, or already by the server): reload the page. */
  onCancelled: (problem: Problem | null) => Promise<void>;
}

/**
 * 退会を予約しています: when the withdrawal completes by itself, what the member cannot do
 * meanwhile, and 「退会の予約を取り消す」 with a confirmation on the page.
 */
export function ScheduledWithdrawal({ scheduled, headingRef, onCancelled }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focus, setFocus] = useState<{ target: 'confirm' | 'open' | 'error'; n: number } | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'confirm') confirmRef.current?.focus();
    if (focus.target === 'open') document.getElementById('withdrawal-schedule-cancel')?.focus();
    if (focus.target === 'error') errorRef.current?.focus();
  }, [focus]);
  const focusOn = (target: 'confirm' | 'open' | 'error') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const cancel = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await withdrawalApi.cancelSchedule();
    } catch (error) {
      const next = toProblem(error);
      if (next.code === 'no-scheduled-withdrawal') {
        // Already cancelled (e.g. a failed transfer) or completed: show the page as it is now.
        await onCancelled(next);
        return;
      }
      setProblem(next);
      setBusy(false);
      focusOn('error');
      return;
    }
    await onCancelled(null);
  };

  const requested = formatDate(scheduled.requestedAt, lang);
  const completes = scheduled.completesAfter ? formatDate(scheduled.completesAfter, lang) : null;

  return (
    <section aria-labelledby="withdrawal-scheduled" className={styles.scheduled}>
      <h2 id="withdrawal-scheduled" ref={headingRef} tabIndex={-1}>
        {t('withdrawal.scheduledTitle')}
      </h2>
      <p>{t('withdrawal.scheduledRequested', { date: requested })}</p>
      <p className={styles.completes}>
        {completes ? t('withdrawal.scheduledCompletes', { date: completes }) : t('withdrawal.scheduledCompletesUndated')}
      </p>
      <ul className="bullets">
        <li>{t('withdrawal.scheduledMeanwhile')}</li>
        <li>{t('withdrawal.scheduledTransferFails')}</li>
        <li>{t('withdrawal.scheduledCancelNote')}</li>
      </ul>
      {problem && <ProblemMessage problem={problem} alertRef={errorRef} />}
      {!confirming ? (
        <Button
          id="withdrawal-schedule-cancel"
          variant="secondary"
          onClick={() => {
            setProblem(null);
            setConfirming(true);
            focusOn('confirm');
          }}
        >
          {t('withdrawal.scheduleCancel')}
        </Button>
      ) : (
        <div className="confirm-panel">
          <h3 ref={confirmRef} tabIndex={-1}>
            {t('withdrawal.scheduleCancelTitle')}
          </h3>
          <p>{t('withdrawal.scheduleCancelBody')}</p>
          <div className="form-actions">
            <Button variant="primary" busy={busy} onClick={() => void cancel()}>
              {t('withdrawal.scheduleCancelConfirm')}
            </Button>
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                focusOn('open');
              }}
            >
              {t('withdrawal.scheduleCancelBack')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
