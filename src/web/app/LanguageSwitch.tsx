import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/errors';
import { accountsApi } from '../api/accounts';
import { setLang, useLang } from '../i18n';
import { useAuth } from './auth';

const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'ja', label: '日本語' },
  { lang: 'en', label: 'English' },
];

/**
 * 日本語 / English; the choice is kept in localStorage and, for a logged-in member, on the
 * account, so that notices and mails come in that language too.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  const { user } = useAuth();
  const choose = (lang: Lang) => {
    void setLang(lang);
    // The page switches as soon as the texts are there; the account follows when it can.
    if (user) accountsApi.setLocale(lang).catch(() => {});
  };
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
          onClick={() => choose(lang)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
