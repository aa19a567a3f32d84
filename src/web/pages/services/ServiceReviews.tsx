import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceReview } from '../../../shared/api/service-reviews';
import { serviceQueries } from '../../api/services';
import { Button } from '../../components/Button';
import { Stars } from '../../components/Stars';
import { useLang } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { formatScore } from '../documents/docParts';
import styles from './ServicePage.module.css';

/**
 * 評価 on a service page: the average of the buyers' revealed reviews of its orders, then the
 * reviews, newest first, each with the package bought and the seller's one answer (返信).
 */
export function ServiceReviews({ serviceId, rating }: { serviceId: string; rating: { average: number | null; count: number } }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(1);
  const query = useQuery({ ...serviceQueries.reviews(serviceId, page), placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="service-reviews" className="section">
      <h2 id="service-reviews">{t('services.reviews.title')}</h2>
      {rating.average === null || rating.count === 0 ? (
        <p className="muted">{t('services.reviews.none')}</p>
      ) : (
        <p className="review-average">
          <span className="visually-hidden">{t('money.reviews.average')}: </span>
          <Stars score={rating.average} className="stars-large" />
          <span className="review-average-number">{formatScore(rating.average, lang)}</span>
          <span className="visually-hidden">
            ({t('money.reviews.averageText', { score: formatScore(rating.average, lang) })})
          </span>
          <span className="review-count">{t('money.reviews.count', { n: formatNumber(rating.count, lang) })}</span>
        </p>
      )}
      <QueryView query={query}>
        {(result) =>
          result.items.length > 0 && (
            <>
              <ul className="review-list">
                {result.items.map((review) => (
                  <ServiceReviewItem key={review.id} review={review} />
                ))}
              </ul>
              {result.total > result.page * result.pageSize && (
                <Button variant="secondary" onClick={() => setPage(page + 1)}>
                  {t('services.reviews.next')}
                </Button>
              )}
              {result.page > 1 && (
                <Button variant="secondary" onClick={() => setPage(page - 1)}>
                  {t('services.reviews.previous')}
                </Button>
              )}
            </>
          )
        }
      </QueryView>
    </section>
  );
}

function ServiceReviewItem({ review: r }: { review: ServiceReview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const buyer = r.buyer.withdrawn ? t('money.reviews.withdrawnReviewer') : r.buyer.displayName;
  return (
    <li className="review card">
      <article aria-label={`${t('money.reviews.by')}: ${buyer}`}>
        <p className="review-score">
          <span className="visually-hidden">{t('money.reviews.score')}: </span>
          <Stars score={r.score} />
          <span className="review-item-number">{formatScore(r.score, lang)}</span>
        </p>
        {r.comment && <p className="review-comment">{r.comment}</p>}
        <dl className="review-meta">
          <div>
            <dt>{t('money.reviews.by')}</dt>
            <dd>{buyer}</dd>
          </div>
          <div>
            <dt>{t('services.reviews.package')}</dt>
            <dd>{r.packageName}</dd>
          </div>
          <div>
            <dt className="visually-hidden">{t('money.reviews.date')}</dt>
            <dd>
              <time dateTime={r.createdAt}>{formatDate(r.createdAt, lang)}</time>
            </dd>
          </div>
        </dl>
        {r.answer && (
          <div className={styles.answer}>
            <p className={styles.answerTitle}>{t('services.reviews.answer')}</p>
            <p className={styles.prose}>{r.answer.text}</p>
          </div>
        )}
      </article>
    </li>
  );
}
