import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BuildBatchBody } from '../../../shared/api/bank';
import { fieldMessage, type Lang, type Problem } from '../../../shared/errors';
import { newIdempotencyKey, toProblem } from '../../api/client';
import { type PayoutBatch, payoutsApi, type StaffPayout, staffPayoutQueries } from '../../api/payouts';
import { Button } from '../../components/Button';
import { ApiFormFrame, FormAlert, StatusMessage } from '../../components/FormAlert';
import { FormTextField } from '../../components/FormFields';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatNumber, formatPlainDate, formatYenText } from '../../lib/format';
import { isDateInput, toDateInput } from '../../lib/input';
import { QueryView } from '../../lib/query';
import { schemaErrors } from '../../lib/validate';
import { yen } from '../documents/docParts';
import { BatchList, batchPath, RequestedList } from './StaffPayoutLists';
import { useReviewStep } from './useReviewStep';

/** The nearest transfer date still to come among the requests, else today. */
function defaultPaymentDate(requested: StaffPayout[], today: string): string {
  const upcoming = requested
    .map((p) => p.scheduledDate)
    .filter((d) => d >= today)
    .sort();
  return upcoming[0] ?? today;
}

/** The requests a batch for `date` would take: every one due on or before it. */
function dueBy(requested: StaffPayout[], date: string) {
  const due = isDateInput(date) ? requested.filter((p) => p.scheduledDate <= date) : [];
  return { count: due.length, total: due.reduce((sum, p) => sum + p.net, 0) };
}

