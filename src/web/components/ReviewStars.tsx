// Review scores as stars: decorative glyphs filled to the score, with the number and a
// sentence for screen readers beside them carrying the meaning.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { formatNumber, formatScore } from '../lib/format';
// The review rules (stars, averages, the list) are among the money pages' styles.
import '../money.css';

/** Five stars filled to the score; decorative, the number beside it carries the meaning. */
export function Stars({ score, className }: { score: number; className?: string }) {
  const style = { '--score': Math.max(0, Math.min(5, score)) } as CSSProperties;
  return (
    <span className={['stars', className].filter(Boolean).join(' ')} style={style} aria-hidden="true">
      ★★★★★
    </span>
  );
}

/** 総合評価: the average of several reviews, large, with how many there are. */
export function ReviewAverage({ average, count }: { average: number; count: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="review-average">
      <span className="visually-hidden">{t('money.reviews.average')}: </span>
      <Stars score={average} className="stars-large" />
      <span className="review-average-number">{formatScore(average, lang)}</span>
      <span className="visually-hidden">({t('money.reviews.averageText', { score: formatScore(average, lang) })})</span>
      <span className="review-count">{t('money.reviews.count', { n: formatNumber(count, lang) })}</span>
    </p>
  );
}

/** One review's score. */
export function ReviewScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="review-score">
      <span className="visually-hidden">{t('money.reviews.score')}: </span>
      <Stars score={score} />
      <span className="review-item-number">{formatScore(score, lang)}</span>
    </p>
  );
}
