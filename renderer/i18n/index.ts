import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalog } from '../../core/i18n/catalog';
import { joinTables } from '../../core/i18n/translate';
import type { Lang, MessageTable } from '../../core/i18n/types';
import { setApiLanguage } from '../api/client';
import { certificateTexts } from './certificates';
import { excelTexts } from './excel';
import { inspectionTexts } from './inspections';
import { registerTexts } from './register';
import { roomTexts } from './rooms';
import { shellTexts } from './shell';
import { syncTexts } from './sync';
import { tenancyTexts } from './tenancy';
import { walkInTexts } from './walk-in';

const STORAGE_KEY = 'desk.lang';

/**
 * Everything the UI says: core's catalogue (refusals, reasons, the labels of
 * statuses and roles) and the pages' own texts, one format `{ key: { zh, en } }`
 * and one placeholder syntax `{name}`. A key defined twice stops the app at
 * start, so a label can never exist in two versions.
 */
export const uiTexts: MessageTable = joinTables(
  catalog,
  shellTexts,
  registerTexts,
  roomTexts,
  walkInTexts,
  inspectionTexts,
  tenancyTexts,
  certificateTexts,
  excelTexts,
  syncTexts,
);

/** Chinese unless the clerk chose English on this workstation before. */
export function initialLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

const inLanguage = (lang: Lang) => Object.fromEntries(Object.entries(uiTexts).map(([k, v]) => [k, v[lang]]));

export function setupI18n(): typeof i18n {
  const lng = initialLanguage();
  setApiLanguage(lng);
  void i18n.use(initReactI18next).init({
    resources: { zh: { translation: inLanguage('zh') }, en: { translation: inLanguage('en') } },
    lng,
    fallbackLng: 'zh',
    // Keys are flat ('tenancy.rack.title'), and placeholders are core's `{name}`.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
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
