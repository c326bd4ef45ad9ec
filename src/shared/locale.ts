import { LANGUAGES, RTL, type UiLang } from '../i18n/languages.js';

/** The languages whose UI strings ship with the widgets (listed in i18n/languages.ts). */
export type { UiLang };

export interface Locale {
  /** Canonical BCP 47 tag used for Intl formatting (dates, country names, lists). */
  tag: string;
  /** Which shipped string table to use. */
  ui: UiLang;
  dir: 'ltr' | 'rtl';
}

/** The lang that applies to `el`: its own, else the nearest ancestor's (across shadow roots). */
function declaredLang(el: Element): string {
  for (let node: Node | null = el; node;) {
    // Not `instanceof Element`: the server's elements (src/render/) are Lit's stand-ins.
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

/** The one locale resolver every element uses. */
export function resolveLocale(el: Element): Locale {
  let tag = 'en';
  try {
    tag = Intl.getCanonicalLocales(declaredLang(el).trim())[0] ?? 'en';
  } catch {
    // An invalid tag on the host page (lang="english") must not break the widget.
  }
  // Intl formats dates for `he`, not always for the legacy `iw`.
  if (/^iw\b/i.test(tag)) tag = 'he' + tag.slice(2);
  // A tag's primary subtag picks the strings: every `zh` (zh-Hant too, for now) gets zh-Hans,
  // every regional variant (pt-BR, es-419, ar-EG) its language.
  const primary = tag.split('-')[0].toLowerCase();
  const ui = LANGUAGES.find((l) => l.split('-')[0] === primary) ?? 'en';
  // The direction of the strings actually shown: a Persian page gets English strings, left to right.
  return { tag, ui, dir: RTL.has(ui) ? 'rtl' : 'ltr' };
}

const watchers = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/**
 * Re-render `host` when any `lang` attribute on the page changes, so a site's language switcher
 * that only flips `<html lang>` updates the widgets too. One observer serves every element; once
 * started it stays (it watches a single attribute, and costs nothing while no widget is left).
 */
export function watchLang(host: { requestUpdate(): void }): () => void {
  if (!observer) {
    observer = new MutationObserver(() => watchers.forEach((w) => w.requestUpdate()));
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  watchers.add(host);
  return () => watchers.delete(host);
}
