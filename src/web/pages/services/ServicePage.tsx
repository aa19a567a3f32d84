import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type ServiceDetailData, serviceQueries } from '../../api/services';
import { useAuth } from '../../app/auth';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { FocusedStatus, useFocusedNotice } from '../../components/FocusedStatus';
import { StatusMessage } from '../../components/FormAlert';
import { Fact } from '../../components/facts/Fact';
import { InvoiceStatus } from '../../components/InvoiceStatus';
import { useLang } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { loginPath } from '../../lib/navigation';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { noticeIn, useRouteNotice } from '../../lib/useRouteNotice';
import { FavouriteButton } from '../discovery/FavouriteButton';
import { NotFoundPage } from '../errors/NotFoundPage';
import { TagChips } from '../jobs/jobText';
import { ReportLink } from '../moderation/ReportLink';
import { PackageTable } from './PackageTable';
import { ServiceStatusButtons } from './ServiceActions';
import styles from './ServicePage.module.css';
import { ServiceReviews } from './ServiceReviews';
import { ServiceStatusBadge, useServiceText } from './serviceText';

/** What the editor passes on in the router state. */
export type ServiceNotice = 'created' | 'saved' | 'publish';

export interface ServicePageState {
  notice: ServiceNotice;
}

function noticeOf(state: unknown): ServiceNotice | null {
  const notice = noticeIn(state);
  return notice === 'created' || notice === 'saved' || notice === 'publish' ? notice : null;
}

/** /services/:id — one service: images, packages, options, FAQ, the seller and what the viewer may do. */
export function ServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(serviceQueries.detail(id));
  const notFound = queryProblem(query)?.code === 'not-found';
  return (
    <div className={styles.page}>
      {!query.isSuccess && !notFound && (
        <h1 className={query.isPending ? 'visually-hidden' : undefined}>{t('services.page.crumb')}</h1>
      )}
      <QueryView
        query={query}
        notFound={<NotFoundPage title={t('services.page.notFoundTitle')} body={t('services.page.notFoundBody')} />}
      >
        {(service) => <ServiceView service={service} />}
      </QueryView>
    </div>
  );
}

