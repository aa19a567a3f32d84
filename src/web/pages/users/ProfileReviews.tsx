import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { moneyQueries, type ProfileReview, type ProfileReviews } from '../../api/money';
import { ReviewAverage, ReviewScore, Stars } from '../../components/ReviewStars';
import { useLang } from '../../i18n';
import { formatDate, formatScore } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ReportLink } from '../moderation/ReportLink';

const ITEMS = ['skill', 'quality', 'schedule', 'communication', 'partnership'] as const;

/** 評価 on a public profile: the averages of the revealed reviews and the reviews themselves. */
export function ProfileReviewsSection({ username }: { username: string }) {
  const { t } = useTranslation();
  const query = useQuery(moneyQueries.reviews(username));
  return (
    <section aria-labelledby="pp-reviews" className="section profile-reviews">
      <h2 id="pp-reviews">{t('money.reviews.title')}</h2>
      <QueryView query={query}>{(reviews) => <ReviewsBody reviews={reviews} />}</QueryView>
    </section>
  );
}

function ReviewsBody({ reviews }: { reviews: ProfileReviews }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (reviews.count === 0 || reviews.average === null) {
    return (
      <div className="card empty-state">
        <p className="empty-state-title">{t('money.reviews.empty')}</p>
        <p className="muted small">{t('money.reviews.emptyBody')}</p>
      </div>
    );
  }
  const averages = reviews.averages ?? {};
  return (
    <>
      <div className="review-summary card">
        <ReviewAverage average={reviews.average} count={reviews.count} />
        <h3 className="visually-hidden">{t('money.reviews.items')}</h3>
        <dl className="review-items">
          {ITEMS.map((key) => {
            const value = averages[key];
            return (
              <div key={key}>
                <dt>{t(`money.reviews.${key}`)}</dt>
                <dd>
                  {typeof value === 'number' ? (
                    <>
                      <Stars score={value} />
                      <span className="review-item-number">{formatScore(value, lang)}</span>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </div>
      <h3 className="visually-hidden">{t('money.reviews.list')}</h3>
      <ul className="review-list">
        {reviews.items.map((r) => (
          <ReviewItem key={r.id} review={r} />
        ))}
      </ul>
    </>
  );
}

function ReviewItem({ review: r }: { review: ProfileReview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reviewer = r.reviewer.withdrawn ? t('money.reviews.withdrawnReviewer') : r.reviewer.displayName;
  return (
    <li className="review card">
      <article aria-label={`${t('money.reviews.by')}: ${reviewer}`}>
        <div className="card-head">
          <ReviewScore score={r.score} />
          <span className={`badge review-role review-role-${r.reviewee}`}>
            {r.reviewee === 'worker' ? t('money.reviews.asWorker') : t('money.reviews.asClient')}
          </span>
        </div>
        {r.comment && <p className="review-comment">{r.comment}</p>}
        <ReportLink kind="review" id={r.id} label={r.comment.slice(0, 40)} />
        <dl className="review-meta">
          <div>
            <dt>{t('money.reviews.by')}</dt>
            <dd>
              {r.reviewer.withdrawn ? reviewer : <Link to={`/u/${encodeURIComponent(r.reviewer.username)}`}>{reviewer}</Link>}
            </dd>
          </div>
          <div>
            <dt>{t('money.reviews.contract')}</dt>
            <dd>{r.contractTitle}</dd>
          </div>
          <div>
            <dt className="visually-hidden">{t('money.reviews.date')}</dt>
            <dd>
              <time dateTime={r.createdAt}>{formatDate(r.createdAt, lang)}</time>
            </dd>
          </div>
        </dl>
      </article>
    </li>
  );
}
