import type { Strings } from './strings.js';
import type { UiLang } from './languages.js';

export type OtherLang = Exclude<UiLang, 'en'>;

// Each language is its own small module, built to dist/i18n/<lang>.js, loaded when a widget
// speaks it; this table itself loads with the first widget that speaks another language.
// One literal import() per language, so the bundler sees every chunk; a language file imports
// only types, so its chunk stands alone.
const languages: Record<OtherLang, () => Promise<{ default: Strings }>> = {
  'zh-Hans': () => import('./zh-Hans.js'),
  he: () => import('./he.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  nl: () => import('./nl.js'),
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
};

/**
 * A chunk of another shape (a CDN's copy of another version's file under the same name) counts as
 * one that did not load: the widget shows English. Taken as strings, a missing table would make
 * each render wait for it again, without end.
 */
export async function loadLanguage(lang: OtherLang): Promise<{ default: Strings }> {
  const chunk = await languages[lang]();
  if (!chunk.default?.retry) throw new Error(`sz-widgets: i18n/${lang}.js has no string table`);
  return chunk;
}
