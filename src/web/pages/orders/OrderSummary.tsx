// The order part of a service order's contract page (取引ページ): what was bought — the
// package, the options, the price, the delivery date, the acceptance window and what the
// seller asked for — and, for a buyer whose order is late, the cancel with full refund.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Contract, contractsApi } from '../../api/contracts';
import { type OrderTerms, ordersApi } from '../../api/orders';
import { ConfirmStep } from '../../components/ConfirmStep';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate, formatPlainDate, formatYen } from '../../lib/format';
import { ActionAlert, type OnContractChange, useIdempotencyKey } from '../contracts/contractParts';
import styles from './orders.module.css';

interface Props {
  order: OrderTerms;
  contract: Contract;
  onChange: OnContractChange;
  onStale: () => void;
}

export function OrderSummary({ order, contract, onChange, onStale }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section aria-labelledby="order-summary" className={`section card ${styles.summary}`}>
      <h2 id="order-summary">{t('order.heading')}</h2>
      <dl className="facts facts-compact">
        <Fact label={t('order.service')}>
          <Link to={`/services/${encodeURIComponent(order.service.id)}`}>{order.service.title}</Link>
        </Fact>
        <Fact label={order.quoteId ? t('order.quote') : t('order.package')}>
          {t('order.packageValue', { name: order.package.name, revisions: order.package.revisions })}
        </Fact>
        {order.package.includes && <Fact label={t('order.includes')}>{order.package.includes}</Fact>}
        <Fact label={t('order.options')}>
          {order.options.length === 0 ? (
            t('order.noOptions')
          ) : (
            <ul className={styles.options}>
              {order.options.map((o) => (
                <li key={o.id}>
                  {o.title}({formatYen(o.price)})
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t('order.price')} className="job-money">
          {formatYen(order.price)}
        </Fact>
        <Fact label={t('order.deliveryDate')}>
          <time dateTime={order.deliveryDate}>{formatPlainDate(order.deliveryDate, lang)}</time>
        </Fact>
        <Fact label={t('order.acceptance')}>{t('order.acceptanceValue', { days: order.acceptanceDays })}</Fact>
        <Fact label={t('order.orderedAt')}>
          <time dateTime={order.createdAt}>{formatDate(order.createdAt, lang)}</time>
        </Fact>
      </dl>
      <ul className="link-list">
        <li>
          <Link to={`/contracts/${encodeURIComponent(contract.id)}/terms`}>{t('order.termsLink')}</Link>
        </li>
        <li>
          <Link to={`/consultations/new?contract=${encodeURIComponent(contract.id)}`}>{t('consultations.link')}</Link>
        </li>
      </ul>
      {order.buyerRequest && (
        <div className={styles.request}>
          <h3>{t('order.buyerRequest')}</h3>
          <p>{order.buyerRequest}</p>
        </div>
      )}
      {order.actions.includes('cancel_late') && (
        <CancelLate order={order} contract={contract} onChange={onChange} onStale={onStale} />
      )}
    </section>
  );
}

/** 納品遅延によるキャンセル: the buyer ends a late order and gets the escrow back in full. */
function CancelLate({ order, contract, onChange, onStale }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const form = useApiForm<Record<string, never>>({ fields: [] });
  const idempotency = useIdempotencyKey();
  const cancel = () =>
    form.run(async () => {
      await idempotency.send((key) => ordersApi.cancelLate(order.id, key));
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      onChange(await contractsApi.get(contract.id), t('order.cancelLate.done'));
    });
  return (
    <div className={`contract-panel ${styles.cancel}`}>
      <h3>{t('order.cancelLate.title')}</h3>
      <p>{t('order.cancelLate.lead', { date: formatPlainDate(order.deliveryDate, lang) })}</p>
      <ActionAlert form={form} onStale={onStale} />
      <ConfirmStep
        variant="danger"
        busy={form.submitting}
        label={t('order.cancelLate.submit')}
        title={t('order.cancelLate.title')}
        confirmLabel={t('order.cancelLate.submit')}
        onConfirm={cancel}
      >
        <p>{t('order.cancelLate.confirm')}</p>
      </ConfirmStep>
    </div>
  );
}
