import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobSummary } from '../../../shared/api/jobs';
import { Fact } from '../../components/facts/Fact';
import { DeadlineFact, KindBadge, TagChips, useJobText } from './jobText';

/** One search result: kind, category, title link, excerpt, budget, deadline, client and tags. */
export function JobCard({ job }: { job: JobSummary }) {
  const { t } = useTranslation();
  const text = useJobText();
  return (
    <JobCardFrame job={job} titleId={`job-${job.id}-title`}>
      <dl className="job-meta">
        <Fact label={text.budgetLabel(job.kind)} className="job-money">
          {text.budgetValue(job)}
        </Fact>
        <DeadlineFact iso={job.deadline} countdown={job.status === 'open'} />
        <Fact label={t('jobs.client')}>{text.clientName(job.client)}</Fact>
      </dl>
      {job.excerpt && <p className="job-card-excerpt">{job.excerpt}</p>}
      <TagChips tags={job.tags} label={t('jobs.tags')} />
    </JobCardFrame>
  );
}

/**
 * A posting's card in a list: its title linking to the posting, its badges (`badges` come
 * first: a member's own list shows the status) and category, then what the list adds.
 */
export function JobCardFrame({
  job,
  titleId,
  badges,
  children,
}: {
  job: Pick<JobSummary, 'id' | 'title' | 'kind' | 'category'>;
  titleId: string;
  badges?: ReactNode;
  children: ReactNode;
}) {
  const text = useJobText();
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="job-card-title">
          <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</Link>
        </h3>
        <p className="job-card-labels">
          {badges}
          <KindBadge kind={job.kind} />
          <span className="job-card-category">{text.category(job.category)}</span>
        </p>
        {children}
      </article>
    </li>
  );
}
