import type { Center } from '../data/types.js';
import type { DataSource } from './data-controller.js';
import { centresDatasetUrl } from './datasets.js';
import { countryName } from './format.js';
import { pause } from './pause.js';

const centersParser = () => import('../data/centres.js');

/** How the card and the map read the centres dataset: tolerant, so one bad record hides only itself. */
export const centersSource: DataSource<Center[]> = {
  defaultSrc: () => centresDatasetUrl,
  parse: async (text, { onDrop }) => (await centersParser()).parseCenters(JSON.parse(text), { strict: false, onDrop }),
  isEmpty: (list) => list.length === 0,
  // At a load's start (the first starts in the element's first update, so this task comes after
  // its first render): the page's first Intl.DisplayNames, in a task of its own. Its construction loads the names of every region
  // (about 30 ms on a desktop, four times that on a slow phone): inside the first card's render
  // with data, it would make that render a long task.
  warm: () => {
    void pause().then(() => countryName('ZZ', 'en'));
    return centersParser();
  },
};
