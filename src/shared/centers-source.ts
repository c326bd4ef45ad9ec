import type { Center } from '../data/types.js';
import type { DataSource } from './data-controller.js';
import { centresDatasetUrl } from './datasets.js';
import { countryName } from './format.js';
import { pause } from './pause.js';

const centersParser = () => import('../data/centres.js');

let regionNames: Promise<unknown> | undefined;

/**
 * The page's first Intl.DisplayNames, once, in a task of its own: its construction loads the names
 * of every region (about 30 ms on a desktop, four times that on a slow phone), and inside the first
 * card's render with data it would make that render a long task. Called as a load starts: the first
 * starts in the element's first update, so this task comes after its first render.
 */
function warmRegionNames(): void {
  regionNames ??= pause().then(() => countryName('ZZ', 'en'));
}

/** How the card and the map read the centres dataset: tolerant, so one bad record hides only itself. */
export const centersSource: DataSource<Center[]> = {
  defaultSrc: () => centresDatasetUrl,
  parse: async (text, { onDrop }) => (await centersParser()).parseCenters(JSON.parse(text), { strict: false, onDrop }),
  isEmpty: (list) => list.length === 0,
  warm: () => {
    warmRegionNames();
    return centersParser();
  },
};