/** /staff/payouts — 振込管理: build a batch for a payment date, the batches, and the requests not yet batched. */
export function StaffPayoutsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const overview = useQuery(staffPayoutQueries.overview());
  const [notice, setNotice] = useState<ReactNode>(null);
  const [round, setRound] = useState(0);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const onBuilt = (batch: PayoutBatch) => {
    const { items, ...summary } = batch;
    const taken = new Set(items.map((p) => p.id));
    queryClient.setQueryData(staffPayoutQueries.overview().queryKey, (data) =>
      data
        ? {
            batches: [summary, ...data.batches.filter((b) => b.id !== batch.id)],
            requested: data.requested.filter((p) => !taken.has(p.id)),
          }
        : data,
    );
    setRound((n) => n + 1);
    const date = formatPlainDate(batch.paymentDate, lang);
    setNotice(
      <>
        {t('payouts.staff.built', { date, count: formatNumber(batch.count, lang), total: formatYenText(batch.total, lang) })}{' '}
        <Link to={batchPath(batch.id)}>{t('payouts.staff.openBatch')}</Link>
      </>,
    );
  };

  return (
    <Page
      className="staff-payouts"
      title={t('payouts.staff.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('payouts.staff.lead')}
    >
      <div ref={noticeRef} tabIndex={-1} className="payout-notice">
        <StatusMessage>{notice}</StatusMessage>
      </div>
      <QueryView query={overview} canRetry={(problem) => problem.status !== 403}>
        {(data) => (
          <>
            <BuildBatchForm key={round} requested={data.requested} onBuilt={onBuilt} />
            <BatchList batches={data.batches} />
            <RequestedList requested={data.requested} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

interface Prepared {
  paymentDate: string;
  /** Made when the batch is reviewed; reused if sending it is retried. */
  key: string;
}

/** The date as typed, in the API's form: full-width digits and "/" or "." separators accepted. */
const normaliseDate = (typed: string) => typed.normalize('NFKC').trim().replace(/[/.]/g, '-');

/** What is wrong with a typed payment date, by field; empty when it may be sent. */
function paymentDateErrors(typed: string, lang: Lang): Record<string, string> {
  const value = normaliseDate(typed);
  if (value === '') return { paymentDate: fieldMessage('required', lang) };
  const errors = schemaErrors(BuildBatchBody, { paymentDate: value }, lang);
  if (!errors.paymentDate && !isDateInput(value)) errors.paymentDate = fieldMessage('date-invalid', lang);
  return errors;
}

/** 振込データを作る: a payment date (the nearest transfer date to start with), then a confirmation. */
function BuildBatchForm({ requested, onBuilt }: { requested: StaffPayout[]; onBuilt: (batch: PayoutBatch) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [today] = useState(() => toDateInput(new Date()));
  const form = useApiForm<{ paymentDate: string }>({
    fields: ['paymentDate'],
    defaultValues: { paymentDate: defaultPaymentDate(requested, today) },
    check: ({ paymentDate }) => paymentDateErrors(paymentDate, lang),
  });
  const date = form.watch('paymentDate');
  const step = useReviewStep<Prepared>('batch-review', form);
  const prepared = step.prepared;

  const due = dueBy(requested, prepared?.paymentDate ?? date);

  const review = form.onSubmit(async ({ paymentDate }) => {
    step.confirm({ paymentDate: normaliseDate(paymentDate), key: newIdempotencyKey() });
  });

  const send = form.onSubmit(async () => {
    if (!prepared) return;
    try {
      onBuilt(await payoutsApi.buildBatch({ paymentDate: prepared.paymentDate }, prepared.key));
    } catch (error) {
      // Nothing due, or a date the server refused: back to the date to choose another.
      const problem = toProblem(error);
      if (problem.status !== 0 && problem.status < 500) step.drop();
      throw error;
    }
  });

  return (
    <section aria-labelledby="payout-build" className="section card payout-build">
      <h2 id="payout-build">{t('payouts.staff.buildTitle')}</h2>
      <p>{t('payouts.staff.buildLead')}</p>
      {prepared ? (
        <div className="confirm-panel payout-confirm">
          <h3 ref={step.confirmRef} tabIndex={-1}>
            {t('payouts.staff.confirmTitle', { date: formatPlainDate(prepared.paymentDate, lang) })}
          </h3>
          <p>{t('payouts.staff.confirmLead')}</p>
          <dl className="payout-confirm-list">
            <Fact label={t('payouts.staff.paymentDate')}>{formatPlainDate(prepared.paymentDate, lang)}</Fact>
            <Fact label={t('payouts.staff.confirmCount')}>{formatNumber(due.count, lang)}</Fact>
            <div className="payout-confirm-net">
              <dt>{t('payouts.staff.confirmTotal')}</dt>
              <dd>{yen(due.total)}</dd>
            </div>
          </dl>
          <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
          <div className="form-actions">
            <Button busy={form.submitting} onClick={() => void send()}>
              {t('payouts.staff.submit')}
            </Button>
            <Button variant="secondary" disabled={form.submitting} onClick={step.back}>
              {t('payouts.staff.back')}
            </Button>
          </div>
        </div>
      ) : (
        <ApiFormFrame form={form} onSubmit={review} className="form" alert={<BatchDateAdvice problem={form.problem} />}>
          <FormTextField
            form={form}
            name="paymentDate"
            label={t('payouts.staff.paymentDate')}
            hint={t('payouts.staff.paymentDateHint')}
            type="date"
            required
            className="input-date"
          />
          <p className="payout-due" aria-live="polite">
            {due.count > 0
              ? t('payouts.staff.dueSummary', { count: formatNumber(due.count, lang), total: formatYenText(due.total, lang) })
              : t('payouts.staff.dueNone')}
          </p>
          <div className="form-actions">
            <Button id="batch-review" type="submit">
              {t('payouts.staff.review')}
            </Button>
          </div>
        </ApiFormFrame>
      )}
    </section>
  );
}

/** The dates a refused batch date points to: the business days around it, or the latest date it may carry. */
function BatchDateAdvice({ problem }: { problem: Problem | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = (value: unknown) => (typeof value === 'string' ? formatPlainDate(value, lang) : '');
  if (problem?.code === 'payout-date-not-business-day') {
    return <p>{t('payouts.staff.dateNotBusinessDay', { previous: date(problem.previous), next: date(problem.next) })}</p>;
  }
  if (problem?.code === 'payout-date-after-promise') {
    return <p>{t('payouts.staff.dateAfterPromise', { promised: date(problem.promisedDate), latest: date(problem.latest) })}</p>;
  }
  return null;
}
