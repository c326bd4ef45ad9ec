import type { Center } from '../data/types.js';
import type { DataSource } from './data-controller.js';
import { centresDatasetUrl } from './datasets.js';

const centersParser = () => import('../data/centres.js');

/** How the card and the map read the centres dataset: tolerant, so one bad record hides only itself. */
export const centersSource: DataSource<Center[]> = {
  defaultSrc: () => centresDatasetUrl,
  parse: async (text, { onDrop }) => (await centersParser()).parseCenters(JSON.parse(text), { strict: false, onDrop }),
  isEmpty: (list) => list.length === 0,
  warm: centersParser,
};
