// Feed dates come in two families: RFC 822/2822 (RSS) and ISO 8601/RFC 3339 (Atom, JSON Feed).
// Date.parse is not used: outside strict ISO its behaviour differs between browsers.

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// Offsets in hours; RFC 2822 says unknown zone names are to be read as UTC.
const ZONES: Record<string, number> = { est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

// year-month-day [T hh:mm[:ss[.fraction]]] [Z or ±hh[:mm]]
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(z|[+-]\d\d(?::?\d\d)?)?$/i;
// [weekday,] day month year [hh:mm[:ss]] [zone name] [±hhmm]; the weekday is ignored (often wrong).
const RFC = new RegExp(
  String.raw`^(?:[a-z]+,?\s*)?(\d\d?)[\s-]+([a-z]{3,})\.?[\s-]+(\d{4}|\d\d)` +
    String.raw`(?:\s+(\d\d?):(\d\d)(?::(\d\d))?)?\s*([a-z]+)?\s*([+-]\d\d:?\d\d)?$`,
  'i',
);

/** Minutes east of UTC for "+08:00", "+0800", "+08"; 0 for "Z" or nothing. */
function offset(zone?: string): number {
  const match = /([+-])(\d\d):?(\d\d)?/.exec(zone || '');
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (+hours * 60 + +(minutes || 0));
}

/** A feed date as a UTC ISO string, or undefined when it is not a readable, possible date. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const iso = ISO.exec(v);
  // Both patterns put hours, minutes and seconds in groups 4-6 and a numeric offset in group 8.
  const m = iso || RFC.exec(v);
  if (!m) return undefined;
  let year = +m[iso ? 1 : 3];
  if (!iso && m[3].length < 3) year += year < 50 ? 2000 : 1900; // RFC 2822 4.3
  // An unknown month name gives a fraction here, which the check below rejects.
  const month = iso ? +m[2] - 1 : MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) / 3;
  const day = +m[iso ? 3 : 1];
  const [hours, minutes, seconds] = [m[4], m[5], m[6]].map((x) => +(x || 0));
  const ms = iso ? +(m[7] || '').padEnd(3, '0').slice(0, 3) : 0;
  const time = Date.UTC(year, month, day, hours, minutes, seconds, ms);
  const date = new Date(time);
  // Date.UTC rolls 31 Feb over into March: reading the fields back rejects impossible dates.
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
  if (!real || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  // A missing zone is read as UTC: the reader's local zone would be just as arbitrary.
  const namedOffset = iso ? 0 : (ZONES[(m[7] || '').toLowerCase()] || 0) * 60;
  return new Date(time - (namedOffset + offset(m[8])) * 60000).toISOString();
}
