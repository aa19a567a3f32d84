import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/errors';
import { setLang, useLang } from '../i18n';

const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'ja', label: '日本語' },
  { lang: 'en', label: 'English' },
];

/** 日本語 / English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('layout.language')}</legend>
      {LANGS.map(({ lang, label }) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-button"
          aria-pressed={current === lang}
          onClick={() => setLang(lang)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
