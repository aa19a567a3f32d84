// The rules of a task or a competition for everyone who reads the posting: that the money
// is paid up front (仮払い済み), what a worker receives after fees, how submissions are
// judged (承認・非承認, 自動承認) or how the winner is chosen (選定期間, 採用なし, 等分),
// and, once decided, the result of a competition.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobDetail } from '../../../shared/api/jobs';
import type { CompetitionState, TaskState, WorkState } from '../../api/work';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { Countdown } from '../contracts/contractParts';
import { WorkTerms } from './WorkTerms';
import { EscrowBadge, isPaid, WorkerMoneyTable, workOf } from './workParts';

export function WorkRulesSection({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  const work = workOf(job);
  if (!work) return null;
  const task = job.kind === 'task';
  return (
    <section aria-labelledby="job-work-rules" className="section card work-rules">
      <div className="work-payment-head">
        <h2 id="job-work-rules">{task ? t('work.rules.taskTitle') : t('work.rules.competitionTitle')}</h2>
        <EscrowBadge work={work} />
      </div>
      {isPaid(work) && <p className="work-paid-note">{t(task ? 'work.rules.paidTask' : 'work.rules.paidCompetition')}</p>}
      {work.task && <TaskFacts job={job} work={work} task={work.task} />}
      {work.competition && <CompetitionFacts job={job} work={work} competition={work.competition} />}
      <WorkTerms job={job} work={work} />
    </section>
  );
}

function TaskFacts({ job, work, task }: { job: JobDetail; work: WorkState; task: TaskState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const live = isPaid(work);
  return (
    <>
      {live && (
        <dl className="work-counts">
          <div>
            <dt>{t('work.rules.slotsLeft')}</dt>
            <dd>
              {t('work.rules.slotsLeftValue', {
                n: formatNumber(task.slotsLeft, lang),
                units: formatNumber(work.money.units, lang),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('work.rules.approved')}</dt>
            <dd>{t('work.rules.count', { n: formatNumber(task.approved, lang) })}</dd>
          </div>
          <div>
            <dt>{t('work.rules.pending')}</dt>
            <dd>{t('work.rules.count', { n: formatNumber(task.pending, lang) })}</dd>
          </div>
        </dl>
      )}
      <h3 className="work-rules-subtitle">{t('work.rules.workerGetsTask')}</h3>
      <WorkerMoneyTable job={job} money={work.money} caption={t('work.rules.workerGetsTask')} />
      <ul className="bullets work-rule-list">
        <li>{t('work.rules.taskJudge', { amount: formatYen(work.money.workerNet) })}</li>
        <li>{t('work.rules.taskAutoApprove', { days: formatNumber(task.autoApproveDays, lang) })}</li>
        <li>{t('work.rules.taskRejectLimit', { percent: formatNumber(task.rejectLimitPercent, lang) })}</li>
      </ul>
      {task.judgeBy && <p className="work-deadline">{t('work.rules.judgeBy', { date: formatDateTime(task.judgeBy, lang) })}</p>}
    </>
  );
}

function CompetitionFacts({ job, work, competition: c }: { job: JobDetail; work: WorkState; competition: CompetitionState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const selecting = job.status === 'closed' && work.escrowStatus === 'funded' && c.outcome === null && c.selectionDueAt;
  return (
    <>
      <CompetitionResult job={job} work={work} competition={c} />
      {isPaid(work) && (
        <dl className="work-counts">
          <div>
            <dt>{t('work.rules.entries')}</dt>
            <dd>
              {t('work.rules.entriesValue', {
                n: formatNumber(c.entries, lang),
                people: formatNumber(c.entrants, lang),
              })}
            </dd>
          </div>
        </dl>
      )}
      {selecting && c.selectionDueAt && (
        <div className="work-selecting">
          <p className="work-selecting-title">{t('work.rules.selecting')}</p>
          <Countdown
            iso={c.selectionDueAt}
            text={(left) => t('work.rules.selectionLeft', { left })}
            past={t('work.rules.selectionPast')}
            note={t('work.rules.selectionDue', { date: formatDateTime(c.selectionDueAt, lang) })}
          />
          {job.viewer.isOwner && (
            <Link to={`/jobs/${encodeURIComponent(job.id)}/entries`} className="btn btn-primary">
              {t('work.rules.chooseLink')}
            </Link>
          )}
        </div>
      )}
      <h3 className="work-rules-subtitle">{t('work.rules.workerGetsPrize')}</h3>
      <WorkerMoneyTable job={job} money={work.money} caption={t('work.rules.workerGetsPrize')} />
      <div className="work-rule-box">
        <ul className="bullets work-rule-list">
          <li>{t('work.rules.selectionPeriod', { days: formatNumber(c.selectionDays, lang) })}</li>
          <li className="work-rule-strong">{c.allowNoWinner ? t('work.rules.noWinnerAllowed') : t('work.rules.alwaysWinner')}</li>
          <li>{t('work.rules.shareRule')}</li>
        </ul>
      </div>
    </>
  );
}

/** 採用作品が決まりました / 採用なしで終了しました / 賞金を分配しました / … */
export function CompetitionResult({
  job,
  competition: c,
  linkEntries = true,
}: {
  job: JobDetail;
  work: WorkState;
  competition: CompetitionState;
  linkEntries?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!c.outcome) return null;
  const entriesLink = `/jobs/${encodeURIComponent(job.id)}/entries`;
  return (
    <div className={`work-result work-result-${c.outcome}`} role="note" aria-label={t('work.result.label')}>
      <p className="work-result-title">{t(`work.result.${c.outcome}`)}</p>
      {c.outcome === 'winner' && (
        <>
          {c.winner && (
            <dl className="facts facts-compact work-winner">
              <div>
                <dt>{t('work.result.winnerEntry')}</dt>
                <dd>{c.winner.title}</dd>
              </div>
              <div>
                <dt>{t('work.result.winnerAuthor')}</dt>
                <dd>
                  {c.winner.username ? (
                    <Link to={`/users/${encodeURIComponent(c.winner.username)}`}>{c.winner.displayName}</Link>
                  ) : (
                    t('publicProfile.withdrawn')
                  )}
                </dd>
              </div>
            </dl>
          )}
          <p>
            {t('work.result.winnerBody')} {linkEntries && <Link to={entriesLink}>{t('work.result.entriesLink')}</Link>}
          </p>
        </>
      )}
      {c.outcome === 'no_winner' && (
        <>
          <p>{t('work.result.noWinnerBody')}</p>
          {c.noWinnerReason && (
            <div className="submission-reason">
              <p className="submission-reason-label">{t('work.result.noWinnerReason')}</p>
              <p className="job-text">{c.noWinnerReason}</p>
            </div>
          )}
        </>
      )}
      {c.outcome === 'shared' && (
        <p>
          {t('work.result.sharedBody', { n: formatNumber(c.entrants, lang) })}{' '}
          {linkEntries && <Link to={entriesLink}>{t('work.result.entriesLink')}</Link>}
        </p>
      )}
      {c.outcome === 'no_entries' && <p>{t('work.result.noEntriesBody')}</p>}
    </div>
  );
}
