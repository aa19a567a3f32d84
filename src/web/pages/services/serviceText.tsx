// Labels and small pieces shared by the service pages: the status badge, a category's
// name (a parent key stands for all its children), 「5,000円〜」 and the rating.
import { useTranslation } from 'react-i18next';
import { CATEGORY_TREE, categoryLabel, categoryParent } from '../../../domain/jobs/categories';
import type { ServiceStatus } from '../../../domain/services/process';
import { useLang } from '../../i18n';
import { formatNumber, formatYenText } from '../../lib/format';

export function useServiceText() {
  const { t } = useTranslation();
  const lang = useLang();
  const status = (s: ServiceStatus): string => t(`services.status.${s}`);
  /** 「デザイン › ロゴ作成」, or 「デザイン」 for a parent key. */
  const category = (key: string): string => {
    const parentOnly = CATEGORY_TREE[key];
    if (parentOnly) return parentOnly.label[lang];
    const child = categoryLabel(key, lang) ?? key;
    const parentKey = categoryParent(key);
    const parent = parentKey ? CATEGORY_TREE[parentKey]?.label[lang] : undefined;
    return parent && parent !== child ? `${parent} › ${child}` : child;
  };
  const yen = (n: number) => formatYenText(n, lang);
  const priceFrom = (n: number) => t('services.card.priceFrom', { price: yen(n) });
  const daysFrom = (n: number) => t('services.card.daysFrom', { days: formatNumber(n, lang) });
  const rating = (r: { average: number | null; count: number }) =>
    r.average === null || r.count === 0
      ? t('services.card.noRating')
      : t('services.card.ratingValue', { average: r.average.toFixed(1), count: formatNumber(r.count, lang) });
  return { status, category, yen, priceFrom, daysFrom, rating };
}

export function ServiceStatusBadge({ status }: { status: ServiceStatus }) {
  const text = useServiceText();
  return <span className={`badge badge-status badge-service-${status}`}>{text.status(status)}</span>;
}
