// One competition entry as a card: its title, what the reader needs to know about it
// (labels, meta), its description and files as thumbnails, and the actions on it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import type { Entry } from '../../api/applications';
import { AttachmentList } from '../../components/Attachments';
import { DeadlineFact } from '../jobs/jobText';

export function EntryCard({
  entry,
  className,
  headingLevel,
  details,
  children,
}: {
  entry: Entry;
  className: string;
  headingLevel: 2 | 3;
  /** Between the title and the description: the badges, who entered it and when. */
  details: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `entry-${entry.id}-title`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className={className}>
      <article aria-labelledby={titleId}>
        <Heading id={titleId} className="entry-title">
          {entry.title}
        </Heading>
        {details}
        {entry.description && <p className="job-text entry-description">{entry.description}</p>}
        <AttachmentList files={entry.attachments} thumbnails label={t('attachments.title')} />
        {children}
      </article>
    </li>
  );
}

/** 「採用」: the winning entry's badge. */
export function WinnerBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-state badge-state-hired">{t('work.entryResult.won')}</span>;
}

/** The competition's deadline above the entries. */
export function JobLine({ job }: { job: JobDetail }) {
  return (
    <dl className="job-meta entries-job">
      <DeadlineFact iso={job.deadline} countdown={job.status === 'open'} />
    </dl>
  );
}
