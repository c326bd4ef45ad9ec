import type { Center } from '../data/types.js';
import { dataFlow, type DataSource } from './data-controller.js';
import { centresDatasetUrl } from './datasets.js';
import { countryName } from './format.js';
import { pause } from './pause.js';

const centersParser = () => import('../data/centres.js');

/** How the card and the map read the centres dataset: tolerant, so one bad record hides only itself. */
export const centersSource: DataSource<Center[]> = {
  defaultSrc: () => centresDatasetUrl,
  parse: async (text, { onDrop }) => (await centersParser()).parseCenters(JSON.parse(text), { strict: false, onDrop }),
  isEmpty: (list) => list.length === 0,
  // At the first load, once the element has rendered its skeleton (the first update's own task):
  // the page's first Intl.DisplayNames in a task of its own (see prepareCenters).
  warm: () => {
    void pause().then(() => countryName('ZZ', 'en'));
    return centersParser();
  },
};

/**
 * Started as a card or a map connects, not at its first update (which waits for a task of its
 * own): the code that loads and reads the centres. The page's first Intl.DisplayNames is made in a
 * task of its own once a load starts (`warm`), after the first render: its construction loads the
 * names of every region (about 30 ms on a desktop, four times that on a slow phone), which would
 * otherwise add to the first card's render, and made before it, would let a frame show the element
 * with no skeleton yet.
 */
export function prepareCenters(): void {
  void dataFlow();
  void centersParser();
}
