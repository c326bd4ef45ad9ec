import type { CardStrings } from '../strings.js';

// The centre card's English, bundled with it.
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
