/** Bahasa Indonesia / English. */
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/index.ts';
import { useAppStore } from '../store/store.ts';

/** A small select for the interface language; `compact` shows ID / EN (the top bar has little room). */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('common.language')}</span>
      <select value={lang} onChange={(e) => changeLanguage(e.target.value === 'en' ? 'en' : 'id')}>
        <option value="id">{compact ? 'ID' : 'Bahasa Indonesia'}</option>
        <option value="en">{compact ? 'EN' : 'English'}</option>
      </select>
    </label>
  );
}
