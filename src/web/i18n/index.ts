import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/errors';
import { ja, type Messages } from './ja';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'yorozu.lang';

function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : 'ja';
  } catch {
    return 'ja';
  }
}

function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
}

/**
 * Japanese, the default, is in the first script; English is fetched the first time it is
 * chosen, so that a reader loads the texts of one language only.
 */
const CATALOGUES: Record<Lang, () => Promise<Messages>> = {
  ja: async () => ja,
  en: async () => (await import('./en')).en,
};

async function loadCatalogue(lang: Lang): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) i18n.addResourceBundle(lang, 'translation', await CATALOGUES[lang]());
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja } },
  partialBundledLanguages: true,
  lng: 'ja',
  fallbackLng: 'ja',
  supportedLngs: ['ja', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

document.documentElement.lang = currentLang();
i18n.on('languageChanged', (lng) => {
  if (isLang(lng)) applyLang(lng);
});

/** The UI language right now, for code outside React (the API client). */
export function currentLang(): Lang {
  return isLang(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ja';
}

/** Switches the UI language once its texts are loaded; stays in the current one if they cannot be. */
export async function setLang(lang: Lang): Promise<void> {
  try {
    await loadCatalogue(lang);
  } catch {
    return;
  }
  await i18n.changeLanguage(lang);
}

/** Settles when the language the reader chose last time is ready; the app renders after it. */
export const i18nReady: Promise<void> = storedLang() === 'ja' ? Promise.resolve() : setLang(storedLang());

/** The UI language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  const { i18n: instance } = useTranslation();
  return isLang(instance.resolvedLanguage) ? instance.resolvedLanguage : 'ja';
}

export { i18n };
