import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  to?: string;
  label: string;
}

/** マイページ > プロフィール編集 > 基本情報編集; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.breadcrumb')} className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={item.label}>
            {item.to && i < items.length - 1 ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** マイページ > 依頼した仕事: where the client's pages about one of their jobs hang. */
export function myJobsCrumbs(t: TFunction): Crumb[] {
  return [
    { to: '/mypage', label: t('myPage.title') },
    { to: '/mypage/jobs', label: t('myJobs.title') },
  ];
}
