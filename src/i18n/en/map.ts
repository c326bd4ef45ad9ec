import type { MapStrings } from '../strings.js';

// The map's English, bundled with it.
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
  origin: 'Shenzhen',
  links: 'Lines on the map link Shenzhen to each open centre.',
};
