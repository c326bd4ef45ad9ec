// Dates as pages write them (in metas, <time>, JSON-LD and their own addresses), as UTC ISO 8601.
import { parseDate } from '../data/dates.js';
import { collapse } from '../data/html-text.js';

/** A date at noon UTC, as the shipped dataset times dates: the same day in almost every time zone. */
function noon(year: number, month: number, day: number): string | undefined {
  const time = new Date(Date.UTC(year, month - 1, day, 12));
  const real = time.getUTCFullYear() === year && time.getUTCMonth() === month - 1 && time.getUTCDate() === day;
  return real ? time.toISOString() : undefined;
}

/** A date written in a page (ISO 8601, RFC 2822, 2017/05/12, 20170512, 2017年5月12日) as UTC ISO. */
export function readDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const written = collapse(value);
  const day = /^(\d{4})(?:[-/.年](\d\d?)[-/.月](\d\d?)日?|(\d\d)(\d\d))$/.exec(written);
  if (day) return noon(+day[1], +(day[2] ?? day[4]), +(day[3] ?? day[5]));
  const slashed = /^(\d{4})\/(\d\d?)\/(\d\d?)([ T].*)$/.exec(written);
  const pad = (digits: string): string => digits.padStart(2, '0');
  return parseDate(slashed ? `${slashed[1]}-${pad(slashed[2])}-${pad(slashed[3])}${slashed[4]}` : written);
}

// Dates in addresses: /201705/t20170512_6693203.htm (TRS, the CMS of most Chinese government
// sites), /2017/05/12/, /2017-05/12/, /2017-05-12-slug, /201705/12/, /20170512/.
const ADDRESS_DATES = [
  /\/t((?:19|20)\d\d)(\d\d)(\d\d)_\d+/,
  /\/((?:19|20)\d\d)[-/]?(\d\d)[-/](\d\d)(?=[/_.-]|$)/,
  /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=\/)/,
];

/** The date an address's path holds, where government CMSs put it. */
export function addressDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = new URL(url).pathname;
  for (const pattern of ADDRESS_DATES) {
    const match = pattern.exec(path);
    const date = match && noon(+match[1], +match[2], +match[3]);
    if (date) return date;
  }
  return undefined;
}

// Publication dates as CMSs, Dublin Core, Google Scholar and news sites write them in metas.
export const DATE_METAS = [
  'itemprop:datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'firstpublishedtime',
  'date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'sailthru.date',
  'parsely-pub-date',
];
export const MODIFIED_METAS = [
  'itemprop:datemodified',
  'dc.date.modified',
  'dcterms.modified',
  'lastmodifiedtime',
  'last-modified',
];
