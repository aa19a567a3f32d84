import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceCardData } from '../../api/services';
import { Fact } from '../../components/facts/Fact';
import { useLang } from '../../i18n';
import { formatNumber } from '../../lib/format';
import styles from './ServiceCard.module.css';
import { ServiceStatusBadge, useServiceText } from './serviceText';

/**
 * One service in a list: its first image, title linking to the service page, category,
 * price from, delivery from, rating, sales and seller; `footer` adds what the list needs
 * (My services: its status actions). A paused service says so.
 */
export function ServiceCard({
  service,
  showStatus = 'paused',
  showSeller = true,
  extraFacts,
  footer,
}: {
  service: ServiceCardData;
  /** Which statuses get a badge: a public list marks 受付停止 only, the seller's list every one. */
  showStatus?: 'paused' | 'all';
  showSeller?: boolean;
  /** More facts for the card's list (My services: orders in progress, last change). */
  extraFacts?: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useServiceText();
  const titleId = `service-${service.id}-title`;
  const badge = showStatus === 'all' || service.status === 'paused';
  return (
    <li className={`card ${styles.card}`}>
      <article aria-labelledby={titleId} className={styles.body}>
        <div className={styles.thumb}>
          {service.image ? (
            <img src={service.image.url} alt="" loading="lazy" width={320} height={240} />
          ) : (
            <span className={styles.noImage}>{t('services.card.noImage')}</span>
          )}
        </div>
        <div className={styles.main}>
          <h3 id={titleId} className={styles.title}>
            <Link to={`/services/${encodeURIComponent(service.id)}`}>{service.title}</Link>
          </h3>
          <p className={styles.labels}>
            {badge && <ServiceStatusBadge status={service.status} />}
            <span className="muted small">{text.category(service.category)}</span>
          </p>
          <dl className={styles.facts}>
            <Fact label={t('services.card.price')} className={styles.price}>
              {text.priceFrom(service.priceFrom)}
            </Fact>
            <Fact label={t('services.card.delivery')}>{text.daysFrom(service.deliveryDaysFrom)}</Fact>
            <Fact label={t('services.card.rating')}>{text.rating(service.rating)}</Fact>
            <Fact label={t('services.card.orders')}>
              {t('services.card.ordersValue', { count: formatNumber(service.ordersCompleted, lang) })}
            </Fact>
            {showSeller && <Fact label={t('services.card.seller')}>{service.seller.displayName}</Fact>}
            {extraFacts}
          </dl>
          {footer && <div className={styles.footer}>{footer}</div>}
        </div>
      </article>
    </li>
  );
}
