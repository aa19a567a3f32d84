// The competition's client on its entries page: every entry still in (and the winner), and
// while entries are being chosen, 「この作品を採用する」 on each.
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import type { Entry } from '../../api/applications';
import { FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { MemberLink } from '../../components/MemberLink';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { EntryCard, JobLine, WinnerBadge } from './EntryCard';
import { ChooseWinner, isSelecting, SelectionStatus } from './Selection';

export function ClientEntries({
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
  const notice = useFocusedNotice();
  const winnerId = job.work?.competition?.winnerEntryId ?? null;
  // The winner stays listed even if its author has left since.
  const shown = entries.filter((e) => e.status === 'submitted' || e.id === winnerId);
  const selecting = isSelecting(job);
  const changed = (next: JobDetail, message: string) => {
    onJobChange(next);
    notice.announce(message);
  };
  return (
    <>
      <p className="lead">{t('entries.leadClient')}</p>
      <JobLine job={job} />
      <FocusedStatus notice={notice} className="section" />
      <SelectionStatus job={job} onChange={changed} onStale={onStale} />
      {shown.length === 0 ? (
        <p className="card empty-state section">{t('entries.empty')}</p>
      ) : (
        <ul className="entry-grid section">
          {shown.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              headingLevel={2}
              className={entry.id === winnerId ? 'card entry-card entry-card-winner' : 'card entry-card'}
              details={
                <>
                  {entry.id === winnerId && (
                    <p className="job-card-labels">
                      <WinnerBadge />
                    </p>
                  )}
                  <dl className="job-meta">
                    <div>
                      <dt>{t('entries.by')}</dt>
                      <dd>
                        <MemberLink member={entry.worker} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t('entries.submittedAt')}</dt>
                      <dd>
                        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, lang)}</time>
                      </dd>
                    </div>
                  </dl>
                </>
              }
            >
              {selecting && entry.status === 'submitted' && (
                <ChooseWinner job={job} entry={entry} onChange={changed} onStale={onStale} />
              )}
            </EntryCard>
          ))}
        </ul>
      )}
    </>
  );
}
