// /quotes/:id/purchase — 見積りを購入する: the quote's terms, every yen (the package purchase's
// own parts) and the delivery date from the server's preview, the payment method, and the
// purchase; the order's contract page opens.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { FundMethod } from '../../api/contracts';
import { type QuotePreview, quoteQueries, quotesApi } from '../../api/quotes';
import { Button } from '../../components/Button';
import { FundMethodChoice } from '../../components/FundMethodChoice';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatPlainDate, formatYen } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { ActionAlert, useIdempotencyKey } from '../contracts/contractParts';
import { NotFoundPage } from '../errors/NotFoundPage';
import styles from '../orders/orders.module.css';
import { PreviewFigures, PreviewProblem } from '../orders/PreviewFigures';

export function QuotePurchasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const preview = useQuery(quoteQueries.preview(id));
  const problem = queryProblem(preview);
  if (problem?.code === 'not-found') return <NotFoundPage />;
  return (
    <Page
      className="purchase-page"
      title={t('quotes.purchase.title')}
      crumbs={
        preview.data
          ? [
              { to: `/services/${encodeURIComponent(preview.data.service.id)}`, label: preview.data.service.title },
              { to: `/inquiries/${encodeURIComponent(preview.data.quote.inquiryId)}`, label: t('quotes.purchase.crumbInquiry') },
            ]
          : [{ to: '/messages', label: t('quotes.page.crumbMessages') }]
      }
      lead={t('quotes.purchase.lead')}
    >
      {problem ? (
        <div className="card section">
          <PreviewProblem preview={preview} />
        </div>
      ) : (
        <QueryView query={preview}>{(p) => <QuotePurchaseForm preview={p} onStale={() => void preview.refetch()} />}</QueryView>
      )}
    </Page>
  );
}

function QuotePurchaseForm({ preview, onStale }: { preview: QuotePreview; onStale: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useApiForm<{ method: FundMethod }>({ fields: ['method'], defaultValues: { method: 'bank_transfer' } });
  const idempotency = useIdempotencyKey();
  const submit = form.onSubmit(async (values) => {
    const order = await idempotency.send((key) =>
      quotesApi.purchase(preview.quote.id, { method: values.method, expectedTotal: preview.total }, key),
    );
    void queryClient.invalidateQueries({ queryKey: ['orders'] });
    void queryClient.invalidateQueries({ queryKey: ['inquiry', preview.quote.inquiryId] });
    const notice = order.status === 'awaiting_escrow' ? t('purchase.doneTransfer') : t('purchase.done');
    navigate(`/contracts/${encodeURIComponent(order.contractId)}`, { state: { notice } });
  });
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className={`form ${styles.purchase}`}>
      <section aria-labelledby="quote-terms" className="card section">
        <h2 id="quote-terms">{t('quotes.purchase.terms')}</h2>
        <dl className="facts facts-compact">
          <Fact label={t('quotes.page.service')}>{preview.service.title}</Fact>
          <Fact label={t('quotes.page.seller')}>{preview.seller.displayName}</Fact>
          <Fact label={t('quotes.card.price')}>{formatYen(preview.package.price)}</Fact>
          <Fact label={t('quotes.card.revisions')}>{t('quotes.card.revisionsValue', { count: preview.package.revisions })}</Fact>
          <Fact label={t('quotes.card.includes')}>{preview.package.includes}</Fact>
        </dl>
        <p className="muted small">
          {t('quotes.purchase.validUntil', { date: formatPlainDate(preview.quote.validUntil, lang) })}
        </p>
        {preview.buyerRequest && (
          <div className={styles.requestBlock}>
            <h3>{t('purchase.buyerRequest')}</h3>
            <p className={styles.request}>{preview.buyerRequest}</p>
            <p className={styles.note}>{t('purchase.buyerRequestNote')}</p>
          </div>
        )}
      </section>
      <section aria-labelledby="purchase-summary" className="card section">
        <h2 id="purchase-summary">{t('purchase.summary')}</h2>
        <ActionAlert form={form} onStale={onStale} />
        <PreviewFigures preview={preview} title={preview.service.title} packageLabel={t('quotes.purchase.quoteRow')} />
        <dl className="facts facts-compact">
          <Fact label={t('purchase.deliveryDate')}>
            {t('purchase.deliveryDays', { date: formatPlainDate(preview.deliveryDate, lang), days: preview.deliveryDays })}
          </Fact>
          <Fact label={t('purchase.acceptance')}>{t('purchase.acceptanceValue', { days: preview.acceptanceDays })}</Fact>
        </dl>
        <p className={styles.note}>{t('purchase.lateNote')}</p>
        <FundMethodChoice
          name={`quote-method-${preview.quote.id}`}
          value={form.watch('method')}
          onChange={(v) => {
            idempotency.reset();
            form.clearProblem();
            form.setValue('method', v);
          }}
          error={form.errorOf('method')}
          hints={{ bank_transfer: t('purchase.bankTransferHint'), dev_card: t('purchase.devCardHint') }}
        />
        <p className={styles.note}>{t('purchase.confirmNote')}</p>
        <div className="form-actions">
          <Button type="submit" className="btn-large" busy={form.submitting}>
            {t('purchase.submit', { amount: formatYen(preview.total) })}
          </Button>
        </div>
        <p>
          <Link to={`/inquiries/${encodeURIComponent(preview.quote.inquiryId)}`}>{t('quotes.purchase.backToInquiry')}</Link>
        </p>
      </section>
    </form>
  );
}
