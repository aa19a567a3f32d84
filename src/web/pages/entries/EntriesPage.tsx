import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EntryBody } from '../../../shared/api/applications';
import type { JobDetail } from '../../../shared/api/jobs';
import { type Entry, entriesApi } from '../../api/applications';
import { jobsApi } from '../../api/jobs';
import { AttachmentField, AttachmentList, attachmentError, useAttachments } from '../../components/Attachments';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ConfirmStep } from '../../components/ConfirmStep';
import { FormAlert, ProblemMessage, StatusMessage } from '../../components/FormAlert';
import { Loading } from '../../components/Loading';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';
import { NotFoundPage } from '../errors/NotFoundPage';
import { Deadline } from '../jobs/jobText';
import { ChooseWinner, isSelecting, resultPending, SelectionStatus } from './Selection';

/**
 * /jobs/:id/entries — コンペ作品. A worker enters works and sees their own entries; the
 * competition's client sees every entry, with images as thumbnails.
 */
export function EntriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state, reload, setData } = useAsync(async () => {
    const [job, entries] = await Promise.all([jobsApi.get(id), entriesApi.forJob(id)]);
    return { job, entries };
  }, id);
  const owner = state.status === 'done' && state.data.job.viewer.isOwner;
  const title = owner ? t('entries.titleClient') : t('entries.titleWorker');
  useDocumentTitle(title);

  if (state.status === 'error' && state.problem.code === 'not-found') {
    return <NotFoundPage title={t('notFound.jobTitle')} body={t('notFound.jobBody')} />;
  }
  const job = state.status === 'done' ? state.data.job : null;

  return (
    <div className="entries-page">
      <Breadcrumbs
        items={[
          ...(owner
            ? [
                { to: '/mypage', label: t('myPage.title') },
                { to: '/mypage/jobs', label: t('myJobs.title') },
              ]
            : [{ to: '/jobs', label: t('jobSearch.title') }]),
          ...(job ? [{ to: `/jobs/${encodeURIComponent(job.id)}`, label: job.title }] : []),
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <ProblemMessage problem={state.problem}>
          <Button variant="secondary" onClick={reload}>
            {t('common.retry')}
          </Button>
        </ProblemMessage>
      )}
      {state.status === 'done' &&
        (state.data.job.viewer.isOwner ? (
          <ClientEntries
            job={state.data.job}
            entries={state.data.entries}
            onJobChange={(job) => setData({ ...state.data, job })}
            onStale={reload}
          />
        ) : (
          <WorkerEntries
            job={state.data.job}
            entries={state.data.entries}
            onChange={(entries) => setData({ ...state.data, entries })}
          />
        ))}
    </div>
  );
}

