// A worker on a competition's entries page: the entry form while entries are taken, where
// the competition stands, and their own entries with 「取り下げる」 until the result.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import { type Entry, entriesApi } from '../../api/applications';
import { ConfirmStep } from '../../components/ConfirmStep';
import { FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { FormAlert } from '../../components/FormAlert';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { EntryCard, JobLine, WinnerBadge } from './EntryCard';
import { EntryForm } from './EntryForm';
import { resultPending, SelectionStatus } from './Selection';

export function WorkerEntries({
  job,
  entries,
  onChange,
}: {
  job: JobDetail;
  entries: Entry[];
  onChange: (entries: Entry[]) => void;
}) {
  const { t } = useTranslation();
  const notice = useFocusedNotice();
  const jobLink = `/jobs/${encodeURIComponent(job.id)}`;
  const open = job.kind === 'competition' && job.status === 'open';
  const winnerId = job.work?.competition?.winnerEntryId ?? null;

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
              notice.announce(t('entries.submitted', { title: entry.title }));
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
      <FocusedStatus notice={notice} className="section" />
      <MyEntries
        job={job}
        entries={entries}
        onWithdrawn={(entry) => {
          onChange(entries.map((e) => (e.id === entry.id ? { ...e, status: 'withdrawn' } : e)));
          notice.announce(t('entries.withdrawn', { title: entry.title }));
        }}
        onStart={notice.clear}
      />
    </>
  );
}

function MyEntries({
  job,
  entries,
  onWithdrawn,
  onStart,
}: {
  job: JobDetail;
  entries: Entry[];
  onWithdrawn: (entry: Entry) => void;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busyId, setBusyId] = useState<string | null>(null);
  const form = useApiForm({ fields: [] });
  // Entries may be withdrawn until the result is decided, during selection too.
  const withdrawable = job.kind === 'competition' && resultPending(job);
  const winnerId = job.work?.competition?.winnerEntryId ?? null;

  const withdraw = async (entry: Entry) => {
    onStart();
    setBusyId(entry.id);
    await form.onSubmit(async () => {
      await entriesApi.withdraw(entry.id);
      onWithdrawn(entry);
    })();
    setBusyId(null);
  };

  return (
    <section aria-labelledby="my-entries" className="section">
      <h2 id="my-entries">{t('entries.mine')}</h2>
      <FormAlert problem={form.problem} alertRef={form.alertRef} />
      {entries.length === 0 ? (
        <p className="muted">{t('entries.mineEmpty')}</p>
      ) : (
        <ul className="entry-grid">
          {entries.map((entry) => {
            const submitted = entry.status === 'submitted';
            return (
              <EntryCard
                key={entry.id}
                entry={entry}
                headingLevel={3}
                className={submitted ? 'card entry-card' : 'card entry-card entry-card-withdrawn'}
                details={
                  <p className="job-card-labels">
                    {entry.id === winnerId ? (
                      <WinnerBadge />
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
                }
              >
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
              </EntryCard>
            );
          })}
        </ul>
      )}
    </section>
  );
}
