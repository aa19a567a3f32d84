// Above the submissions: how many wait, were approved or rejected, the slots left, and the
// rules of judging (the judge-by date or the automatic approval, the rejection cap).
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import type { SubmissionList } from '../../api/work';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatYen } from '../../lib/format';
import { Countdown } from '../contracts/contractParts';
import { workOf } from '../jobs/workParts';

export function ReviewRules({ job, list }: { job: JobDetail; list: SubmissionList }) {
  const { t } = useTranslation();
  const lang = useLang();
  const work = workOf(job);
  const judgeBy = list.judgeBy ?? work?.task?.judgeBy ?? null;
  const autoDays = work?.task?.autoApproveDays ?? 0;
  const counted = (n: number) => t('work.rules.count', { n: formatNumber(n, lang) });

  return (
    <>
      <dl className="money-summary work-review-summary">
        <div>
          <dt>{t('work.review.pending')}</dt>
          <dd>{counted(list.counts.pending)}</dd>
        </div>
        <div>
          <dt>{t('work.review.approved')}</dt>
          <dd>{counted(list.counts.approved)}</dd>
        </div>
        <div>
          <dt>{t('work.review.rejected')}</dt>
          <dd>{counted(list.counts.rejected)}</dd>
        </div>
        {work?.task && (
          <div>
            <dt>{t('work.rules.slotsLeft')}</dt>
            <dd>
              {t('work.rules.slotsLeftValue', {
                n: formatNumber(work.task.slotsLeft, lang),
                units: formatNumber(work.money.units, lang),
              })}
            </dd>
          </div>
        )}
      </dl>

      <div className="work-rule-box section">
        {judgeBy ? (
          <>
            <Countdown
              iso={judgeBy}
              text={(left) => t('work.review.judgeLeft', { left })}
              past={t('work.review.judgePast')}
              note={t('work.review.judgeByNote', { date: formatDateTime(judgeBy, lang) })}
            />
            <p className="small">{t('work.review.autoApproveClosed')}</p>
          </>
        ) : (
          <p className="small">{t('work.review.autoApproveOpen', { days: formatNumber(autoDays, lang) })}</p>
        )}
        <p className="small">
          {t('work.review.rejectRule', { percent: formatNumber(list.rejection.limitPercent, lang) })}
          {lang === 'en' ? ' ' : ''}
          {list.rejection.allowedNow
            ? t('work.review.rejectAllowed')
            : t('work.review.rejectCapped', { n: formatNumber(list.rejection.submissionsUntilNext ?? 0, lang) })}
        </p>
        {work && <p className="small">{t('work.review.approveRule', { amount: formatYen(work.money.unitPrice) })}</p>}
      </div>
    </>
  );
}
