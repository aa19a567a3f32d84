// The written terms of a task or a competition (取引条件の明示, フリーランス・事業者間取引
// 適正化等法 第3条), short: what is delivered and where, by when, when inspection ends, the
// fee, the payment date and how it is paid. A task's or competition's fee is paid when a
// submission is approved or a winner chosen, so the dates are stated as rules from that day.
import { useTranslation } from 'react-i18next';
import type { JobDetail } from '../../../shared/api/jobs';
import type { WorkState } from '../../api/work';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatYen } from '../../lib/format';

export function WorkTerms({ job, work }: { job: JobDetail; work: WorkState }) {
  const { t } = useTranslation();
  const lang = useLang();
  const task = work.task !== null && work.task !== undefined;
  const inspection = work.task
    ? t('work.terms.inspectionTask', { days: formatNumber(work.task.autoApproveDays, lang) })
    : t('work.terms.inspectionCompetition', {
        days: formatNumber(work.competition?.selectionDays ?? 0, lang),
      });
  return (
    <section aria-labelledby="work-terms" className="work-terms">
      <h3 id="work-terms" className="work-rules-subtitle">
        {t('work.terms.title')}
      </h3>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('work.terms.commissioned')}</dt>
          <dd>{task ? t('work.terms.commissionedTask') : t('work.terms.commissionedCompetition')}</dd>
        </div>
        <div>
          <dt>{t('work.terms.what')}</dt>
          <dd>{t('work.terms.whatValue', { title: job.title })}</dd>
        </div>
        <div>
          <dt>{t('work.terms.due')}</dt>
          <dd>{formatDateTime(job.deadline, lang)}</dd>
        </div>
        <div>
          <dt>{t('work.terms.place')}</dt>
          <dd>{t('work.terms.placeValue')}</dd>
        </div>
        <div>
          <dt>{t('work.terms.inspection')}</dt>
          <dd>{inspection}</dd>
        </div>
        <div>
          <dt>{t('work.terms.amount')}</dt>
          <dd>{t('work.terms.amountValue', { amount: formatYen(work.money.workerNet) })}</dd>
        </div>
        <div>
          <dt>{t('work.terms.paymentDate')}</dt>
          <dd>{t('work.terms.paymentDateValue')}</dd>
        </div>
        <div>
          <dt>{t('work.terms.paymentMethod')}</dt>
          <dd>{t('work.terms.paymentMethodValue')}</dd>
        </div>
      </dl>
    </section>
  );
}
