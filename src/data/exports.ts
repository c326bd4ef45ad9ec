// The pure data functions the package exports: parsing, validation, loading. The classic bundle
// holds them (core.ts); the module bundle awaits them as a chunk of their own (index.ts), the same
// chunk the elements load when they first parse, so they are never part of the first download.
export { parseFeed, type FeedOptions } from './feed.js';
export { parseDate } from './dates.js';
export { htmlToText } from './html-text.js';
export { decodeBody } from './decode.js';
export { load, MAX_BYTES, type Loaded, type LoadOptions } from './loader.js';
export { parseCentres, parseCenters, checkCentres, checkCenters, type CentresOptions, type Dropped, type Problem } from './centres.js';
export { SzError } from './types.js';
