// The languages whose UI strings ship with the widgets, written once: the `UiLang` and
// `OtherLang` types, the locale resolver, the lazy loader's table (a missing language is a type
// error there), the stories and the tests all derive from this list. The build needs no copy:
// rollup.config.mjs gives every chunk made from a module in src/i18n/ a stable name.
// Adding a language: add it here, write src/i18n/<lang>.ts, add its line in load.ts.
export const LANGUAGES = ['en', 'zh-Hans', 'he', 'fr', 'de', 'nl', 'es', 'ar', 'ja', 'ko', 'pt', 'ru'] as const;

export type UiLang = (typeof LANGUAGES)[number];

/** The shipped languages written right to left. */
export const RTL: ReadonlySet<UiLang> = new Set<UiLang>(['he', 'ar']);
