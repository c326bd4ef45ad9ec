import type { LangMap } from '../data/types.js';

/**
 * The text of a language map for `tag`, and the language it is really in: the exact tag, else
 * one with the same primary language (any Chinese reads zh-Hans), else English. The element
 * marks fallback text with its own `lang`, so a screen reader pronounces it right.
 */
export function pickLang(map: LangMap | undefined, tag: string): [text: string, lang: string] {
  if (!map) return ['', tag];
  const primary = tag.split('-')[0].toLowerCase();
  const key =
    (tag in map && tag) ||
    Object.keys(map).find((k) => k.split('-')[0].toLowerCase() === primary && map[k]) ||
    'en';
  return [map[key] ?? '', key];
}

// Languages written right to left, by primary subtag, or by script subtag (ku-Arab, pa-Arab).
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|nqo|ps|sd|syr|ug|ur|yi)(-|$)|-(Adlm|Arab|Hebr|Nkoo|Rohg|Syrc|Thaa)(-|$)/i;

/**
 * The direction of content in `lang`; `auto` (the browser reads it from the first strong
 * character) when the data does not say. Content carries its own direction so that an English
 * headline in a Hebrew widget reads left to right, its ellipsis at its end.
 */
export const dirOf = (lang?: string): 'ltr' | 'rtl' | 'auto' => (!lang ? 'auto' : RTL.test(lang) ? 'rtl' : 'ltr');
