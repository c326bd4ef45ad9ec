import { registerEnglish } from '../shared/strings.js';

registerEnglish('card', {
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
});
