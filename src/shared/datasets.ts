// The centres dataset shipped with the package, found beside the script that was loaded (a CDN
// or a partner's own server alike). Computed when the script runs: a classic script only knows
// its own URL (document.currentScript) at that moment. The build copies it into dist/data/.
export const centresDatasetUrl = new URL('../../datasets/centres.geojson', import.meta.url).href;
