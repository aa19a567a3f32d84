// Pieces shared by the task and competition pages: the money of a posting as the client and
// as a worker read it, the escrow badge, submission and entry-result badges, one
// submission as a card, and a panel heading that takes focus when the panel opens.
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import type { EntryResult, Submission, SubmissionStatus, WorkMoney, WorkState } from '../../api/work';
import { AttachmentList } from '../../components/Attachments';
import { Button } from '../../components/Button';
import { useLang } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatYen } from '../../lib/format';
import '../../money.css';
import '../contracts/contracts.css';
import './work.css';
import { MoneyRows } from '../../components/money/MoneyRows';

/**
 * What an action on a task or competition gets: the posting, where the posting as the server
 * answered goes (with the news to announce), and the reload for when it was out of date.
 */
export interface WorkActionProps {
  job: JobDetail;
  onChange: (next: JobDetail, message: string) => void;
  onStale: () => void;
}

/** The posting's work state; null for a project (or an answer without one). */
export function workOf(job: JobDetail): WorkState | null {
  return job.kind === 'project' ? null : job.work;
}

/** Whether the budget is in escrow now (funded) or was (settled at close). */
export function isPaid(work: WorkState | null): boolean {
  return work !== null && (work.escrowStatus === 'funded' || work.escrowStatus === 'closed');
}

/** 「仮払い済み」 for everyone once the budget is in escrow. */
export function EscrowBadge({ work }: { work: WorkState | null }) {
  const { t } = useTranslation();
  if (!isPaid(work)) return null;
  return <span className="badge badge-escrow">{t('work.escrow.paidBadge')}</span>;
}

/**
 * What the client pays into escrow. A task: 単価(税込) × 件数, システム利用料, its 消費税,
 * 合計. A competition: 賞金(税込), システム利用料, 消費税, 合計.
 */
export function ClientMoneyTable({ job, money, caption }: { job: JobDetail; money: WorkMoney; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const task = job.kind === 'task';
  const rows: { key: string; label: string; value: string; total?: boolean }[] = [
    task
      ? {
          key: 'price',
          label: t('work.money.taskPrice', { unit: formatYen(money.unitPrice), units: formatNumber(money.units, lang) }),
          value: formatYen(money.unitPrice * money.units),
        }
      : { key: 'price', label: t('work.money.prize'), value: formatYen(money.unitPrice * money.units) },
    { key: 'fee', label: t('work.money.clientFee'), value: formatYen(money.clientFee * money.units) },
    { key: 'tax', label: t('work.money.clientFeeTax'), value: formatYen(money.clientFeeTax * money.units) },
    { key: 'total', label: t('work.money.total'), value: formatYen(money.total), total: true },
  ];
  return <MoneyRows rows={rows} caption={caption} className="work-money-table" />;
}

/** What a worker receives for one approved submission, or for the prize: price, fee, net. */
export function WorkerMoneyTable({ job, money, caption }: { job: JobDetail; money: WorkMoney; caption: string }) {
  const { t } = useTranslation();
  const rows = [
    {
      key: 'gross',
      label: job.kind === 'task' ? t('work.money.unitPrice') : t('work.money.prize'),
      value: formatYen(money.unitPrice),
    },
    {
      key: 'fee',
      label: t('work.money.workerFee'),
      value: t('work.money.deduction', { amount: formatYen(money.workerFee + money.workerFeeTax) }),
    },
    {
      key: 'net',
      label: job.kind === 'task' ? t('work.money.workerNetTask') : t('work.money.workerNetPrize'),
      value: formatYen(money.workerNet),
      total: true,
    },
  ];
  return <MoneyRows rows={rows} caption={caption} className="work-money-table" />;
}

const SUBMISSION_TONES: Record<SubmissionStatus, string> = {
  pending: 'pending',
  approved: 'hired',
  rejected: 'declined',
  withdrawn: 'withdrawn',
};

/** 判定待ち / 承認 / 非承認 / 取り下げ */
export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-state badge-state-${SUBMISSION_TONES[status]}`}>{t(`work.submissionStatus.${status}`)}</span>
  );
}

const RESULT_TONES: Record<EntryResult, string> = {
  pending: 'pending',
  won: 'hired',
  shared: 'hired',
  lost: 'expired',
  no_winner: 'withdrawn',
};

/** 結果待ち / 採用 / 賞金を分配 / 不採用 / 採用なし */
export function EntryResultBadge({ result }: { result: EntryResult }) {
  const { t } = useTranslation();
  return <span className={`badge badge-state badge-state-${RESULT_TONES[result]}`}>{t(`work.entryResult.${result}`)}</span>;
}

/** A panel's 戻る, kept from interrupting the panel's action while it runs. */
export function PanelBack({ busy, onClick }: { busy: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="secondary" disabled={busy} onClick={onClick}>
      {t('contracts.milestones.back')}
    </Button>
  );
}

/** A panel's buttons: its own action, then 戻る. */
export function PanelActions({ busy, onBack, children }: { busy: boolean; onBack: () => void; children: ReactNode }) {
  return (
    <div className="form-actions">
      {children}
      <PanelBack busy={busy} onClick={onBack} />
    </div>
  );
}

/** A panel's heading, focused when the panel opens. */
export function PanelHeading({ children, level = 3 }: { children: ReactNode; level?: 3 | 4 }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag ref={ref} tabIndex={-1} className="panel-heading">
      {children}
    </Tag>
  );
}

/**
 * One task submission: who, when, its text and files, where it stands and the reason of a
 * rejection. `children` holds the actions the viewer may take.
 */
export function SubmissionCard({
  submission: s,
  showWorker,
  headingLevel = 3,
  children,
}: {
  submission: Submission;
  showWorker: boolean;
  headingLevel?: 3 | 4;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `submission-${s.id}-title`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const title = showWorker
    ? t('work.submission.titleBy', { name: s.worker.displayName })
    : t('work.submission.titleAt', { date: formatDate(s.createdAt, lang) });
  return (
    <li className={s.status === 'withdrawn' ? 'card submission-card submission-card-muted' : 'card submission-card'}>
      <article aria-labelledby={titleId}>
        <div className="card-head">
          <Heading id={titleId} className="submission-title">
            {showWorker && !s.worker.withdrawn ? (
              <>
                <Link to={`/u/${encodeURIComponent(s.worker.username)}`}>{s.worker.displayName}</Link>
                <span className="visually-hidden">{t('work.submission.titleSuffix')}</span>
              </>
            ) : (
              title
            )}
          </Heading>
          <SubmissionStatusBadge status={s.status} />
        </div>
        <dl className="job-meta">
          <div>
            <dt>{t('work.submission.submittedAt')}</dt>
            <dd>
              <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, lang)}</time>
            </dd>
          </div>
          {s.decidedAt && (s.status === 'approved' || s.status === 'rejected') && (
            <div>
              <dt>{t('work.submission.decidedAt')}</dt>
              <dd>
                <time dateTime={s.decidedAt}>{formatDateTime(s.decidedAt, lang)}</time>
                {s.decidedBy === 'system' && <span className="muted small"> {t('work.submission.bySystem')}</span>}
              </dd>
            </div>
          )}
        </dl>
        <div className="job-text submission-body">{s.body}</div>
        <AttachmentList files={s.attachments} thumbnails label={t('attachments.title')} />
        {s.status === 'rejected' && s.rejectReason && (
          <div className="submission-reason">
            <p className="submission-reason-label">{t('work.submission.rejectReason')}</p>
            <p className="job-text">{s.rejectReason}</p>
          </div>
        )}
        {children}
      </article>
    </li>
  );
}
