/* global document, window, performance */
// <sz-center-map> with the shipped dataset: from connecting the element (its module already
// loaded, as on a page) to the frame in which all six located centres have marker buttons.
import { whenFrame } from './poll.js';

const LOCATED = 6;
const stage = document.getElementById('stage');
const shown = (root) =>
  [...root.querySelectorAll('[part~="marker"]')].reduce((n, b) => n + b.dataset.id.split(' ').length, 0);

const t0 = performance.now();
const el = document.createElement('sz-center-map');
stage.append(el);
try {
  const done = await whenFrame(
    () => el.shadowRoot.querySelector('[part~="land"] path') && shown(el.shadowRoot) === LOCATED,
  );
  window.__result = {
    connectToMarkers: done - t0,
    navigationToMarkers: done,
    markers: shown(el.shadowRoot),
    buttons: el.shadowRoot.querySelectorAll('[part~="marker"]').length,
    paths: el.shadowRoot.querySelectorAll('[part~="land"] path').length,
  };
} catch (err) {
  window.__result = { error: String(err) };
}
