/** i18next for the renderer: Bahasa Indonesia by default, English as an option. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../core/i18n/lang.ts';
import { useAppStore } from '../store/store.ts';
import { en } from './en.ts';
import { id } from './id.ts';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  resources: { id: { app: id }, en: { app: en } },
  ns: ['app'],
  defaultNS: 'app',
  // Keys are flat ("start.newProject") and placeholders are {name}, as in core's messages.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  returnNull: false,
  initAsync: false,
});

const STORAGE_KEY = 'rencana.lang';

/** The language chosen last time on this machine, or Indonesian. */
export function savedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

/** Switches every label, message and finding to `lang` and remembers the choice. */
export function changeLanguage(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  useAppStore.getState().setLang(lang);
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this session.
  }
}
