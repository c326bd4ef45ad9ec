import { common } from '../i18n/en/common.js';
import type { Section, Strings } from '../i18n/strings.js';
import type { UiLang } from './locale.js';

// English gains a section as each module that shows one registers it (registerEnglish).
const en = { ...common } as Strings;
const ready: Partial<Record<UiLang, Strings>> = { en };
const pending: Partial<Record<UiLang, Promise<unknown>>> = {};

/** A module's English section; the other languages have every section in their own chunk. */
export function registerEnglish<K extends Section>(section: K, strings: Strings[K]): void {
  en[section] = strings;
}

/**
 * The strings for `ui`, or undefined while its chunk loads; `host` re-renders when it arrives.
 * Elements show their (text-free) loading skeleton meanwhile, so no English flashes first.
 */
export function stringsFor(ui: UiLang, host: { requestUpdate(): void }): Strings | undefined {
  const found = ready[ui];
  if (found || ui === 'en') return found;
  // The table of languages loads with the first widget that speaks one: an English page never
  // pays for the list, nor for any language.
  pending[ui] ??= import('../i18n/load.js')
    .then((m) => m.loadLanguage(ui))
    .then(
      (m) => (ready[ui] = m.default),
      // The chunk could not load (offline, blocked): English is better than nothing.
      () => (ready[ui] = en),
    );
  void pending[ui].then(() => host.requestUpdate());
  return undefined;
}
