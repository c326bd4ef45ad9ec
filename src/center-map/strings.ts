import { registerEnglish } from '../shared/strings.js';

// The map's English; its other languages are in the language chunks with the other elements'
// strings (src/i18n/<lang>.ts), so a page loads one file per language, not one per element.
registerEnglish('map', {
  label: "Map of Shenzhen's overseas innovation centres",
  list: 'List of centres',
  loading: 'Loading the map…',
  empty: 'No centres yet.',
  open: 'open',
  planned: 'planned',
  unresolved: 'location not identified',
  // A group holds two or more centres; the plural rule still decides, should it ever hold one.
  cluster: (count, names) => `${count} ${new Intl.PluralRules('en').select(count) === 'one' ? 'centre' : 'centres'}: ${names} — zoom in`,
  reset: 'Show the whole map',
});
