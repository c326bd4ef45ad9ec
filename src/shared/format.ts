// Dates, country names and lists for people, through Intl, in the element's locale.
export type DateStyle = 'relative' | 'short' | 'long';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

// Intl constructors are slow (a long feed formats hundreds of dates in one render), so formatters
// are kept: a bounded number, since a page has a few locales but a hostile one could ask for many.
const MAX_FORMATTERS = 64;
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, (formatter = make()));
  }
  return formatter;
}

/** A date for people: "12 May 2017", its medium form, or "9 years ago", in `locale`. */
export function formatDate(iso: string, locale: string, style: DateStyle, now = Date.now()): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return '';
  if (style === 'relative') {
    const seconds = (date.getTime() - now) / 1000;
    const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    return cached('r' + locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
      Math.round(seconds / size),
      unit,
    );
  }
  // A date without a time ("2017-05-09") is that calendar day everywhere, not midnight UTC.
  const timeZone = iso.length === 10 ? 'UTC' : undefined;
  return cached(
    style + locale + timeZone,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style === 'short' ? 'medium' : 'long', timeZone }),
  ).format(date);
}

/** "Israel", "以色列", "ישראל" for "IL"; the code itself when Intl has no name for it. */
export function countryName(code: string, locale: string): string {
  try {
    return cached('c' + locale, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "A, B and C" in the locale's words, in parts, so that each item can carry its own language. */
export function formatList(items: string[], locale: string): { type: 'element' | 'literal'; value: string }[] {
  return cached('l' + locale, () => new Intl.ListFormat([locale])).formatToParts(items);
}
