// The end of a competition on its entries page. While entries are being chosen (選定期間)
// the client picks the winner — 「この作品を採用する」 with a confirmation naming the prize —
// or, where the rules allow it, 「採用なしで終了する」 with a reason. Everyone who can see
// the page sees the deadline and, once decided, the result.
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import { NoWinnerBody } from '../../../shared/api/work';
import type { Entry } from '../../api/applications';
import { workApi } from '../../api/work';
import { Button } from '../../components/Button';
import { TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { usePanel } from '../../lib/usePanel';
import { ActionAlert, Countdown, useIdempotencyKey } from '../contracts/contractParts';
import { CompetitionResult } from '../jobs/WorkRules';
import { PanelActions, PanelHeading, type WorkActionProps, workOf } from '../jobs/workParts';

/** Entries are closed and the client may still choose: the selection period. */
export function isSelecting(job: JobDetail, now: Date = new Date()): boolean {
  const c = job.work?.competition;
  return (
    job.kind === 'competition' &&
    job.status === 'closed' &&
    job.work?.escrowStatus === 'funded' &&
    c !== undefined &&
    c !== null &&
    c.outcome === null &&
    c.selectionDueAt !== null &&
    new Date(c.selectionDueAt).getTime() > now.getTime()
  );
}

/** Entries may still be withdrawn: the competition is taking entries or choosing. */
export function resultPending(job: JobDetail): boolean {
  return job.work?.escrowStatus === 'funded' && (job.work.competition?.outcome ?? null) === null;
}

/**
 * Where the competition stands, above the entries: taking entries (and when selection
 * starts), choosing (the countdown to the selection deadline and the rules), or decided.
 */
export function SelectionStatus({
  job,
  onChange,
  onStale,
}: {
  job: JobDetail;
  /** The client's 「採用なしで終了する」; absent for workers. */
  onChange?: (next: JobDetail, message: string) => void;
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const work = workOf(job);
  const c = work?.competition;
  if (!work || !c) return null;
  const owner = job.viewer.isOwner;

  if (c.outcome) {
    return (
      <section aria-labelledby="selection-title" className="section card work-selection">
        <h2 id="selection-title">{t('work.selection.resultTitle')}</h2>
        <CompetitionResult job={job} work={work} competition={c} linkEntries={false} />
      </section>
    );
  }

  if (job.status === 'open') {
    return (
      <p className="note">
        {owner
          ? t('work.selection.openClient', { days: formatNumber(c.selectionDays, lang) })
          : t('work.selection.openWorker', { days: formatNumber(c.selectionDays, lang) })}
      </p>
    );
  }

  if (job.status === 'closed' && c.selectionDueAt) {
    return (
      <section aria-labelledby="selection-title" className="section card work-selection">
        <h2 id="selection-title">{t('work.selection.title')}</h2>
        <Countdown
          iso={c.selectionDueAt}
          text={(left) => t('work.rules.selectionLeft', { left })}
          past={t('work.rules.selectionPast')}
          note={t('work.rules.selectionDue', { date: formatDateTime(c.selectionDueAt, lang) })}
        />
        <ul className="bullets small">
          {owner && <li>{t('work.selection.howTo', { amount: formatYen(work.money.unitPrice) })}</li>}
          <li>{c.allowNoWinner ? t('work.rules.noWinnerAllowed') : t('work.rules.alwaysWinner')}</li>
          <li>{t('work.rules.shareRule')}</li>
        </ul>
        {owner && c.allowNoWinner && onChange && onStale && isSelecting(job) && (
          <NoWinner job={job} onChange={onChange} onStale={onStale} />
        )}
      </section>
    );
  }
  return null;
}

/** 「この作品を採用する」 on one entry, with the confirmation naming the prize. */
export function ChooseWinner({ job, entry, onChange, onStale }: WorkActionProps & { entry: Entry }) {
  const { t } = useTranslation();
  const form = useApiForm({ fields: [] });
  const idempotency = useIdempotencyKey();
  const panel = usePanel(`entry-${entry.id}-choose`);
  const back = () => {
    form.clearProblem();
    panel.back();
  };
  const prize = formatYen(job.work?.money.unitPrice ?? 0);

  if (!panel.open) {
    return (
      <Button id={`entry-${entry.id}-choose`} onClick={panel.show}>
        {t('work.selection.choose')}
        <span className="visually-hidden">: {entry.title}</span>
      </Button>
    );
  }
  const choose = form.onSubmit(async () => {
    const next = await idempotency.send((key) => workApi.chooseWinner(job.id, entry.id, key));
    onChange(next, t('work.selection.chosen', { title: entry.title }));
  });
  return (
    <div className="contract-panel submission-panel">
      <PanelHeading level={3}>{t('work.selection.chooseTitle')}</PanelHeading>
      <p>{t('work.selection.chooseBody', { title: entry.title, name: entry.worker.displayName, amount: prize })}</p>
      <p className="muted small">{t('work.selection.chooseNote')}</p>
      <ActionAlert form={form} onStale={onStale} />
      <PanelActions busy={form.submitting} onBack={back}>
        <Button busy={form.submitting} onClick={() => void choose()}>
          {t('work.selection.chooseConfirm', { amount: prize })}
        </Button>
      </PanelActions>
    </div>
  );
}

/** 「採用なしで終了する」 with the reason the entrants read. */
function NoWinner({ job, onChange, onStale }: WorkActionProps) {
  const { t } = useTranslation();
  const form = useApiForm<{ reason: string }>({ schema: NoWinnerBody, fields: ['reason'], defaultValues: { reason: '' } });
  const idempotency = useIdempotencyKey();
  const panel = usePanel('no-winner-open');
  const back = () => {
    form.clearProblem();
    panel.back();
  };
  const money = job.work?.money;

  if (!panel.open) {
    return (
      <div className="form-actions">
        <Button id="no-winner-open" variant="secondary" onClick={panel.show}>
          {t('work.selection.noWinner')}
        </Button>
      </div>
    );
  }
  const submit = form.onSubmit(async ({ reason }) => {
    const next = await idempotency.send((key) => workApi.closeWithoutWinner(job.id, reason, key));
    onChange(next, t('work.selection.noWinnerDone'));
  });
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form confirm-panel submission-panel">
      <PanelHeading level={3}>{t('work.selection.noWinnerTitle')}</PanelHeading>
      <p>
        {t('work.selection.noWinnerBody', {
          refund: formatYen(money?.unitPrice ?? 0),
          fee: formatYen((money?.clientFee ?? 0) + (money?.clientFeeTax ?? 0)),
        })}
      </p>
      <ActionAlert form={form} onStale={onStale} />
      <TextAreaField
        label={t('work.selection.noWinnerReason')}
        hint={t('work.selection.noWinnerReasonHint')}
        required
        rows={4}
        {...form.register('reason', { onChange: () => idempotency.reset() })}
        error={form.errorOf('reason')}
      />
      <PanelActions busy={form.submitting} onBack={back}>
        <Button type="submit" variant="danger" busy={form.submitting}>
          {t('work.selection.noWinnerConfirm')}
        </Button>
      </PanelActions>
    </form>
  );
}
