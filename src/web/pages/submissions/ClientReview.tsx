// The task's client on its submissions page: the counts and the rules of judging, the
// submissions filtered by status (waiting ones first), and 承認する / 非承認にする on each.
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import type { Submission, SubmissionList } from '../../api/work';
import { FilteredList, readFilter } from '../../components/FilterTabs';
import { FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { SubmissionCard } from '../jobs/workParts';
import { Judge } from './Judge';
import { ReviewRules } from './ReviewRules';

type Filter = 'all' | 'pending' | 'approved' | 'rejected';
const FILTERS: [Filter, ...Filter[]] = ['all', 'pending', 'approved', 'rejected'];

/** Waiting ones first, then newest first. */
function byReviewOrder(a: Submission, b: Submission): number {
  const waiting = Number(b.status === 'pending') - Number(a.status === 'pending');
  return waiting !== 0 ? waiting : b.createdAt.localeCompare(a.createdAt);
}

export function ClientReview({
  job,
  list,
  onChange,
  onStale,
}: {
  job: JobDetail;
  list: SubmissionList;
  onChange: (l: SubmissionList) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  const base = `/jobs/${encodeURIComponent(job.id)}/submissions`;
  const notice = useFocusedNotice();

  const count = (f: Filter) =>
    f === 'all' ? list.items.filter((s) => s.status !== 'withdrawn').length : list.counts[f as Exclude<Filter, 'all'>];
  const shown = list.items.filter((s) => (filter === 'all' ? s.status !== 'withdrawn' : s.status === filter)).sort(byReviewOrder);
  const label = (f: Filter) => t(`work.review.filter.${f}`);
  const changed = (next: SubmissionList, message: string) => {
    onChange(next);
    notice.announce(message);
  };

  return (
    <>
      <ReviewRules job={job} list={list} />
      <FocusedStatus notice={notice} className="section" />
      <FilteredList
        label={t('work.review.filterLabel')}
        base={base}
        filters={FILTERS}
        current={filter}
        text={label}
        count={count}
        countSuffix={t('work.review.countSuffix')}
        listId="submissions-list"
        listClassName="submission-list"
        items={shown}
        empty={list.items.length === 0 ? t('work.review.empty') : t('work.review.emptyFilter')}
      >
        {(s) => (
          <SubmissionCard key={s.id} submission={s} showWorker>
            {s.status === 'pending' && <Judge job={job} submission={s} list={list} onChange={changed} onStale={onStale} />}
          </SubmissionCard>
        )}
      </FilteredList>
    </>
  );
}
