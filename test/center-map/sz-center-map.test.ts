import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SzCenterMap } from '../../src/center-map/sz-center-map.js';
import type { SzCenterCard } from '../../src/center-card/sz-center-card.js';
import type { Center } from '../../src/data/types.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { captureWarnings, clearStoredCopies } from '../helpers.js';
import '../../src/center-card/define.js';

const shipped = new URL('/datasets/centres.geojson', location.href).href;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const markers = (el: Element) => $$(el, '[part~="marker"]');
const drawn = (el: SzCenterMap) => waitUntil(() => markers(el).length > 0 || $$(el, '[part~="land"] path').length > 0, 'map not drawn', { timeout: 8000 });
const centreOf = (e: Element) => {
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

function resourceRequested(part: string): boolean {
  return performance.getEntriesByType('resource').some((r) => r.name.includes(part));
}

describe('<sz-center-map>', () => {
  // Runs first: the map code must not load before a map is on the page.
  it('requests no map code or geometry until a map is connected', async () => {
    await import('../../src/center-map/define.js');
    expect(resourceRequested('map-geo')).to.equal(false);
    expect(resourceRequested('world.json')).to.equal(false);
    const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} style="width: 1000px"></sz-center-map>`);
    await drawn(el);
    expect(resourceRequested('map-geo')).to.equal(true);
    // Everything the map needed came from this origin.
    const foreign = performance.getEntriesByType('resource').filter((r) => new URL(r.name).origin !== location.origin);
    expect(foreign.map((r) => r.name)).to.deep.equal([]);
  });

  beforeEach(clearStoredCopies);

  it('draws six markers for the shipped data, where the cities are', async () => {
    const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} style="width: 1280px"></sz-center-map>`);
    await drawn(el);
    const byId = Object.fromEntries(markers(el).map((m) => [m.dataset.id, centreOf(m)]));
    expect(Object.keys(byId).sort()).to.deep.equal(['boston', 'london', 'san-francisco', 'seattle', 'tel-aviv', 'toronto']);
    expect(byId.seattle.x).to.be.lessThan(byId.boston.x);
    expect(byId.seattle.y).to.be.lessThan(byId.boston.y);
    expect(byId.london.x).to.be.lessThan(byId['tel-aviv'].x);
    expect(byId.toronto.y).to.be.lessThan(byId.boston.y);
    expect(markers(el).find((m) => m.dataset.id === 'tel-aviv')!.getAttribute('aria-label')).to.equal('Tel Aviv, Israel — open');
  });

  for (const width of [280, 375, 768, 1280, 1600]) {
    it(`keeps every marker's hit area apart at ${width} px`, async () => {
      const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} style=${`width: ${width}px`}></sz-center-map>`);
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
      const map = $(el, '[part~="map"]')!.getBoundingClientRect();
      for (const b of boxes) {
        expect(b.left >= map.left - 1 && b.right <= map.right + 1, 'marker inside the map').to.equal(true);
      }
    });
  }

  it('zooms into a group of close markers and back out', async () => {
    const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} style="width: 280px"></sz-center-map>`);
    await drawn(el);
    const group = markers(el).find((m) => m.dataset.id!.includes(' '));
    expect(group, 'a group at 280 px').to.not.equal(undefined);
    const members = group!.dataset.id!.split(' ');
    expect(group!.getAttribute('aria-label')).to.match(new RegExp(`^${members.length} centres: .+ — zoom in$`));
    group!.click();
    await waitUntil(() => members.every((id) => markers(el).some((m) => m.dataset.id === id)), 'group did not split');
    $(el, '[part~="reset-button"]')!.click();
    await waitUntil(() => !$(el, '[part~="reset-button"]'));
    expect(markers(el).some((m) => m.dataset.id!.includes(' '))).to.equal(true);
  });

  it('is one tab stop; arrows move west to east, Enter selects and the linked card follows', async () => {
    const wrap = await fixture(html`<div>
      <button id="before">before</button>
      <sz-center-map src=${shipped} for="card" style="width: 1280px"></sz-center-map>
      <sz-center-card id="card" src=${shipped} center="boston"></sz-center-card>
    </div>`);
    const el = wrap.querySelector('sz-center-map')!;
    const card = wrap.querySelector('sz-center-card') as SzCenterCard;
    await drawn(el);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
    expect(focused()).to.equal('san-francisco');
    const order = [focused()];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowRight' });
      order.push(focused());
    }
    expect(order).to.have.length(6);
    expect(new Set(order).size).to.equal(6);
    expect(order.indexOf('london')).to.be.lessThan(order.indexOf('tel-aviv'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(order[5]);
    while (focused() !== 'tel-aviv') await sendKeys({ press: 'ArrowLeft' });
    const selected = oneEvent(el, 'sz-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.id).to.equal('tel-aviv');
    expect(detail.center.country).to.equal('IL');
    expect(el.getAttribute('selected')).to.equal('tel-aviv');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="name"]')?.textContent?.includes('Tel Aviv'), 'card did not follow');
    expect(markers(el).find((m) => m.dataset.id === 'tel-aviv')!.getAttribute('aria-pressed')).to.equal('true');
    // Tab leaves the map: it is a single tab stop.
    await sendKeys({ press: 'Escape' });
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('follows selected set from outside, and warns once about a missing card', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} for="nowhere" style="width: 1000px"></sz-center-map>`);
      await drawn(el);
      el.setAttribute('selected', 'london');
      await el.updateComplete;
      expect(markers(el).find((m) => m.dataset.id === 'london')!.getAttribute('aria-pressed')).to.equal('true');
      el.selected = 'toronto';
      await el.updateComplete;
      const warned = warnings.messages.filter((m) => m.includes('nowhere'));
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('no <sz-center-card id="nowhere">');
    } finally {
      warnings.restore();
    }
  });

  it('lists every centre, Evelyn as not located and drawn nowhere, planned countries shaded on request', async () => {
    const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} show-list show-planned style="width: 1000px"></sz-center-map>`);
    await drawn(el);
    const items = $$(el, '[part~="list-item"]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(10);
    expect(items.find((t) => t.includes('Evelyn'))).to.contain('open, location not identified');
    expect(markers(el).some((m) => m.dataset.id!.includes('evelyn'))).to.equal(false);
    expect($$(el, '[part~="land"] path.planned')).to.have.length(3);
    expect(getComputedStyle($(el, '[part~="list"]')!).position).not.to.equal('absolute');
    el.showList = false;
    await el.updateComplete;
    // Still there for screen readers, out of sight and out of the tab order.
    expect($(el, '[part~="list"]')!.classList.contains('sr-only')).to.equal(true);
    expect($(el, '[part~="list-item"]')!.tabIndex).to.equal(-1);
    $$(el, '[part~="list-item"]')[5].click();
    expect(el.selected).to.be.a('string');
  });

  it('shows every sound centre of a dataset with one bad record, and warns once naming it', async () => {
    const warnings = captureWarnings();
    try {
      const src = new URL('/test/fixtures/card/one-bad.geojson', location.href).href;
      const el = await fixture<SzCenterMap>(html`<sz-center-map src=${src} show-list style="width: 1000px"></sz-center-map>`);
      await drawn(el);
      const listed = $$(el, '[part~="list-item"]').map((b) => b.textContent!);
      // Ten shipped centres and Haifa (its unsafe source dropped); the broken record is left out.
      expect(listed).to.have.length(11);
      expect(listed.some((t) => t.includes('Haifa'))).to.equal(true);
      expect(listed.some((t) => t.includes('Broken'))).to.equal(false);
      expect(markers(el).some((m) => m.dataset.id!.includes('haifa'))).to.equal(true);
      expect($(el, '[part~="status"]')!.textContent!.trim()).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('$.features[3] left out');
    } finally {
      warnings.restore();
    }
  });

  it('shows the world and the list when no centre has a location', async () => {
    const nowhere: Center[] = [{ id: 'x', name: { en: 'Somewhere' }, country: 'FR', status: 'planned', founders: [], partners: [], focus: [], source: 'https://example.test/' }];
    const el = await fixture<SzCenterMap>(html`<sz-center-map .centers=${nowhere} style="width: 800px"></sz-center-map>`);
    await waitUntil(() => $$(el, '[part~="land"] path').length > 100, 'world not drawn');
    expect(markers(el)).to.have.length(0);
    expect($$(el, '[part~="list-item"]')).to.have.length(1);
  });

  it('changes view and projection at runtime', async () => {
    const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} style="width: 800px"></sz-center-map>`);
    await drawn(el);
    const d = () => $(el, '[part~="borders"]')!.getAttribute('d');
    const before = d();
    el.setAttribute('view', 'world');
    await el.updateComplete;
    const world = d();
    expect(world).not.to.equal(before);
    el.setAttribute('projection', 'mercator');
    await el.updateComplete;
    expect(d()).not.to.equal(world);
  });

  it('mirrors the list for Hebrew and Arabic but not the map, and speaks each language', async () => {
    const wrap = await fixture(html`<div>
      ${LANGUAGES.map((lang) => html`<sz-center-map lang=${lang} src=${shipped} style="width: 900px"></sz-center-map>`)}
    </div>`);
    const maps = [...wrap.querySelectorAll('sz-center-map')];
    for (const m of maps) await drawn(m);
    const tel = (m: Element) => markers(m).find((b) => b.dataset.id === 'tel-aviv')!.getAttribute('aria-label');
    expect(maps.map(tel)).to.deep.equal([
      'Tel Aviv, Israel — open',
      '特拉维夫, 以色列 — 已启用',
      'Tel Aviv, ישראל — פעיל',
      'Tel Aviv, Israël — ouvert',
      'Tel Aviv, Israel — eröffnet',
      'Tel Aviv, Israël — geopend',
      'Tel Aviv, Israel — abierto',
      'Tel Aviv, إسرائيل — قيد التشغيل',
      'Tel Aviv, イスラエル — 開設済み',
      'Tel Aviv, 이스라엘 — 운영 중',
      'Tel Aviv, Israel — aberto',
      'Tel Aviv, Израиль — открыт',
    ]);
    expect(maps.map((m) => $(m, '[part~="base"]')!.dir)).to.deep.equal(LANGUAGES.map((l) => (l === 'he' || l === 'ar' ? 'rtl' : 'ltr')));
    expect(maps.every((m) => $(m, '[part~="map"]')!.dir === 'ltr')).to.equal(true);
  });

  it('has no axe violations, light and dark, with the list shown', async () => {
    const el = await fixture<SzCenterMap>(html`<sz-center-map src=${shipped} show-list style="width: 900px"></sz-center-map>`);
    await drawn(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    el.selected = 'london';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
