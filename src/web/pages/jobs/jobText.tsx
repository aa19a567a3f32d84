// Labels and small pieces shared by the job pages: kind and status badges, money, the
// deadline with its countdown, and the client's name.
import { useTranslation } from 'react-i18next';
import { CATEGORY_TREE, categoryLabel, categoryParent, JOB_TAGS } from '../../../domain/jobs/categories';
import type { JobKind, JobStatus } from '../../../domain/jobs/posting';
import type { JobSummary } from '../../../shared/api/jobs';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatDateTime, formatMonthDayTime, formatYenRange, formatYenText, timeLeft } from '../../lib/format';

export function useJobText() {
  const { t } = useTranslation();
  const lang = useLang();

  const kind = (k: JobKind): string =>
    ({ project: t('jobs.kindProject'), task: t('jobs.kindTask'), competition: t('jobs.kindCompetition') })[k];
  const kindBody = (k: JobKind): string =>
    ({ project: t('jobs.kindProjectBody'), task: t('jobs.kindTaskBody'), competition: t('jobs.kindCompetitionBody') })[k];
  const status = (s: JobStatus): string =>
    ({
      draft: t('jobs.statusDraft'),
      open: t('jobs.statusOpen'),
      closed: t('jobs.statusClosed'),
      cancelled: t('jobs.statusCancelled'),
    })[s];
  /** 「翻訳 › 英語翻訳」 */
  const category = (key: string): string => {
    const child = categoryLabel(key, lang) ?? key;
    const parentKey = categoryParent(key);
    const parent = parentKey ? CATEGORY_TREE[parentKey]?.label[lang] : undefined;
    return parent && parent !== child ? `${parent} › ${child}` : child;
  };
  const tag = (key: string): string => JOB_TAGS[key as keyof typeof JOB_TAGS]?.[lang] ?? key;
  const clientName = (client: JobSummary['client']): string =>
    client.withdrawn ? t('jobs.withdrawnClient') : client.displayName;
  /** What the budget line of a summary is called: 予算 / 報酬 / 賞金. */
  const budgetLabel = (k: JobKind): string =>
    ({ project: t('jobs.budget'), task: t('jobs.reward'), competition: t('jobs.prize') })[k];
  /** 「5,000円〜10,000円」, 「合計 5,000円」, 「30,000円」. */
  const budgetValue = (job: Pick<JobSummary, 'kind' | 'budget'>): string => {
    if (!job.budget) return t('jobs.notSet');
    if (job.kind === 'task') return t('jobs.totalAmount', { amount: formatYenText(job.budget.max, lang) });
    return formatYenRange(job.budget.min, job.budget.max, lang);
  };

  return { kind, kindBody, status, category, tag, clientName, budgetLabel, budgetValue };
}

export function KindBadge({ kind }: { kind: JobKind }) {
  const text = useJobText();
  return <span className={`badge badge-kind badge-kind-${kind}`}>{text.kind(kind)}</span>;
}

export function StatusBadge({ status }: { status: JobStatus }) {
  const text = useJobText();
  return <span className={`badge badge-status badge-status-${status}`}>{text.status(status)}</span>;
}

/** 「あと3日」「あと5時間」; null when the time cannot be read. */
export function useCountdown() {
  const { t } = useTranslation();
  return (iso: string, now: Date = new Date()): { text: string; soon: boolean } | null => {
    const left = timeLeft(iso, now);
    if (!left) return null;
    if (left.unit === 'past') return { text: t('countdown.past'), soon: true };
    if (left.unit === 'hour') {
      return { text: left.n === 1 ? t('countdown.hourLeft') : t('countdown.hoursLeft', { n: left.n }), soon: true };
    }
    return { text: left.n === 1 ? t('countdown.dayLeft') : t('countdown.daysLeft', { n: left.n }), soon: left.n <= 3 };
  };
}

/** 「4月10日 18:00(あと3日)」; the countdown only while the job takes applications. */
export function Deadline({ iso, countdown }: { iso: string; countdown: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const countdownOf = useCountdown();
  const when = formatMonthDayTime(iso, lang);
  const left = countdown ? countdownOf(iso) : null;
  return (
    <time dateTime={iso} title={formatDateTime(iso, lang)} className={left?.soon ? 'deadline deadline-soon' : 'deadline'}>
      {left ? t('countdown.withCountdown', { when, left: left.text }) : when}
    </time>
  );
}

/** The deadline as one fact of a job's list of facts. */
export function DeadlineFact({ iso, countdown }: { iso: string; countdown: boolean }) {
  const { t } = useTranslation();
  return (
    <Fact label={t('jobs.deadline')}>
      <Deadline iso={iso} countdown={countdown} />
    </Fact>
  );
}

export function TagChips({ tags, label }: { tags: string[]; label?: string }) {
  const text = useJobText();
  if (tags.length === 0) return null;
  return (
    <ul className="tags job-tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {text.tag(tag)}
        </li>
      ))}
    </ul>
  );
}

/** Categories grouped by parent for a select; with `parentAll`, each group starts with 「○○(すべて)」. */
export function categoryGroups(lang: 'ja' | 'en', parentAll?: (label: string) => string) {
  return Object.entries(CATEGORY_TREE).map(([key, parent]) => ({
    label: parent.label[lang],
    options: [
      ...(parentAll ? [{ value: key, label: parentAll(parent.label[lang]) }] : []),
      ...Object.entries(parent.children).map(([childKey, child]) => ({ value: childKey, label: child[lang] })),
    ],
  }));
}
