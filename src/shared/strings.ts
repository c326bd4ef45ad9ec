import type { ErrorCode } from '../data/types.js';
import { common, type Strings } from '../i18n/en.js';
import type { UiLang } from './locale.js';

// Filled in section by section as element modules register their English (registerEnglish).
const en = { ...common } as Strings;
const ready: Partial<Record<UiLang, Strings>> = { en };

/** An element module's English strings; its other languages come in the language chunks. */
export function registerEnglish<K extends 'news' | 'card' | 'map'>(section: K, strings: Strings[K]): void {
  en[section] = strings;
}
const pending = new Map<UiLang, Promise<unknown>>();

/**
 * The strings for `ui`, or undefined while its chunk loads; `host` re-renders when it arrives.
 * Elements show their (text-free) loading skeleton meanwhile, so no English flashes first.
 */
export function stringsFor(ui: UiLang, host: { requestUpdate(): void }): Strings | undefined {
  const found = ready[ui];
  if (found || ui === 'en') return found;
  let job = pending.get(ui);
  if (!job) {
    // The table of languages loads with the first widget that speaks one: an English page never
    // pays for the list, nor for any language.
    job = import('../i18n/load.js').then((m) => m.loadLanguage(ui)).then(
      (m) => (ready[ui] = m.default),
      // The chunk could not load (offline, blocked): English is better than nothing.
      () => (ready[ui] = en),
    );
    pending.set(ui, job);
  }
  void job.then(() => host.requestUpdate());
  return undefined;
}

/** The user-facing sentence for an error code (the technical detail goes to the console). */
export function failureText(s: Strings, code?: ErrorCode): string {
  return code === 'bad-url' ? s.failedAddress : code === 'parse' || code === 'unsupported' || code === 'schema' ? s.failedFormat : s.failedLoad;
}
