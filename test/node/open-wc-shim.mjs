// Stands in for @open-wc/testing when the browser test files run in Node (scripts/test-node.mjs):
// those files take only `expect` from it, and that is chai's. The real package pulls in
// browser-only helpers (fixtures, axe) that cannot load in Node.
export { expect } from 'chai';
