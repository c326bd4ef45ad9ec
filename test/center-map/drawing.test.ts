// <sz-center-map>: the lazy map code, where markers go, and groups of close markers.
import { expect, waitUntil } from '@open-wc/testing';
import type { SzCenterMap } from '../../src/center-map/sz-center-map.js';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { part } from '../shadow.js';
import { centerMapFixture, centreOf, drawn, marker, markers } from './harness.js';

function resourceRequested(name: string): boolean {
  return performance.getEntriesByType('resource').some((r) => r.name.includes(name));
}

describe('<sz-center-map>', () => {
  // Runs first: the map code must not load before a map is on the page.
  it('requests no map code or geometry until a map is connected', async () => {
    await import('../../src/center-map/define.js');
    expect(resourceRequested('map-geo')).to.equal(false);
    expect(resourceRequested('outlines/')).to.equal(false);
    const el: SzCenterMap = await centerMapFixture({ src: shippedCentres, style: 'width: 1000px' });
    await drawn(el);
    expect(resourceRequested('map-geo')).to.equal(true);
    // The outlines of the projection shown, and only those.
    expect(resourceRequested('outlines/equal-earth')).to.equal(true);
    expect(resourceRequested('outlines/mercator') || resourceRequested('outlines/natural-earth')).to.equal(false);
    // Everything the map needed came from this origin.
    const foreign = performance.getEntriesByType('resource').filter((r) => new URL(r.name).origin !== location.origin);
    expect(foreign.map((r) => r.name)).to.deep.equal([]);
  });

  beforeEach(clearStoredCopies);

  it('draws six markers for the shipped data, where the cities are', async () => {
    const el = await centerMapFixture({ src: shippedCentres, style: 'width: 1280px' });
    await drawn(el);
    const byId = Object.fromEntries(markers(el).map((m) => [m.dataset.id, centreOf(m)]));
    const located = ['boston', 'london', 'san-francisco', 'seattle', 'tel-aviv', 'toronto'];
    expect(Object.keys(byId).sort()).to.deep.equal(located);
    expect(byId.seattle.x).to.be.lessThan(byId.boston.x);
    expect(byId.seattle.y).to.be.lessThan(byId.boston.y);
    expect(byId.london.x).to.be.lessThan(byId['tel-aviv'].x);
    expect(byId.toronto.y).to.be.lessThan(byId.boston.y);
    expect(marker(el, 'tel-aviv')!.getAttribute('aria-label')).to.equal('Tel Aviv, Israel — open');
  });

  for (const width of [280, 375, 768, 1280, 1600]) {
    it(`keeps every marker's hit area apart at ${width} px`, async () => {
      const el = await centerMapFixture({ src: shippedCentres, style: `width: ${width}px` });
      await drawn(el);
      const boxes = markers(el).map((m) => m.getBoundingClientRect());
      expect(boxes.length).to.be.greaterThan(0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `markers ${i} and ${j} overlap at ${width}px`).to.equal(false);
        }
      }
      // Every located centre is on the map, alone or in a group.
      const ids = markers(el).flatMap((m) => m.dataset.id!.split(' '));
      expect(ids.sort()).to.deep.equal(['boston', 'london', 'san-francisco', 'seattle', 'tel-aviv', 'toronto']);
      const map = part(el, 'map')!.getBoundingClientRect();
      for (const b of boxes) {
        expect(b.left >= map.left - 1 && b.right <= map.right + 1, 'marker inside the map').to.equal(true);
      }
    });
  }

  it('zooms into a group of close markers and back out', async () => {
    const el = await centerMapFixture({ src: shippedCentres, style: 'width: 280px' });
    await drawn(el);
    const group = markers(el).find((m) => m.dataset.id!.includes(' '));
    expect(group, 'a group at 280 px').to.not.equal(undefined);
    const members = group!.dataset.id!.split(' ');
    expect(group!.getAttribute('aria-label')).to.match(new RegExp(`^${members.length} centres: .+ — zoom in$`));
    group!.click();
    await waitUntil(() => members.every((id) => marker(el, id)), 'group did not split');
    part(el, 'reset-button')!.click();
    await waitUntil(() => !part(el, 'reset-button'));
    expect(markers(el).some((m) => m.dataset.id!.includes(' '))).to.equal(true);
  });
});
