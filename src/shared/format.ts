export type DateStyle = 'relative' | 'short' | 'long';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

// Intl constructors are slow; a long feed formats hundreds of dates in one render.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** A date for people: "12 May 2017", "12 May 2017" short form, or "9 years ago", in `locale`. */
export function formatDate(iso: string, locale: string, style: DateStyle, now = Date.now()): string {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return '';
  if (style === 'relative') {
    const seconds = (date.getTime() - now) / 1000;
    const [unit, size] = UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    return cached('r' + locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(Math.round(seconds / size), unit);
  }
  return cached(style + locale, () => new Intl.DateTimeFormat(locale, { dateStyle: style === 'short' ? 'medium' : 'long' })).format(date);
}
