// Feed dates come in two families: RFC 822/2822 (RSS) and ISO 8601/RFC 3339 (Atom, JSON Feed).
// Date.parse is not used: outside strict ISO its behaviour differs between browsers.

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// Offsets in hours; RFC 2822 says unknown zone names are to be read as UTC.
const ZONES: Record<string, number> = { est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(z|[+-]\d\d(?::?\d\d)?)?$/i;
// [weekday,] day month year [hh:mm[:ss]] [zone name] [±hhmm]; the weekday is ignored (often wrong).
const RFC =
  /^(?:[a-z]+,?\s*)?(\d\d?)[\s-]+([a-z]{3,})\.?[\s-]+(\d{4}|\d\d)(?:\s+(\d\d?):(\d\d)(?::(\d\d))?)?\s*([a-z]+)?\s*([+-]\d\d:?\d\d)?$/i;

/** Minutes east of UTC for "+08:00", "+0800", "+08"; 0 for "Z" or nothing. */
function offset(z?: string): number {
  const m = /([+-])(\d\d):?(\d\d)?/.exec(z || '');
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] || 0)) : 0;
}

/** A feed date as a UTC ISO string, or undefined when it is not a readable, possible date. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  const iso = ISO.exec(v);
  // Both patterns put hours, minutes and seconds in groups 4-6 and a numeric offset in group 8.
  const m = iso || RFC.exec(v);
  if (!m) return undefined;
  let y = +m[iso ? 1 : 3];
  if (!iso && m[3].length < 3) y += y < 50 ? 2000 : 1900; // RFC 2822 4.3
  // An unknown month name gives a fraction here, which the check below rejects.
  const mo = iso ? +m[2] - 1 : MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) / 3;
  const d = +m[iso ? 3 : 1];
  const [h, mi, s] = [m[4], m[5], m[6]].map((x) => +(x || 0));
  const t = Date.UTC(y, mo, d, h, mi, s, iso ? +(m[7] || '').padEnd(3, '0').slice(0, 3) : 0);
  const dt = new Date(t);
  // Date.UTC rolls 31 Feb over into March: reading the fields back rejects impossible dates.
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo || dt.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return undefined;
  }
  // A missing zone is read as UTC: the reader's local zone would be just as arbitrary.
  const zone = (iso ? 0 : (ZONES[(m[7] || '').toLowerCase()] || 0) * 60) + offset(m[8]);
  return new Date(t - zone * 60000).toISOString();
}
