import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to 「<title> | よろず」. */
export function useDocumentTitle(title: string | null): void {
  const { t } = useTranslation();
  const suffix = t('app.name');
  const home = t('app.homeTitle');
  useEffect(() => {
    document.title = title ? `${title} | ${suffix}` : home;
  }, [title, suffix, home]);
}
