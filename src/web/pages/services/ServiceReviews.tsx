import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceReview } from '../../../shared/api/service-reviews';
import { serviceQueries } from '../../api/services';
import { Button } from '../../components/Button';
import { ReviewAverage, ReviewScore } from '../../components/ReviewStars';
import { useLang } from '../../i18n';
import { formatDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ReportLink } from '../moderation/ReportLink';
import styles from './ServicePage.module.css';

/**
 * 評価 on a service page: the average of the buyers' revealed reviews of its orders, then the
 * reviews, newest first, each with the package bought and the seller's one answer (返信).
 */
export function ServiceReviews({ serviceId, rating }: { serviceId: string; rating: { average: number | null; count: number } }) {
  const { t } = useTranslation();
  const _lang = useLang();
  const [page, setPage] = useState(1);
  const query = useQuery({ ...serviceQueries.reviews(serviceId, page), placeholderData: keepPreviousData });
  return (
    <section aria-labelledby="service-reviews" className="section">
      <h2 id="service-reviews">{t('services.reviews.title')}</h2>
      {rating.average === null || rating.count === 0 ? (
        <p className="muted">{t('services.reviews.none')}</p>
      ) : (
        <ReviewAverage average={rating.average} count={rating.count} />
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
        <ReviewScore score={r.score} />
        {r.comment && <p className="review-comment">{r.comment}</p>}
        <ReportLink kind="review" id={r.id} label={r.comment.slice(0, 40)} />
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
