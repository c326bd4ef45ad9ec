/**
 * sz-widgets, the module bundle: every element, defined on import, and the pure data functions.
 * The map's drawing code and country shapes stay in a chunk loaded only when a map connects.
 */
export * from './core.js';
export { SzCenterMap } from './center-map/define.js';
