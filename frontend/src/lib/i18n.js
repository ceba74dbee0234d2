import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from '@/locales/en.json';
import zh from '@/locales/zh.json';

export const LANGUAGES = ['zh', 'en'];

// The language choice is a preference, not a secret, so it may outlive the tab.
const STORAGE_KEY = 'cims.language';

/** The first of the browser's languages that the SPA speaks, else English. */
export function preferredLanguage(languages = globalThis.navigator?.languages) {
  for (const tag of languages ?? []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

function storedLanguage() {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGUAGES.includes(value) ? value : null;
  } catch {
    return null; // storage can be disabled by the browser's privacy settings
  }
}

export function rememberLanguage(language) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Nothing to do: the choice then lasts until the page is reloaded.
  }
}

/** A fresh i18next instance; tests make one each so they do not share state. */
export function createI18n({ language } = {}) {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: language ?? storedLanguage() ?? preferredLanguage(),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  return instance;
}
