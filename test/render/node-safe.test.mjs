// The elements are safe to import in Node: the renderer runs the browser's own element classes on
// Lit's server build, with no DOM. A fresh process (the other tests' news lists bring jsdom's
// DOMParser and document, for the feed parser), a card and a map (whose data needs no DOM to read).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { root } from './helpers.mjs';

const SCRIPT = `
const before = [typeof document, typeof window, typeof Element];
const { renderPage } = await import('./dist/render/index.js');
const page = '<sz-center-card center="london"></sz-center-card><sz-center-map lang="he" show-list></sz-center-map>';
const result = await renderPage(page, { now: 0 });
const after = [typeof document, typeof window, typeof Element];
console.log(JSON.stringify({ before, after, rendered: result.rendered, problems: result.problems }));
`;

describe('the elements in Node', () => {
  it('import and render without a DOM: nothing touches document or window', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      cwd: root,
    });
    const { before, after, rendered, problems } = JSON.parse(stdout);
    assert.deepEqual(before, ['undefined', 'undefined', 'undefined']);
    assert.deepEqual(after, before, 'rendering gave Node DOM globals');
    assert.deepEqual(problems, []);
    assert.equal(rendered, 2);
  });
});
