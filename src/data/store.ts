/**
 * The persistent half of stale-while-revalidate: the last good body of each URL in localStorage,
 * so a returning visitor sees data at once and offline. Bounded (per entry and in total, oldest
 * evicted first) and versioned (a format change bumps the prefix; old keys are swept).
 * A page turns it off with <meta name="sz-widgets-storage" content="off">.
 */
export interface Stored {
  text: string;
  type: string;
  url: string;
  /** When it was saved (ms since epoch). */
  at: number;
}

const PREFIX = 'sz-widgets:v1:';
const OLD_PREFIX = /^sz-widgets:(?!v1:)/;
export const MAX_ENTRY_CHARS = 512 * 1024;
export const MAX_TOTAL_CHARS = 2 * 1024 * 1024;

function storage(): Storage | undefined {
  try {
    if (document.querySelector('meta[name="sz-widgets-storage"][content="off"]')) return undefined;
    // Throws in sandboxed iframes and when the visitor blocks site data.
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function ownKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith('sz-widgets:')) keys.push(k);
  }
  return keys;
}

export function readStored(url: string): Stored | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + url);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Stored>;
    return typeof value.text === 'string' && typeof value.at === 'number'
      ? { text: value.text, type: String(value.type ?? ''), url: String(value.url ?? url), at: value.at }
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(url: string, entry: Stored): void {
  const s = storage();
  // Checked before serialising: a multi-megabyte feed would be stringified for nothing.
  if (!s || entry.text.length > MAX_ENTRY_CHARS) return;
  const raw = JSON.stringify(entry);
  if (raw.length > MAX_ENTRY_CHARS) return;
  try {
    const entries = ownKeys(s).flatMap((key) => {
      const value = key === PREFIX + url ? null : s.getItem(key);
      if (value === null || OLD_PREFIX.test(key)) {
        s.removeItem(key);
        return [];
      }
      let at = 0;
      try {
        at = Number((JSON.parse(value) as Stored).at) || 0;
      } catch {
        // unreadable: oldest, so evicted first
      }
      return [{ key, size: value.length, at }];
    });
    entries.sort((a, b) => a.at - b.at);
    let total = entries.reduce((sum, e) => sum + e.size, raw.length);
    for (const e of entries) {
      if (total <= MAX_TOTAL_CHARS) break;
      s.removeItem(e.key);
      total -= e.size;
    }
    s.setItem(PREFIX + url, raw);
  } catch {
    // Quota exceeded or storage revoked: the widget still works, just without the offline copy.
  }
}
