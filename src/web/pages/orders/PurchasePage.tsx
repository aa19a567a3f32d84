// /services/:id/purchase — 購入: the buyer picks a package and paid options, sees every yen
// (the price, the service fee and its tax, the total) and the delivery date from the
// server's own preview, chooses how to pay, and confirms; the order page opens.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { FundMethod } from '../../api/contracts';
import { orderQueries, ordersApi } from '../../api/orders';
import { Button } from '../../components/Button';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import { FundMethodChoice } from '../../components/FundMethodChoice';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatPlainDate, formatYen } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { ActionAlert, useIdempotencyKey } from '../contracts/contractParts';
import { NotFoundPage } from '../errors/NotFoundPage';
import styles from './orders.module.css';
import { PreviewFigures, PreviewProblem } from './PreviewFigures';

type Service = Awaited<ReturnType<typeof ordersApi.service>>;

interface Values {
  packageId: string;
  optionIds: string[];
  method: FundMethod;
}

export function PurchasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(orderQueries.service(id));
  if (queryProblem(query)?.code === 'not-found') return <NotFoundPage />;
  const service = query.data;
  return (
    <Page
      className="purchase-page"
      title={t('purchase.title')}
      crumbs={[
        { to: '/services', label: t('purchase.crumbServices') },
        ...(service ? [{ to: `/services/${encodeURIComponent(service.id)}`, label: service.title }] : []),
      ]}
      lead={t('purchase.lead')}
    >
      <QueryView query={query}>
        {(s) => (s.viewer.actions.includes('buy') ? <PurchaseForm service={s} /> : <NotBuyable service={s} />)}
      </QueryView>
    </Page>
  );
}

function NotBuyable({ service }: { service: Service }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-info">
      <p>{service.viewer.isOwner ? t('purchase.notBuyableOwn') : t('purchase.notBuyable')}</p>
      <p>
        <Link to={`/services/${encodeURIComponent(service.id)}`}>{t('purchase.backToService')}</Link>
      </p>
    </div>
  );
}

function PurchaseForm({ service }: { service: Service }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const asked = params.get('package');
  const firstPackage = service.packages.find((p) => p.id === asked) ?? service.packages[0];
  const form = useApiForm<Values>({
    fields: ['packageId', 'optionIds', 'method'],
    defaultValues: { packageId: firstPackage?.id ?? '', optionIds: [], method: 'bank_transfer' },
  });
  const idempotency = useIdempotencyKey();
  const choice = { packageId: form.watch('packageId'), optionIds: form.watch('optionIds') };
  const preview = useQuery({ ...orderQueries.preview(service.id, choice), placeholderData: keepPreviousData });
  const lang = useLang();

  // Another choice is another request: it needs its own key.
  const choose = <K extends keyof Values>(field: K, value: Values[K]) => {
    idempotency.reset();
    form.clearProblem();
    form.setValue(field, value as never);
  };

  const submit = form.onSubmit(async (values) => {
    const total = preview.data?.total;
    if (total === undefined || preview.isPlaceholderData) return;
    try {
      const order = await idempotency.send((key) => ordersApi.purchase(service.id, { ...values, expectedTotal: total }, key));
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      void queryClient.invalidateQueries({ queryKey: ['services', service.id] });
      const notice = order.status === 'awaiting_escrow' ? t('purchase.doneTransfer') : t('purchase.done');
      navigate(`/contracts/${encodeURIComponent(order.contractId)}`, { state: { notice } });
    } catch (error) {
      // The seller changed a price: show the new total, and say so.
      void preview.refetch();
      throw error;
    }
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className={`form ${styles.purchase}`}>
      <div className="card section">
        <ActionAlert form={form} onStale={() => void preview.refetch()} />
        <RadioGroup<string>
          legend={t('purchase.package')}
          name="packageId"
          required
          value={choice.packageId}
          onChange={(v) => choose('packageId', v)}
          error={form.errorOf('packageId')}
          options={service.packages.map((p) => ({
            value: p.id,
            label: (
              <span className="choice-text">
                <span>
                  {t('purchase.packageLabel', {
                    name: p.name,
                    price: formatYen(p.price),
                    days: p.deliveryDays,
                    revisions: p.revisions,
                  })}
                </span>
                {p.includes && <span className="muted small">{p.includes}</span>}
              </span>
            ),
          }))}
        />
        {service.options.length > 0 ? (
          <CheckboxGroup<string>
            legend={t('purchase.options')}
            hint={t('purchase.optionsHint')}
            name="optionIds"
            value={choice.optionIds}
            onChange={(v) => choose('optionIds', v)}
            error={form.errorOf('optionIds')}
            options={service.options.map((o) => ({
              value: o.id,
              label: `${t('purchase.optionLabel', { title: o.title, price: formatYen(o.price) })}${
                o.extraDays > 0 ? t('purchase.optionDays', { days: o.extraDays }) : ''
              }`,
            }))}
          />
        ) : (
          <p className={styles.note}>{t('purchase.noOptions')}</p>
        )}
        {service.buyerRequest && (
          <div className={styles.requestBlock}>
            <h2>{t('purchase.buyerRequest')}</h2>
            <p className={styles.request}>{service.buyerRequest}</p>
            <p className={styles.note}>{t('purchase.buyerRequestNote')}</p>
          </div>
        )}
      </div>
      <section aria-labelledby="purchase-summary" className="card section">
        <h2 id="purchase-summary">{t('purchase.summary')}</h2>
        {preview.data ? (
          <PreviewFigures preview={preview.data} title={service.title} />
        ) : queryProblem(preview) ? (
          <PreviewProblem preview={preview} />
        ) : (
          <p aria-live="polite">{t('purchase.loadingPreview')}</p>
        )}
        {preview.data && (
          <dl className="facts facts-compact">
            <Fact label={t('purchase.deliveryDate')}>
              {t('purchase.deliveryDays', {
                date: formatPlainDate(preview.data.deliveryDate, lang),
                days: preview.data.deliveryDays,
              })}
            </Fact>
            <Fact label={t('purchase.acceptance')}>{t('purchase.acceptanceValue', { days: preview.data.acceptanceDays })}</Fact>
          </dl>
        )}
        <p className={styles.note}>{t('purchase.lateNote')}</p>
        <FundMethodChoice
          name={`purchase-method-${service.id}`}
          value={form.watch('method')}
          onChange={(v) => choose('method', v)}
          error={form.errorOf('method')}
          hints={{ bank_transfer: t('purchase.bankTransferHint'), dev_card: t('purchase.devCardHint') }}
        />
        <p className={styles.note}>{t('purchase.confirmNote')}</p>
        <div className="form-actions">
          <Button
            type="submit"
            className="btn-large"
            busy={form.submitting}
            disabled={!preview.data || preview.isPlaceholderData || preview.isError}
          >
            {t('purchase.submit', { amount: formatYen(preview.data?.total ?? 0) })}
          </Button>
        </div>
      </section>
    </form>
  );
}
