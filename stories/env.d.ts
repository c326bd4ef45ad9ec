// `?raw` imports (the fixture text of the stale stories' stored copies) are Vite's: the text of
// the file. Declared here rather than through vite/client, which would also add Vite's globals
// to the type-check of src/.
declare module '*?raw' {
  const text: string;
  export default text;
}

// dist/custom-elements.json is written by `npm run manifest`; on a clean clone it does not exist
// yet when the type-check runs, so its shape is declared here.
declare module '*/custom-elements.json' {
  const manifest: import('./manifest.js').Manifest;
  export default manifest;
}
