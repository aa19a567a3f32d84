// /mypage/purchases — 購入した取引 (the services I bought) and /mypage/orders — 受けた取引
// (the orders of my services): one list each, newest first, each order linking to its
// contract page.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type OrderRole, type OrderRow, orderQueries } from '../../api/orders';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatPlainDate, formatYen } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ContractStatusBadge } from '../contracts/contractParts';

export function MyPurchasesPage() {
  return <MyOrders side="buyer" />;
}

export function MyOrdersPage() {
  return <MyOrders side="seller" />;
}

function MyOrders({ side: role }: { side: OrderRole }) {
  const { t } = useTranslation();
  const query = useQuery(orderQueries.mine(role));
  const buyer = role === 'buyer';
  return (
    <Page
      className="my-orders"
      title={buyer ? t('myOrders.purchasesTitle') : t('myOrders.ordersTitle')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={buyer ? t('myOrders.purchasesLead') : t('myOrders.ordersLead')}
      headingExtra={
        buyer ? (
          <Link to="/services" className="btn btn-secondary">
            {t('myOrders.findServices')}
          </Link>
        ) : undefined
      }
    >
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="empty">{buyer ? t('myOrders.emptyPurchases') : t('myOrders.emptyOrders')}</p>
          ) : (
            <>
              <p className="muted small">
                {data.items.length}
                {t('myOrders.countSuffix')}
              </p>
              <ul className="job-list">
                {data.items.map((o) => (
                  <OrderItem key={o.id} order={o} role={role} />
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </Page>
  );
}

function OrderItem({ order: o, role }: { order: OrderRow; role: OrderRole }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `order-${o.id}-title`;
  return (
    <li className="job-card card">
      <article aria-labelledby={titleId}>
        <h2 id={titleId} className="job-card-title">
          <Link to={`/contracts/${encodeURIComponent(o.contractId)}`}>{o.service.title}</Link>
        </h2>
        <p className="job-card-labels">
          <ContractStatusBadge status={o.status} />
          <span className="badge">{t(`myOrders.stage.${o.stage}`)}</span>
        </p>
        <dl className="job-meta">
          <Fact label={t('order.package')}>{o.packageName}</Fact>
          <Fact label={role === 'buyer' ? t('myOrders.paid') : t('myOrders.net')} className="job-money">
            {formatYen(o.amount)}
          </Fact>
          <Fact label={role === 'buyer' ? t('myOrders.seller') : t('myOrders.buyer')}>{o.other.displayName}</Fact>
          <Fact label={t('myOrders.deliveryDate')}>
            <time dateTime={o.deliveryDate}>{formatPlainDate(o.deliveryDate, lang)}</time>
          </Fact>
          <Fact label={t('myOrders.orderedAt')}>
            <time dateTime={o.createdAt}>{formatDate(o.createdAt, lang)}</time>
          </Fact>
        </dl>
        <p className="job-card-footer">
          <Link to={`/contracts/${encodeURIComponent(o.contractId)}`} className="btn btn-secondary btn-small">
            {t('myOrders.open')}
            <span className="visually-hidden">: {o.service.title}</span>
          </Link>
        </p>
      </article>
    </li>
  );
}
