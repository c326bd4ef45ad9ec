import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
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

/** Marker labels on screen. */
const visibleTips = (el: Element) => $$(el, '.tip').filter((t) => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0);
type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
// Half a pixel for subpixel rounding.
const within = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;
const showBox = (b: Box) => `[${Math.round(b.left)}, ${Math.round(b.top)} – ${Math.round(b.right)}, ${Math.round(b.bottom)}]`;
/** A real pointer (not a synthetic event): hover state and focus behave as for a person. */
const mouse = (type: 'move' | 'click', at: { x: number; y: number }) => sendMouse({ type, position: [Math.round(at.x), Math.round(at.y)] });

/**
 * Shows every marker's label, first by keyboard focus (Tab in from the button before the map,
 * then the arrows), then by hovering, and checks that exactly that label is on screen and lies
 * inside the viewport, the map's box and `clip` when given.
 */
async function expectLabelsInside(el: SzCenterMap, before: HTMLElement, clip?: Element): Promise<void> {
  const check = (marker: HTMLElement, how: string) => {
    const tips = visibleTips(el);
    expect(tips.map((t) => t.parentElement?.dataset.id), `${how} ${marker.dataset.id}: its label alone`).to.deep.equal([marker.dataset.id]);
    const tip = tips[0].getBoundingClientRect();
    const boxes: [string, Box][] = [
      ["map's box", $(el, '[part~="map"]')!.getBoundingClientRect()],
      ['viewport', { left: 0, top: 0, right: document.documentElement.clientWidth, bottom: document.documentElement.clientHeight }],
    ];
    if (clip) boxes.unshift(['clipping container', clip.getBoundingClientRect()]);
    for (const [name, box] of boxes) {
      expect(within(tip, box), `${how} ${marker.dataset.id}: label ${showBox(tip)} inside the ${name} ${showBox(box)}`).to.equal(true);
    }
  };
  const all = markers(el);
  expect(all.length).to.be.greaterThan(1);
  before.focus();
  await sendKeys({ press: 'Tab' });
  await sendKeys({ press: 'Home' });
  for (const [i, marker] of all.entries()) {
    if (i > 0) await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(marker);
    check(marker, 'focused');
  }
  (el.shadowRoot!.activeElement as HTMLElement).blur();
  for (const marker of all) {
    await mouse('move', centreOf(marker));
    check(marker, 'hovered');
  }
  // Off the map (resetMouse may leave the pointer where it is, as far as the page knows).
  await mouse('move', { x: 1, y: document.documentElement.clientHeight - 1 });
  expect(visibleTips(el), 'after the pointer left').to.have.length(0);
}

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
    // Escape first closes the focused marker's label, then clears the selection.
    await sendKeys({ press: 'Escape' });
    expect(visibleTips(el)).to.have.length(0);
    expect(el.getAttribute('selected')).to.equal('tel-aviv');
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
    expect(items.find((t) => t.includes('Evelyn'))).to.equal('Evelyn (location not identified) — open');
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

  it('names list items by city, or by country and "planned", and Evelyn with a space before the parenthesis', async () => {
    const wrap = await fixture(html`<div>
      <sz-center-map src=${shipped} show-list style="width: 600px"></sz-center-map>
      <sz-center-map lang="fr" src=${shipped} show-list style="width: 600px"></sz-center-map>
    </div>`);
    const [en, fr] = [...wrap.querySelectorAll('sz-center-map')];
    const items = (m: Element) => $$(m, '[part~="list-item"]');
    await waitUntil(() => items(en).length === 10 && items(fr).length === 10, 'lists not shown', { timeout: 8000 });
    // What is read out: exactly this text, no whitespace collapsed (the build's minifier keeps only
    // what the text itself holds); the visible name is the first line.
    const read = (m: Element) => items(m).map((b) => b.textContent!.trim());
    const shown = (m: Element) => items(m).map((b) => b.firstElementChild?.textContent?.trim());
    expect(read(en)).to.deep.equal([
      'San Francisco, United States — open',
      'Boston, United States — open',
      'Seattle, United States — open',
      'London, United Kingdom — open',
      'Evelyn (location not identified) — open',
      'Tel Aviv, Israel — open',
      'Toronto, Canada — open',
      'France — planned',
      'Germany — planned',
      'Belgium — planned',
    ]);
    expect(shown(en)).to.deep.equal([
      'San Francisco',
      'Boston',
      'Seattle',
      'London',
      'Evelyn (location not identified)',
      'Tel Aviv',
      'Toronto',
      'France — planned',
      'Germany — planned',
      'Belgium — planned',
    ]);
    const frRead = read(fr);
    expect([frRead[4], frRead[5], frRead[7], frRead[9]]).to.deep.equal([
      'Evelyn (lieu non identifié) — ouvert',
      'Tel Aviv, Israël — ouvert',
      'France — prévu',
      'Belgique — prévu',
    ]);
    expect(shown(fr)[5]).to.equal('Tel Aviv');
    expect(shown(fr)[4]).to.equal('Evelyn (lieu non identifié)');
    // A planned country has no centre yet: no centre name anywhere in the list.
    expect([...read(en), ...read(fr)].some((t) => t.includes('Innovation Centre'))).to.equal(false);

    // Evelyn, in every language: a space, then the note in parentheses.
    const all = await fixture(html`<div>${LANGUAGES.map((lang) => html`<sz-center-map lang=${lang} src=${shipped} show-list></sz-center-map>`)}</div>`);
    const maps = [...all.querySelectorAll('sz-center-map')];
    await waitUntil(() => maps.every((m) => items(m).length === 10), 'lists not shown', { timeout: 8000 });
    for (const [i, m] of maps.entries()) expect(shown(m)[4], LANGUAGES[i]).to.match(/^Evelyn \([^()\s][^()]*\)$/);
  });

  describe('marker labels', () => {
    afterEach(() => resetMouse());

    describe('at 375 px', () => {
      before(() => setViewport({ width: 375, height: 700 }));
      after(() => setViewport({ width: 800, height: 600 }));

      for (const lang of ['en', 'he']) {
        it(`keeps every label inside the viewport and the map, focused or hovered, zoomed in or not (${lang})`, async () => {
          const wrap = await fixture(html`<div style="position: absolute; left: 0; top: 0; width: 375px">
            <button>before</button>
            <sz-center-map lang=${lang} src=${shipped}></sz-center-map>
          </div>`);
          const el = wrap.querySelector('sz-center-map')!;
          const before = wrap.querySelector('button')!;
          await drawn(el);
          await expectLabelsInside(el, before);
          // Tapped: the label opens with the selection and stays inside too.
          for (const marker of markers(el).filter((m) => !m.dataset.id!.includes(' '))) {
            await mouse('click', centreOf(marker));
            expect(el.selected).to.equal(marker.dataset.id);
            const tips = visibleTips(el);
            expect(tips.map((t) => t.parentElement), `tapped ${marker.dataset.id}`).to.deep.equal([marker]);
            const tip = tips[0].getBoundingClientRect();
            expect(within(tip, $(el, '[part~="map"]')!.getBoundingClientRect()), `tapped ${marker.dataset.id}: label ${showBox(tip)} inside the map`).to.equal(true);
          }
          // Each group, zoomed into: its members sit near the edges of the fitted view.
          const groups = markers(el).filter((m) => m.dataset.id!.includes(' ')).map((m) => m.dataset.id!);
          expect(groups.length, 'a group at 375 px').to.be.greaterThan(0);
          for (const group of groups) {
            markers(el).find((m) => m.dataset.id === group)!.click();
            await waitUntil(() => !markers(el).some((m) => m.dataset.id === group), `group ${group} did not split`);
            await expectLabelsInside(el, before);
            $(el, '[part~="reset-button"]')!.click();
            await waitUntil(() => markers(el).some((m) => m.dataset.id === group), 'did not zoom back out');
          }
        });
      }

      it('keeps labels inside an overflow: hidden container just the size of the map', async () => {
        const wrap = await fixture(html`<div style="position: absolute; left: 0; top: 0">
          <button>before</button>
          <div style="width: 375px; overflow: hidden"><sz-center-map src=${shipped} style="--sz-space: 0"></sz-center-map></div>
        </div>`);
        const el = wrap.querySelector('sz-center-map')!;
        const clip = el.parentElement!;
        await drawn(el);
        const map = $(el, '[part~="map"]')!.getBoundingClientRect();
        clip.style.height = `${map.bottom - clip.getBoundingClientRect().top}px`;
        expect(Math.abs(clip.getBoundingClientRect().width - map.width)).to.be.lessThan(1);
        await expectLabelsInside(el, wrap.querySelector('button')!, clip);
      });
    });

    it('closes a label on a second tap, on Escape and on a tap elsewhere', async () => {
      const wrap = await fixture(html`<div style="position: absolute; left: 0; top: 0; width: 600px">
        <sz-center-map src=${shipped}></sz-center-map>
        <p id="elsewhere">Elsewhere on the page</p>
      </div>`);
      const el = wrap.querySelector('sz-center-map')!;
      await drawn(el);
      const tel = markers(el).find((m) => m.dataset.id === 'tel-aviv')!;
      const at = centreOf(tel);
      const open = () => visibleTips(el).map((t) => t.parentElement?.dataset.id);

      await mouse('click', at);
      expect(el.selected).to.equal('tel-aviv');
      expect(open(), 'first tap').to.deep.equal(['tel-aviv']);
      await mouse('click', at);
      expect(open(), 'second tap on the same marker').to.deep.equal([]);
      expect(el.selected, 'a second tap keeps the selection').to.equal('tel-aviv');
      await mouse('click', at);
      expect(open(), 'third tap').to.deep.equal(['tel-aviv']);

      // Escape closes the label (the pointer still on the marker), and only that.
      await sendKeys({ press: 'Escape' });
      expect(open(), 'after Escape').to.deep.equal([]);
      expect(el.selected).to.equal('tel-aviv');

      // A tap elsewhere on the page, or on the map away from any marker.
      await mouse('click', at);
      await mouse('click', at);
      await mouse('click', at);
      expect(open()).to.deep.equal(['tel-aviv']);
      await mouse('click', centreOf(wrap.querySelector('#elsewhere')!));
      expect(open(), 'after a tap elsewhere on the page').to.deep.equal([]);
      await mouse('click', at);
      expect(open()).to.deep.equal(['tel-aviv']);
      const map = $(el, '[part~="map"]')!.getBoundingClientRect();
      await mouse('click', { x: map.left + 3, y: map.bottom - 3 });
      expect(open(), 'after a tap on an empty part of the map').to.deep.equal([]);

      // A touch elsewhere leaves the pointer's hover where it was (so the pointer stays on the
      // marker here): the label still closes.
      await mouse('click', at);
      expect(open()).to.deep.equal(['tel-aviv']);
      wrap.querySelector('#elsewhere')!.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(open(), 'after a touch elsewhere').to.deep.equal([]);

      // A label shown by hovering alone (focus elsewhere) closes on Escape too.
      await mouse('move', centreOf(wrap.querySelector('#elsewhere')!));
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      await mouse('move', at);
      expect(open(), 'hovered').to.deep.equal(['tel-aviv']);
      await sendKeys({ press: 'Escape' });
      expect(open(), 'hovered, after Escape').to.deep.equal([]);
      expect(el.selected).to.equal('tel-aviv');
    });
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
