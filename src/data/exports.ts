// The pure data functions the package exports: parsing, validation, loading. The module bundle
// awaits them as a chunk of their own (index.ts), sharing its parsers with the elements' own lazy
// parsing, so they are never part of the first download.
export { parseFeed, type FeedOptions } from './feed.js';
export { parseDate } from './dates.js';
export { htmlToText } from './html-text.js';
export { decodeBody } from './decode.js';
export { load, MAX_BYTES, type Loaded, type LoadOptions } from './loader.js';
export { parseCenters, checkCenters, type CentersOptions } from './centres.js';
export { parseCentres, checkCentres, type CentresOptions } from './centres.js';
export type { Dropped, Problem } from './types.js';
export { SzError } from './types.js';
