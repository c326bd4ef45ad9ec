import type { ErrorCode } from '../data/types.js';
import type { UiLang } from './locale.js';

/** Strings every element shares. Element-specific strings live beside the element. */
export interface CommonStrings {
  retry: string;
  /** Shown with a date: data from an earlier visit, the network did not confirm it (yet). */
  stale: (date: string) => string;
  failed: { load: string; format: string; address: string };
  newTab: string;
}

export const common: Record<UiLang, CommonStrings> = {
  en: {
    retry: 'Retry',
    stale: (d) => `Saved copy from ${d}; it may be out of date.`,
    failed: { load: 'The data could not be loaded.', format: 'The data is not in a format this widget can read.', address: 'The data address is not valid.' },
    newTab: '(opens in a new tab)',
  },
  'zh-Hans': {
    retry: '重试',
    stale: (d) => `这是 ${d} 保存的副本，可能已过时。`,
    failed: { load: '无法加载数据。', format: '数据格式无法识别。', address: '数据地址无效。' },
    newTab: '（在新标签页中打开）',
  },
  he: {
    retry: 'ניסיון חוזר',
    stale: (d) => `עותק שמור מ־${d}; ייתכן שאינו עדכני.`,
    failed: { load: 'לא ניתן היה לטעון את הנתונים.', format: 'הנתונים אינם בתבנית שהווידג׳ט יכול לקרוא.', address: 'כתובת הנתונים אינה תקינה.' },
    newTab: '(נפתח בכרטיסייה חדשה)',
  },
  fr: {
    retry: 'Réessayer',
    stale: (d) => `Copie enregistrée le ${d} ; elle n’est peut-être plus à jour.`,
    failed: { load: 'Impossible de charger les données.', format: 'Les données ne sont pas dans un format lisible par ce widget.', address: 'L’adresse des données n’est pas valide.' },
    newTab: '(s’ouvre dans un nouvel onglet)',
  },
  de: {
    retry: 'Erneut versuchen',
    stale: (d) => `Gespeicherte Kopie vom ${d}; sie ist möglicherweise veraltet.`,
    failed: { load: 'Die Daten konnten nicht geladen werden.', format: 'Die Daten liegen in einem Format vor, das dieses Widget nicht lesen kann.', address: 'Die Datenadresse ist ungültig.' },
    newTab: '(öffnet in einem neuen Tab)',
  },
};

/** The user-facing sentence for an error code (the technical detail goes to the console). */
export function failureText(s: CommonStrings, code: ErrorCode): string {
  return code === 'bad-url' ? s.failed.address : code === 'parse' || code === 'unsupported' || code === 'schema' ? s.failed.format : s.failed.load;
}
