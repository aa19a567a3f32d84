import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS } from '../../../domain/jobs/posting';
import type { JobDetail } from '../../../shared/api/jobs';
import { fieldMessage } from '../../../shared/errors';
import { jobsApi } from '../../api/jobs';
import { Button } from '../../components/Button';
import { ConfirmStep } from '../../components/ConfirmStep';
import { StaleActionAlert, StatusMessage } from '../../components/FormAlert';
import { FormTextField } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { fromDateTimeLocal, toDateTimeLocal } from '../../lib/input';

export type JobNotice = 'draftSaved' | 'draftSavedPay' | 'published' | 'updated' | 'closed' | 'reopened' | 'cancelled';
type Action = 'publish' | 'close' | 'reopen' | 'cancel';

interface Props {
  job: JobDetail;
  onChange: (job: JobDetail) => void;
  reload: () => void;
  initialNotice: JobNotice | null;
}

/**
 * この仕事の管理, for the client who posted it: 編集する (draft, open), 募集を開始する
 * (draft), 募集を終了する (open), 募集を再開する with a new deadline (closed) and
 * 募集を中止する with a confirmation on the page (draft, open, closed).
 */
export function OwnerActions({ job, onChange, reload, initialNotice }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ deadline: string }>({
    fields: job.status === 'closed' ? ['deadline'] : [],
    defaultValues: { deadline: '' },
    check: ({ deadline }): Record<string, string> =>
      fromDateTimeLocal(deadline) === null ? { deadline: fieldMessage(deadline === '' ? 'required' : 'date-invalid', lang) } : {},
  });
  const [busy, setBusy] = useState<Action | null>(null);
  const [notice, setNotice] = useState<JobNotice | null>(initialNotice);
  const [confirming, setConfirming] = useState(false);
  const [focus, setFocus] = useState<{ target: 'status' | 'confirm' | 'cancel'; n: number } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);

  // 「仮払いすると募集が始まります」 has done its work once the posting is paid (or a transfer waits).
  const escrowStatus = job.kind === 'project' ? null : (job.work?.escrowStatus ?? null);
  useEffect(() => {
    if (escrowStatus !== null && escrowStatus !== 'none' && escrowStatus !== 'cancelled') {
      setNotice((n) => (n === 'draftSavedPay' ? null : n));
    }
  }, [escrowStatus]);

  useEffect(() => {
    if (!focus) return;
    const target =
      focus.target === 'cancel'
        ? document.getElementById('job-cancel-button')
        : { status: statusRef, confirm: confirmRef }[focus.target].current;
    target?.focus();
  }, [focus]);
  const focusOn = (target: 'status' | 'confirm' | 'cancel') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const act = async (action: Action, call: () => Promise<JobDetail>, done: JobNotice) => {
    setNotice(null);
    setBusy(action);
    const settle = async () => {
      const next = await call();
      onChange(next);
      setNotice(done);
      setConfirming(false);
      form.reset();
      focusOn('status');
    };
    try {
      // Reopening is the form's own submission: its deadline is checked and its problem shown.
      await (action === 'reopen' ? settle() : form.run(settle));
    } finally {
      setBusy(null);
    }
  };

  const reopen = form.onSubmit(({ deadline }) =>
    act('reopen', () => jobsApi.reopen(job.id, fromDateTimeLocal(deadline) ?? deadline), 'reopened'),
  );

  const noticeText = notice
    ? {
        draftSaved: t('jobDetail.draftSaved'),
        draftSavedPay: t('work.payment.draftSaved'),
        published: t('jobDetail.published'),
        updated: t('jobDetail.updated'),
        closed: t('jobDetail.closed'),
        reopened: t('jobDetail.reopened'),
        cancelled: t('jobDetail.cancelled'),
      }[notice]
    : null;

  const work = job.kind === 'project' ? null : job.work;
  const editable = job.status === 'draft' || job.status === 'open';
  // Tasks and competitions publish by paying (WorkPayment.tsx); a paid draft publishes here.
  const publishable = job.status === 'draft' && (work === null || work.escrowStatus === 'funded');
  // A task keeps its submissions and a competition its entries: they close instead.
  const worked =
    (work?.task ? work.task.approved + work.task.pending + work.task.rejected > 0 : false) ||
    (work?.competition ? work.competition.entries > 0 || work.competition.outcome !== null : false);
  const cancellable = job.status !== 'cancelled' && !worked;
  // A closed task has refunded its unused slots and a decided competition is over.
  const reopenable =
    job.status === 'closed' &&
    (work === null || (work.escrowStatus === 'funded' && (work.competition?.outcome ?? null) === null));
  const paid = work !== null && (work.escrowStatus === 'funded' || work.escrowStatus === 'closed');
  const closeHint =
    job.kind === 'task'
      ? t('work.manage.closeHintTask')
      : job.kind === 'competition'
        ? t('work.manage.closeHintCompetition', { days: work?.competition?.selectionDays ?? 0 })
        : t('jobDetail.closeHint');
  const now = new Date();
  const stale = form.problem?.code === 'job-transition-invalid' || form.problem?.code === 'job-not-editable';

  return (
    <section aria-labelledby="job-manage" className="section card job-manage">
      <h2 id="job-manage">{t('jobDetail.manage')}</h2>
      <div ref={statusRef} tabIndex={-1} className="job-manage-status">
        <StatusMessage>{noticeText}</StatusMessage>
      </div>
      <StaleActionAlert form={form} stale={stale} onReload={reload} />

      {editable && (
        <div className="job-actions">
          {editable && (
            <Link to={`/jobs/${encodeURIComponent(job.id)}/edit`} className="btn btn-secondary">
              {t('jobDetail.edit')}
            </Link>
          )}
          {publishable && (
            <Button
              busy={busy === 'publish'}
              disabled={busy !== null}
              onClick={() => void act('publish', () => jobsApi.publish(job.id), 'published')}
            >
              {t('jobDetail.publish')}
            </Button>
          )}
          {job.status === 'open' && (
            <ConfirmStep
              variant="secondary"
              confirmVariant="danger"
              describedBy="job-close-hint"
              busy={busy === 'close'}
              disabled={busy !== null}
              label={t('jobDetail.close')}
              title={t('confirm.closeJob.title')}
              confirmLabel={t('confirm.closeJob.confirm')}
              onConfirm={() => act('close', () => jobsApi.close(job.id), 'closed')}
            >
              <p>{t('confirm.closeJob.body')}</p>
              <p>{closeHint}</p>
            </ConfirmStep>
          )}
        </div>
      )}
      {job.status === 'open' && (
        <p id="job-close-hint" className="muted small">
          {closeHint}
        </p>
      )}

      {reopenable && (
        <form ref={form.formRef} noValidate onSubmit={reopen} className="form job-reopen">
          <p className="job-reopen-lead">{t('jobDetail.reopenLead')}</p>
          <FormTextField
            form={form}
            name="deadline"
            label={t('jobDetail.reopenDeadline')}
            hint={t('jobForm.deadlineHint', { days: LIMITS.deadlineMaxDays })}
            type="datetime-local"
            required
            min={toDateTimeLocal(now)}
            max={toDateTimeLocal(new Date(now.getTime() + LIMITS.deadlineMaxDays * 86_400_000))}
          />
          <div className="form-actions">
            <Button type="submit" busy={busy === 'reopen'} disabled={busy !== null && busy !== 'reopen'}>
              {t('jobDetail.reopen')}
            </Button>
          </div>
        </form>
      )}

      {job.status === 'closed' && !reopenable && <p className="muted small">{t('work.manage.settled')}</p>}

      {job.status !== 'cancelled' && worked && job.status !== 'closed' && (
        <p className="muted small">
          {job.kind === 'task' ? t('work.manage.noCancelTask') : t('work.manage.noCancelCompetition')}
        </p>
      )}

      {cancellable && (
        <div className="job-cancel">
          {!confirming ? (
            <Button
              id="job-cancel-button"
              variant="danger"
              disabled={busy !== null}
              onClick={() => {
                form.clearProblem();
                setConfirming(true);
                focusOn('confirm');
              }}
            >
              {t('jobDetail.cancel')}
            </Button>
          ) : (
            <div className="confirm-panel">
              <h3 id="job-cancel-title" ref={confirmRef} tabIndex={-1}>
                {t('jobDetail.cancelConfirmTitle')}
              </h3>
              <p>{t('jobDetail.cancelConfirmBody')}</p>
              {paid && <p>{t('work.manage.cancelRefund')}</p>}
              {work?.escrowStatus === 'awaiting_deposit' && <p>{t('work.manage.cancelTransfer')}</p>}
              <div className="form-actions">
                <Button
                  variant="danger"
                  busy={busy === 'cancel'}
                  onClick={() => void act('cancel', () => jobsApi.cancel(job.id), 'cancelled')}
                >
                  {t('jobDetail.cancelConfirm')}
                </Button>
                <Button
                  variant="secondary"
                  disabled={busy === 'cancel'}
                  onClick={() => {
                    setConfirming(false);
                    focusOn('cancel');
                  }}
                >
                  {t('jobDetail.cancelBack')}
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
