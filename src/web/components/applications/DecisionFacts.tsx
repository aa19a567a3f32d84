// Facts of an application or an offer, in its summary list: a dated fact, and when and why
// it was decided.

import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDate, formatNumber, formatYenText } from '../../lib/format';

/** What the worker proposed: the quoted amount and the days to deliver. */
export function QuoteFacts({ amount, days }: { amount: number; days: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <div>
        <dt>{t('application.quote')}</dt>
        <dd className="job-money">{t('application.quoteValue', { amount: formatYenText(amount, lang) })}</dd>
      </div>
      <div>
        <dt>{t('application.days')}</dt>
        <dd>{t('application.daysValue', { n: formatNumber(days, lang) })}</dd>
      </div>
    </>
  );
}

export function DateFact({ label, iso }: { label: string; iso: string }) {
  const lang = useLang();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <time dateTime={iso}>{formatDate(iso, lang)}</time>
      </dd>
    </div>
  );
}

/** 「回答日」 once decided, and the reason given when it was declined. */
export function DecidedFacts({
  decidedAt,
  declineReason,
  labels,
}: {
  decidedAt: string | null;
  /** Only for a declined one. */
  declineReason: string | null;
  labels: { decidedAt: string; declineReason: string };
}) {
  return (
    <>
      {decidedAt && <DateFact label={labels.decidedAt} iso={decidedAt} />}
      {declineReason && (
        <div>
          <dt>{labels.declineReason}</dt>
          <dd className="job-text">{declineReason}</dd>
        </div>
      )}
    </>
  );
}
