/**
 * sz-widgets, the classic-script bundle for pages that cannot load modules' `<script
 * type="module">`: the news list, the centre card and the pure functions as `window.szWidgets`.
 * The map is a module (its drawing code loads on demand), so when the page's HTML has an
 * `<sz-center-map>`, this script loads `sz-center-map.js` from beside itself. A map added later
 * by a script needs that module loaded by the page.
 */
export * from './core.js';

// Resolved while this script runs: a classic script only knows its own URL at that moment.
// (Through a variable: the build must not take this module for an asset to copy.)
const scriptUrl = import.meta.url;
const mapModule = new URL('sz-center-map.js', scriptUrl).href;

// A failed load (offline, blocked) is reported in the console, never thrown at the page.
const loadMapIfPresent = () => document.querySelector('sz-center-map') && import(/* @vite-ignore */ mapModule).catch(console.warn);

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', loadMapIfPresent, { once: true });
else loadMapIfPresent();
