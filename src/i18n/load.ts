import type { Strings } from './en.js';

export type OtherLang = 'zh-Hans' | 'he' | 'fr' | 'de';

// Each language is its own small module, built to dist/i18n/<lang>.js, loaded when a widget
// speaks it. (The classic bundle swaps this module for load.classic.ts: see rollup.config.mjs.)
const languages: Record<OtherLang, () => Promise<{ default: Strings }>> = {
  'zh-Hans': () => import('./zh-Hans.js'),
  he: () => import('./he.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
};

export const loadLanguage = (lang: OtherLang): Promise<{ default: Strings }> => languages[lang]();
