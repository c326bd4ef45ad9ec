// The data flow the elements share, as one chunk that loads when the first element connects,
// alongside the element's first render (a loading skeleton) rather than before it.
export { run } from '../shared/data-flow.js';
