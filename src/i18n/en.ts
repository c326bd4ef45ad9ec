import type { CardStrings, CommonStrings, MapStrings, NewsStrings } from './strings.js';

// English, the fallback, ships with the elements rather than in a chunk; one export per section,
// so a page with one kind of element carries only its own section (each element registers it:
// shared/strings.ts). The other languages load on demand, one chunk each with every section.

export const common: CommonStrings = {
  retry: 'Retry',
  stale: (date) => `Saved copy from ${date}; it may be out of date.`,
  failedLoad: 'The data could not be loaded.',
  failedCors: 'The data could not be loaded: its site may not let other sites read it.',
  failedFormat: 'The data is not in a format this widget can read.',
  failedAddress: 'The data address is not valid.',
  newTab: '(opens in a new tab)',
};

export const news: NewsStrings = { heading: 'News', loading: 'Loading news…', empty: 'No news yet.', more: 'Show more' };

export const card: CardStrings = {
  loading: 'Loading the centre…',
  empty: 'No centres yet.',
  notFound: (id) => `There is no centre "${id}" in the data.`,
  excluded: (id) => `The centre "${id}" is in the data but could not be shown.`,
  choose: 'Choose a centre on the map.',
  open: 'Open',
  planned: 'Planned',
  status: 'Status',
  city: 'City',
  country: 'Country',
  opened: 'Opened',
  founders: 'Founders',
  partners: 'Partners',
  focus: 'Focus areas',
  source: 'Source',
  unresolved: 'Location not identified',
};

export const map: MapStrings = {
  label: "Map of Shenzhen's overseas innovation centres",
  list: 'List of centres',
  loading: 'Loading the map…',
  empty: 'No centres yet.',
  open: 'open',
  planned: 'planned',
  unresolved: 'location not identified',
  // A group holds two or more centres; the plural rule still decides, should it ever hold one.
  cluster: (count, names) =>
    `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'centre' : 'centres'}: ${names} — zoom in`,
  reset: 'Show the whole map',
};
