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
    (tag in map && tag) || Object.keys(map).find((k) => k.split('-')[0].toLowerCase() === primary && map[k]) || 'en';
  return [map[key] ?? '', key];
}
