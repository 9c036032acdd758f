import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../core/i18n/types';
import { setApiLanguage } from '../api/client';
import { en } from './en';
import { zh } from './zh';
import { domainTexts } from './domains';

const STORAGE_KEY = 'desk.lang';

/** Chinese unless the clerk chose English on this workstation before. */
export function initialLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function setupI18n(): typeof i18n {
  const lng = initialLanguage();
  setApiLanguage(lng);
  void i18n.use(initReactI18next).init({
    resources: {
      zh: { translation: Object.assign({}, zh, ...domainTexts.map((d) => d.zh)) },
      en: { translation: Object.assign({}, en, ...domainTexts.map((d) => d.en)) },
    },
    lng,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}

export async function switchLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private windows may refuse storage; the switch still applies to this session.
  }
  setApiLanguage(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  await i18n.changeLanguage(lang);
}