function JobLine({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  return (
    <dl className="job-meta entries-job">
      <div>
        <dt>{t('jobs.deadline')}</dt>
        <dd>
          <Deadline iso={job.deadline} countdown={job.status === 'open'} />
        </dd>
      </div>
    </dl>
  );
}

function ClientEntries({
  job,
  entries,
  onJobChange,
  onStale,
}: {
  job: JobDetail;
  entries: Entry[];
  onJobChange: (job: JobDetail) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [notice, setNotice] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  useEffect(() => {
    if (focus > 0) statusRef.current?.focus();
  }, [focus]);
  const winnerId = job.work?.competition?.winnerEntryId ?? null;
  // The winner stays listed even if its author has left since.
  const shown = entries.filter((e) => e.status === 'submitted' || e.id === winnerId);
  const selecting = isSelecting(job);
  const changed = (next: JobDetail, message: string) => {
    onJobChange(next);
    setNotice(message);
    setFocus((n) => n + 1);
  };
  return (
    <>
      <p className="lead">{t('entries.leadClient')}</p>
      <JobLine job={job} />
      <div ref={statusRef} tabIndex={-1} className="decision-status section">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      <SelectionStatus job={job} onChange={changed} onStale={onStale} />
      {shown.length === 0 ? (
        <p className="card empty-state section">{t('entries.empty')}</p>
      ) : (
        <ul className="entry-grid section">
          {shown.map((entry) => {
            const titleId = `entry-${entry.id}-title`;
            return (
              <li key={entry.id} className={entry.id === winnerId ? 'card entry-card entry-card-winner' : 'card entry-card'}>
                <article aria-labelledby={titleId}>
                  <h2 id={titleId} className="entry-title">
                    {entry.title}
                  </h2>
                  {entry.id === winnerId && (
                    <p className="job-card-labels">
                      <span className="badge badge-state badge-state-hired">{t('work.entryResult.won')}</span>
                    </p>
                  )}
                  <dl className="job-meta">
                    <div>
                      <dt>{t('entries.by')}</dt>
                      <dd>
                        {entry.worker.withdrawn ? (
                          entry.worker.displayName
                        ) : (
                          <Link to={`/u/${encodeURIComponent(entry.worker.username)}`}>{entry.worker.displayName}</Link>
                        )}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('entries.submittedAt')}</dt>
                      <dd>
                        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, lang)}</time>
                      </dd>
                    </div>
                  </dl>
                  {entry.description && <p className="job-text entry-description">{entry.description}</p>}
                  <AttachmentList files={entry.attachments} thumbnails label={t('attachments.title')} />
                  {selecting && entry.status === 'submitted' && (
                    <ChooseWinner job={job} entry={entry} onChange={changed} onStale={onStale} />
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function WorkerEntries({ job, entries, onChange }: { job: JobDetail; entries: Entry[]; onChange: (entries: Entry[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const withdrawForm = useFormSubmit([]);
  const statusRef = useRef<HTMLDivElement>(null);
  const jobLink = `/jobs/${encodeURIComponent(job.id)}`;
  const open = job.kind === 'competition' && job.status === 'open';
  // Entries may be withdrawn until the result is decided, during selection too.
  const withdrawable = job.kind === 'competition' && resultPending(job);
  const winnerId = job.work?.competition?.winnerEntryId ?? null;

  const withdraw = async (entry: Entry) => {
    setNotice(null);
    setBusyId(entry.id);
    await withdrawForm.run(async () => {
      await entriesApi.withdraw(entry.id);
      onChange(entries.map((e) => (e.id === entry.id ? { ...e, status: 'withdrawn' } : e)));
      setNotice(t('entries.withdrawn', { title: entry.title }));
      statusRef.current?.focus();
    });
    setBusyId(null);
  };

  return (
    <>
      {job.kind !== 'competition' ? (
        <p className="note">
          {t('entries.notCompetition')} <Link to={jobLink}>{t('entries.toJob')}</Link>
        </p>
      ) : open ? (
        <>
          <p className="lead">{t('entries.lead')}</p>
          <JobLine job={job} />
          <EntryForm
            job={job}
            onSubmitted={(entry) => {
              onChange([entry, ...entries]);
              setNotice(t('entries.submitted', { title: entry.title }));
            }}
          />
        </>
      ) : (
        <p className="note job-state-note">
          {t('entries.closed')} <Link to={jobLink}>{t('entries.toJob')}</Link>
        </p>
      )}
      {job.kind === 'competition' && job.status !== 'open' && entries.length > 0 && <SelectionStatus job={job} />}
      {winnerId !== null && entries.some((e) => e.id === winnerId) && (
        <p className="work-paid-note section">{t('work.mine.resultNote.won')}</p>
      )}

      <div ref={statusRef} tabIndex={-1} className="decision-status section">
        <StatusMessage>{notice}</StatusMessage>
      </div>

      <section aria-labelledby="my-entries" className="section">
        <h2 id="my-entries">{t('entries.mine')}</h2>
        <FormAlert problem={withdrawForm.problem} alertRef={withdrawForm.alertRef} />
        {entries.length === 0 ? (
          <p className="muted">{t('entries.mineEmpty')}</p>
        ) : (
          <ul className="entry-grid">
            {entries.map((entry) => {
              const titleId = `entry-${entry.id}-title`;
              const submitted = entry.status === 'submitted';
              return (
                <li key={entry.id} className={submitted ? 'card entry-card' : 'card entry-card entry-card-withdrawn'}>
                  <article aria-labelledby={titleId}>
                    <h3 id={titleId} className="entry-title">
                      {entry.title}
                    </h3>
                    <p className="job-card-labels">
                      {entry.id === winnerId ? (
                        <span className="badge badge-state badge-state-hired">{t('work.entryResult.won')}</span>
                      ) : (
                        <span
                          className={
                            submitted ? 'badge badge-state badge-state-pending' : 'badge badge-state badge-state-withdrawn'
                          }
                        >
                          {submitted ? t('entries.statusSubmitted') : t('entries.statusWithdrawn')}
                        </span>
                      )}
                      <time className="muted small" dateTime={entry.createdAt}>
                        {formatDate(entry.createdAt, lang)}
                      </time>
                    </p>
                    {entry.description && <p className="job-text entry-description">{entry.description}</p>}
                    <AttachmentList files={entry.attachments} thumbnails label={t('attachments.title')} />
                    {submitted && withdrawable && (
                      <ConfirmStep
                        variant="danger"
                        buttonClassName="btn-small"
                        busy={busyId === entry.id}
                        disabled={busyId !== null}
                        label={
                          <>
                            {t('entries.withdraw')}
                            <span className="visually-hidden">: {entry.title}</span>
                          </>
                        }
                        title={t('confirm.withdrawEntry.title', { title: entry.title })}
                        confirmLabel={t('confirm.withdrawEntry.confirm')}
                        onConfirm={() => withdraw(entry)}
                      >
                        <p>{t('confirm.withdrawEntry.body')}</p>
                      </ConfirmStep>
                    )}
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

function EntryForm({ job, onSubmitted }: { job: JobDetail; onSubmitted: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(['title', 'description', 'attachmentIds']);
  const attachments = useAttachments();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const body = { title, description, attachmentIds: attachments.ids };
    const errors = schemaErrors(EntryBody, body, lang);
    if (attachments.busy) errors.attachmentIds = t('attachments.wait');
    if (Object.keys(errors).length > 0) return form.fail(errors);
    void form.run(async () => {
      const entry = await entriesApi.submit(job.id, body);
      setTitle('');
      setDescription('');
      attachments.reset();
      onSubmitted(entry);
    });
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form section entry-form">
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <TextField
        label={t('entries.entryTitle')}
        hint={t('entries.entryTitleHint')}
        name="title"
        required
        autoComplete="off"
        maxLength={100}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={form.fieldErrors.title}
      />
      <TextAreaField
        label={t('entries.description')}
        hint={t('entries.descriptionHint')}
        name="description"
        rows={6}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={form.fieldErrors.description}
      />
      <AttachmentField attachments={attachments} error={attachmentError(form.fieldErrors)} />
      <div className="form-actions">
        <Button type="submit" className="btn-large" busy={form.submitting}>
          {t('entries.submit')}
        </Button>
      </div>
    </form>
  );
}
