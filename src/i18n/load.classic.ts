import type { Strings } from './en.js';
import type { OtherLang } from './load.js';

// The classic bundle cannot split code, so it loads the module build's language files
// (dist/i18n/<lang>.js) from beside itself, as modules: a page pays only for its visitors'
// language, as with the module bundle. The URL is taken while the script runs, the only time a
// classic script knows its own address.
const scriptUrl = import.meta.url;

export const loadLanguage = (lang: OtherLang): Promise<{ default: Strings }> =>
  import(/* @vite-ignore */ new URL(`i18n/${lang}.js`, scriptUrl).href) as Promise<{ default: Strings }>;
