// <sz-center-map>: the list of centres, imperfect data, no located centre, view and projection.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/center-map/define.js';
import type { Center } from '../../src/data/types.js';
import { captureWarnings, clearStoredCopies, shippedCentres } from '../helpers.js';
import { $$, part } from '../shadow.js';
import { centerMapFixture, drawn, listItems, markers } from './harness.js';

describe('<sz-center-map>', () => {
  beforeEach(clearStoredCopies);

  it('lists every centre, Evelyn as not located and drawn nowhere, planned countries shaded on request', async () => {
    const attributes = { src: shippedCentres, 'show-list': '', 'show-planned': '', style: 'width: 1000px' };
    const el = await centerMapFixture(attributes);
    await drawn(el);
    const items = listItems(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(10);
    expect(items.find((t) => t.includes('Evelyn'))).to.equal('Evelyn (location not identified) — open');
    expect(markers(el).some((m) => m.dataset.id!.includes('evelyn'))).to.equal(false);
    expect($$(el, '[part~="land"] path.planned')).to.have.length(3);
    expect(getComputedStyle(part(el, 'list')!).position).not.to.equal('absolute');
    el.showList = false;
    await el.updateComplete;
    // Still there for screen readers, out of sight and out of the tab order.
    expect(part(el, 'list')!.classList.contains('sr-only')).to.equal(true);
    expect(part(el, 'list-item')!.tabIndex).to.equal(-1);
    listItems(el)[5].click();
    expect(el.selected).to.be.a('string');
  });

  it('shows every sound centre of a dataset with one bad record, and warns once naming it', async () => {
    const warnings = captureWarnings();
    try {
      const src = new URL('/test/fixtures/card/one-bad.geojson', location.href).href;
      const el = await centerMapFixture({ src, 'show-list': '', style: 'width: 1000px' });
      await drawn(el);
      const listed = listItems(el).map((b) => b.textContent!);
      // Ten shipped centres and Haifa (its unsafe source dropped); the broken record is left out.
      expect(listed).to.have.length(11);
      expect(listed.some((t) => t.includes('Haifa'))).to.equal(true);
      expect(listed.some((t) => t.includes('Broken'))).to.equal(false);
      expect(markers(el).some((m) => m.dataset.id!.includes('haifa'))).to.equal(true);
      expect(part(el, 'status')!.textContent!.trim()).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('$.features[3] left out');
    } finally {
      warnings.restore();
    }
  });

  it('shows the world and the list when no centre has a location', async () => {
    const nowhere: Center[] = [
      {
        id: 'x',
        name: { en: 'Somewhere' },
        country: 'FR',
        status: 'planned',
        founders: [],
        partners: [],
        focus: [],
        source: 'https://example.test/',
      },
    ];
    const el = await centerMapFixture({ style: 'width: 800px' }, { centers: nowhere });
    await drawn(el);
    // The whole world in view: the land spans the picture from edge to edge, none of it cut off.
    const land = part(el, 'land')!.getBoundingClientRect();
    const picture = part(el, 'map')!.querySelector('svg')!.getBoundingClientRect();
    expect(land.width / picture.width, 'the land’s share of the picture’s width').to.be.within(0.9, 1.001);
    expect(markers(el)).to.have.length(0);
    expect(listItems(el)).to.have.length(1);
  });

  it('changes view and projection at runtime', async () => {
    const el = await centerMapFixture({ src: shippedCentres, style: 'width: 800px' });
    await drawn(el);
    // The view frames the same outlines differently; another projection has outlines of its own.
    const viewBox = () => part(el, 'map')!.querySelector('svg')!.getAttribute('viewBox');
    const d = () => part(el, 'borders')!.getAttribute('d');
    const before = viewBox();
    const equalEarth = d();
    el.setAttribute('view', 'world');
    await el.updateComplete;
    expect(viewBox()).not.to.equal(before);
    el.setAttribute('projection', 'mercator');
    await waitUntil(() => d() !== equalEarth, 'the Mercator outlines were not drawn');
    // Mercator's world is taller than Equal Earth's: its world view is framed anew.
    expect(viewBox()).not.to.equal(before);
    expect(markers(el).length).to.be.greaterThan(0);
  });
});
