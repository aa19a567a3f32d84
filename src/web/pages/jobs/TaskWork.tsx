// A worker on a task's page: 「作業を提出する」 (text and files, no application needed) while
// the task is open and a slot is free, and their own submissions with where each stands,
// the reason of a rejection and 「取り下げる」 while one waits for the client.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import { SubmissionBody } from '../../../shared/api/work';
import { type Submission, type SubmissionList, workApi, workQueries } from '../../api/work';
import { Button } from '../../components/Button';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ApiFormFrame, FormAlert, StatusMessage } from '../../components/FormAlert';
import { FormAttachmentField, FormTextArea, useAttachmentForm } from '../../components/FormFields';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { SubmissionCard, workOf } from './workParts';

export function TaskWork({ job, onJobChanged }: { job: JobDetail; onJobChanged?: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const work = workOf(job);
  const queryClient = useQueryClient();
  const submissions = workQueries.submissions(job.id);
  const { data } = useQuery(submissions);
  const setData = (list: SubmissionList) => queryClient.setQueryData(submissions.queryKey, list);
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const mine = data?.items ?? [];
  const open = job.status === 'open' && work?.escrowStatus === 'funded' && new Date(job.deadline).getTime() > Date.now();
  const slotsLeft = work?.task?.slotsLeft ?? 0;
  // Every submission not withdrawn counts against the posting's per-worker limit.
  const limit = job.taskWorkerLimit ?? 1;
  const atLimit = mine.filter((s) => s.status !== 'withdrawn').length >= limit;

  if (!open && mine.length === 0) return null;

  const announce = (message: string) => {
    setNotice(message);
    statusRef.current?.focus();
  };

  return (
    <section aria-labelledby="task-work" className="section card job-apply task-work">
      <h2 id="task-work">{t('work.submit.title')}</h2>
      <div ref={statusRef} tabIndex={-1} className="decision-status">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      {open &&
        (atLimit ? (
          <p className="note">{t('work.submit.atLimit', { n: formatNumber(limit, lang) })}</p>
        ) : slotsLeft > 0 ? (
          <>
            <p>{t('work.submit.lead', { amount: formatYen(work?.money.workerNet ?? 0) })}</p>
            <SubmissionForm
              job={job}
              onSubmitted={(s) => {
                if (data) setData({ ...data, items: [s, ...data.items] });
                announce(t('work.submit.done'));
                onJobChanged?.();
              }}
            />
          </>
        ) : (
          <p className="note">{t('work.submit.full')}</p>
        ))}
      {mine.length > 0 && (
        <MySubmissions
          items={mine}
          onWithdrawn={(list) => {
            setData(list);
            announce(t('work.submit.withdrawn'));
            onJobChanged?.();
          }}
        />
      )}
    </section>
  );
}

function SubmissionForm({ job, onSubmitted }: { job: JobDetail; onSubmitted: (s: Submission) => void }) {
  const { t } = useTranslation();
  const { form, attachments } = useAttachmentForm<{ body: string }>({
    schema: SubmissionBody,
    fields: ['body'],
    defaultValues: { body: '' },
  });

  const submit = form.onSubmit(async ({ body }) => {
    const created = await workApi.submit(job.id, { body, attachmentIds: attachments.ids });
    form.reset();
    attachments.reset();
    onSubmitted(created);
  });

  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form task-submit-form">
      <FormTextArea form={form} name="body" label={t('work.submit.body')} hint={t('work.submit.bodyHint')} required rows={8} />
      <FormAttachmentField form={form} attachments={attachments} />
      <p className="muted small">{t('work.submit.note')}</p>
      <div className="form-actions">
        <Button type="submit" className="btn-large" busy={form.submitting}>
          {t('work.submit.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}

/** 提出した作業: the worker's own submissions, newest first. */
export function MySubmissions({
  items,
  onWithdrawn,
  headingLevel = 3,
}: {
  items: Submission[];
  onWithdrawn: (list: SubmissionList) => void;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm({ fields: [] });
  const [busyId, setBusyId] = useState<string | null>(null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const withdraw = async (s: Submission) => {
    setBusyId(s.id);
    await form.run(async () => {
      onWithdrawn(await workApi.withdraw(s.id));
    });
    setBusyId(null);
  };

  return (
    <div className="my-submissions">
      <Heading id="my-submissions" className="work-rules-subtitle">
        {t('work.submit.mine')}
      </Heading>
      <FormAlert problem={form.problem} alertRef={form.alertRef} />
      <ul className="submission-list" aria-labelledby="my-submissions">
        {items.map((s) => (
          <SubmissionCard key={s.id} submission={s} showWorker={false} headingLevel={headingLevel === 2 ? 3 : 4}>
            {s.status === 'pending' && (
              <div className="form-actions">
                <ConfirmStep
                  variant="danger"
                  buttonClassName="btn-small"
                  busy={busyId === s.id}
                  disabled={busyId !== null}
                  headingLevel={4}
                  label={
                    <>
                      {t('work.submit.withdraw')}
                      <span className="visually-hidden">: {formatDateTime(s.createdAt, lang)}</span>
                    </>
                  }
                  title={t('confirm.withdrawSubmission.title')}
                  confirmLabel={t('confirm.withdrawSubmission.confirm')}
                  onConfirm={() => withdraw(s)}
                >
                  <p>{t('confirm.withdrawSubmission.body')}</p>
                </ConfirmStep>
              </div>
            )}
          </SubmissionCard>
        ))}
      </ul>
    </div>
  );
}
