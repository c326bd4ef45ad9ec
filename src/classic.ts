/**
 * sz-widgets, the classic script, for pages that cannot add a `<script type="module">` (older
 * CMSs): it loads the module build from beside itself, which defines the three elements, and puts
 * the module's exports on `window.szWidgets` when they arrive (`szWidgets.ready` resolves then).
 * One build, so a page with the classic script and the module bundle, or with a map, has one Lit
 * and one loader, and the classic page pays for exactly what a module page pays.
 */
interface Global {
  ready?: Promise<Global>;
  [name: string]: unknown;
}

// Taken while the script runs, the only time a classic script knows its own address. (Through a
// variable: the build must not take the module for an asset to copy.)
const scriptUrl = import.meta.url;
const moduleUrl = new URL('sz-widgets.js', scriptUrl).href;

const api: Global = ((globalThis as { szWidgets?: Global }).szWidgets ??= {});
api.ready ??= import(/* @vite-ignore */ moduleUrl).then(
  (exports: Global) => Object.assign(api, exports),
  // Offline or blocked: said in the console, never thrown at the page.
  (err: unknown) => {
    console.warn(`sz-widgets: could not load ${moduleUrl}`, err);
    return api;
  },
);