function ServiceView({ service }: { service: ServiceDetailData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = useServiceText();
  const { user } = useAuth();
  const location = useLocation();
  useDocumentTitle(service.title);
  const notice = useFocusedNotice();
  const routeNotice = useRouteNotice(noticeOf);
  const { announce } = notice;
  useEffect(() => {
    if (routeNotice) announce(t(`services.notice.${routeNotice}`));
  }, [routeNotice, announce, t]);

  const { isOwner, actions } = service.viewer;
  const buyable = actions.includes('buy');
  // A visitor is asked to log in where a member would see the buy buttons.
  const loginToBuy = !user && service.status === 'published';

  return (
    <article aria-labelledby="service-title">
      <Breadcrumbs
        items={[
          { to: '/services', label: t('services.search.title') },
          { to: `/services/category/${encodeURIComponent(service.category)}`, label: text.category(service.category) },
          { label: service.title },
        ]}
      />
      <div className="page-head">
        <h1 id="service-title">{service.title}</h1>
        {(isOwner || service.status === 'paused') && <ServiceStatusBadge status={service.status} />}
        {user && !isOwner && <FavouriteButton kind="service" id={service.id} name={service.title} />}
      </div>
      {!isOwner && <ReportLink kind="service" id={service.id} label={service.title} />}
      <FocusedStatus notice={notice} />
      {service.status === 'paused' && !isOwner && <StatusMessage tone="info">{t('services.page.pausedNote')}</StatusMessage>}

      {isOwner && (
        <section aria-labelledby="service-owner" className={`card ${styles.owner}`}>
          <h2 id="service-owner" className={styles.ownerTitle}>
            {t('services.page.ownerActions')}
          </h2>
          {service.status !== 'published' && <p className="muted small">{t(`services.statusHint.${service.status}`)}</p>}
          <ServiceStatusButtons service={service} actions={actions} notice={notice} />
        </section>
      )}

      <div className={styles.layout}>
        <div className={styles.main}>
          {service.images.length > 0 && (
            <section aria-label={t('services.page.images')} className={styles.gallery}>
              {service.images.map((image, i) => (
                <img
                  key={image.id}
                  src={image.url}
                  alt={t('services.page.imageAlt', { title: service.title, n: i + 1 })}
                  width={640}
                  height={480}
                  loading={i === 0 ? 'eager' : 'lazy'}
                />
              ))}
            </section>
          )}

          <section aria-labelledby="service-packages" className="section">
            <h2 id="service-packages">{t('services.page.packages')}</h2>
            <PackageTable service={service} buyable={buyable} />
            {actions.includes('ask') && (
              <div className={styles.ask}>
                <p className="muted small">{t('quotes.askHint')}</p>
                <Link to={`/services/${encodeURIComponent(service.id)}/inquiry`} className="btn btn-secondary">
                  {t('quotes.askButton')}
                </Link>
              </div>
            )}
            {loginToBuy && (
              <p className={styles.login}>
                <Link to={loginPath(location.pathname)} className="btn btn-primary">
                  {t('services.page.loginToBuy')}
                </Link>
              </p>
            )}
          </section>

          <section aria-labelledby="service-options" className="section">
            <h2 id="service-options">{t('services.page.options')}</h2>
            {service.options.length === 0 ? (
              <p className="muted">{t('services.page.noOptions')}</p>
            ) : (
              <ul className={styles.options}>
                {service.options.map((o) => (
                  <li key={o.id} className={styles.option}>
                    <span className={styles.optionTitle}>{o.title}</span>
                    <span className={styles.optionPrice}>{t('services.page.optionPrice', { price: text.yen(o.price) })}</span>
                    <span className="muted small">
                      {o.extraDays > 0
                        ? t('services.page.optionDays', { days: formatNumber(o.extraDays, lang) })
                        : t('services.page.optionNoDays')}
                    </span>
                    {isOwner && (
                      <span className="muted small">
                        {t('services.page.sellerNet')}: {text.yen(o.sellerNet)}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="service-description" className="section">
            <h2 id="service-description">{t('services.page.description')}</h2>
            <p className={styles.prose}>{service.description}</p>
            <TagChips tags={service.tags} label={t('services.page.tags')} />
          </section>

          {service.buyerRequest.trim() !== '' && (
            <section aria-labelledby="service-request" className="section">
              <h2 id="service-request">{t('services.page.buyerRequest')}</h2>
              <p className={styles.prose}>{service.buyerRequest}</p>
            </section>
          )}

          <ServiceReviews serviceId={service.id} rating={service.rating} />

          {service.faq.length > 0 && (
            <section aria-labelledby="service-faq" className="section">
              <h2 id="service-faq">{t('services.page.faq')}</h2>
              <div className={styles.faq}>
                {service.faq.map((f) => (
                  <details key={f.question}>
                    <summary>{f.question}</summary>
                    <p className={styles.prose}>{f.answer}</p>
                  </details>
                ))}
              </div>
            </section>
          )}
        </div>

        <aside className={styles.side} aria-labelledby="service-facts">
          <section className="card">
            <h2 id="service-facts" className={styles.sideTitle}>
              {t('services.page.facts')}
            </h2>
            <dl className="facts">
              <Fact label={t('services.page.priceFrom')}>{text.priceFrom(service.priceFrom)}</Fact>
              <Fact label={t('services.page.deliveryFrom')}>{text.daysFrom(service.deliveryDaysFrom)}</Fact>
              <Fact label={t('services.card.rating')}>{text.rating(service.rating)}</Fact>
              <Fact label={t('services.page.completed')}>
                {t('services.card.ordersValue', { count: formatNumber(service.ordersCompleted, lang) })}
              </Fact>
              <Fact label={t('services.page.inProgress')}>
                {t('services.card.ordersValue', { count: formatNumber(service.ordersInProgress, lang) })}
              </Fact>
              <Fact label={t('services.page.capacity')}>
                {t('services.page.capacityValue', { count: formatNumber(service.capacity, lang) })}
              </Fact>
              <Fact label={t('services.page.acceptance')}>
                {t('services.page.acceptanceValue', { days: formatNumber(service.acceptanceDays, lang) })}
              </Fact>
              <Fact label={t('services.page.category')}>{text.category(service.category)}</Fact>
              {service.publishedAt && <Fact label={t('services.page.published')}>{formatDate(service.publishedAt, lang)}</Fact>}
            </dl>
          </section>
          <section className="card" aria-labelledby="service-seller">
            <h2 id="service-seller" className={styles.sideTitle}>
              {t('services.page.seller')}
            </h2>
            <p className={styles.sellerName}>
              <Link to={`/u/${encodeURIComponent(service.seller.username)}`}>{service.seller.displayName}</Link>
            </p>
            <p className="muted small">@{service.seller.username}</p>
            <dl className="facts">
              <Fact label={t('services.page.sellerRating')}>
                {text.rating({ average: service.seller.ratingAverage, count: service.seller.ratingCount })}
              </Fact>
            </dl>
            <p className="small">
              <InvoiceStatus number={service.seller.invoiceNumber} />
            </p>
          </section>
        </aside>
      </div>
    </article>
  );
}
