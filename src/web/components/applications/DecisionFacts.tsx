// Facts of an application or an offer, in its summary list: a dated fact, and when and why
// it was decided.

import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDate, formatNumber, formatYenText } from '../../lib/format';
import { Fact } from '../facts/Fact';

/** What the worker proposed: the quoted amount and the days to deliver. */
export function QuoteFacts({ amount, days }: { amount: number; days: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Fact label={t('application.quote')} className="job-money">
        {t('application.quoteValue', { amount: formatYenText(amount, lang) })}
      </Fact>
      <Fact label={t('application.days')}>{t('application.daysValue', { n: formatNumber(days, lang) })}</Fact>
    </>
  );
}

export function DateFact({ label, iso }: { label: string; iso: string }) {
  const lang = useLang();
  return (
    <Fact label={label}>
      <time dateTime={iso}>{formatDate(iso, lang)}</time>
    </Fact>
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
        <Fact label={labels.declineReason} className="job-text">
          {declineReason}
        </Fact>
      )}
    </>
  );
}
