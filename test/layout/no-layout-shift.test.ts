// Loading → loaded moves nothing around a widget: each holds its final size while its data is on
// the way (its skeleton), so the text after it stays where it was first drawn. The data arrives
// late on purpose (the test server's delay); what is compared is where the text after the widget
// is, not when anything happens.
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/news-list/define.js';
import '../../src/center-card/define.js';
import '../../src/center-map/define.js';
import { clearStoredCopies, faultUrl } from '../helpers.js';
import { part, parts } from '../shadow.js';
import { drawn } from '../center-map/harness.js';

const DELAY = 800;
const thumb = new URL('/test/fixtures/host-css/thumb.svg', location.href).href;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** A JSON Feed of `count` items, each as long as an item can be shown (or short), data `DELAY` ms late. */
function lateFeed(count: number, { long = true, image = false } = {}): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `i${i}`,
    url: `https://example.test/${i}`,
    title: long ? `Item ${i}: ${words(30)}` : `Item ${i}`,
    summary: long ? words(120) : 'Short.',
    date_published: `2024-01-${String(i + 1).padStart(2, '0')}T12:00:00Z`,
    ...(image ? { image: thumb } : {}),
  }));
  const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Late', items });
  return faultUrl({ body, type: 'application/feed+json', delay: DELAY }).url;
}

/**
 * The widget between two paragraphs, in a column `width` px wide, once it has rendered (its loading
 * state: a card's or a map's first render is a task after it connects); returns the widget and the
 * text after it. Only the widget's own update is awaited, not a frame: a language chunk in the
 * browser's cache could arrive within a frame and end the loading state before it is looked at.
 */
async function between(widget: TemplateResult, width: number): Promise<{ el: HTMLElement; after: HTMLElement }> {
  const box = fixtureSync(html`<div style="width: ${width}px"><p>Before.</p>${widget}<p>After.</p></div>`);
  const el = box.children[1] as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return { el, after: box.children[2] as HTMLElement };
}

/** Where the text after the widget is while it loads, then once `loaded` holds: the same place. */
async function expectNoShift(el: HTMLElement, after: HTMLElement, loaded: (el: HTMLElement) => unknown, what: string) {
  const top = after.getBoundingClientRect().top;
  await waitUntil(() => loaded(el), `${what} did not load`, { timeout: 8000 });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const moved = after.getBoundingClientRect().top - top;
  expect(Math.abs(moved), `${what}: the text after it moved ${moved.toFixed(1)} px when the data arrived`).to.be.below(
    0.5,
  );
}

const loading = (el: Element) => part(el, 'skeleton');
const items = (n: number) => (el: Element) => parts(el, 'item').length === n;

describe('no layout shift: loading → loaded moves nothing around the widget', () => {
  before(() => setViewport({ width: 1000, height: 900 }));
  beforeEach(clearStoredCopies);

  describe('<sz-news-list>', () => {
    // First: the language's strings arrive after the first render, as on a first visit.
    it('holds its heading’s line while its language loads (Hebrew, default heading)', async () => {
      const { el, after } = await between(
        html`<sz-news-list lang="he" src=${lateFeed(3)} limit="3"></sz-news-list>`,
        600,
      );
      expect(part(el, 'heading'), 'no heading line while the strings load').not.to.equal(null);
      // Its placeholder space is not read out; the heading itself carries no aria-hidden at all.
      expect(part(el, 'heading')!.getAttribute('aria-hidden')).to.equal('true');
      await expectNoShift(el, after, items(3), 'Hebrew list');
      expect(part(el, 'heading')!.textContent).to.equal('חדשות');
      expect(part(el, 'heading')!.hasAttribute('aria-hidden')).to.equal(false);
    });

    it('fewer items than limit (2 of 5): the list shrinks to them, no empty rows are left', async () => {
      const { el, after } = await between(html`<sz-news-list src=${lateFeed(2)}></sz-news-list>`, 600);
      const top = after.getBoundingClientRect().top;
      await waitUntil(() => items(2)(el), 'the items did not arrive', { timeout: DELAY * 5 });
      const list = part(el, 'list')!.getBoundingClientRect();
      const rows = el.shadowRoot!.querySelector('.rows')!.getBoundingClientRect();
      // The room below the last item is at most the gap Show more would take, not three more rows.
      expect(rows.bottom - list.bottom, 'empty room under the items').to.be.lessThan(60);
      expect(after.getBoundingClientRect().top, 'the text after it moved up, not down').to.be.at.most(top);
    });

    const cases: [string, (src: string) => TemplateResult, number, number][] = [
      ['the longest items, with a "Show more"', (src) => html`<sz-news-list src=${src}></sz-news-list>`, 7, 600],
      ['the longest items in a 280 px column', (src) => html`<sz-news-list src=${src}></sz-news-list>`, 7, 280],
      ['hide-summary, limit 2', (src) => html`<sz-news-list src=${src} hide-summary limit="2"></sz-news-list>`, 3, 600],
      ['compact', (src) => html`<sz-news-list src=${src} layout="compact" limit="3"></sz-news-list>`, 4, 375],
      ['cards', (src) => html`<sz-news-list src=${src} layout="cards" limit="4"></sz-news-list>`, 6, 900],
      [
        'cards in a 375 px column',
        (src) => html`<sz-news-list src=${src} layout="cards" limit="3"></sz-news-list>`,
        3,
        375,
      ],
    ];
    for (const [name, make, count, width] of cases) {
      it(`${name}, at ${width} px`, async () => {
        const { el, after } = await between(make(lateFeed(count)), width);
        expect(loading(el), 'no skeleton while loading').not.to.equal(null);
        const shown = Math.min(count, Number(el.getAttribute('limit') ?? 5));
        await expectNoShift(el, after, items(shown), name);
      });
    }

    it('a long list (limit 40): holds the room of 30 rows, more than the screen, not 40 unseen ones', async () => {
      const { el, after } = await between(
        html`<sz-news-list src=${lateFeed(40, { long: false })} limit="40"></sz-news-list>`,
        600,
      );
      const rows = () => el.shadowRoot!.querySelectorAll('.skeleton > li').length;
      expect(rows(), 'skeleton rows while loading').to.equal(30);
      // What is in view cannot move: the room held already reaches past the bottom of the screen.
      expect(after.getBoundingClientRect().top, 'the text after the list is in view').to.be.above(window.innerHeight);
      await waitUntil(() => items(40)(el), 'the items did not arrive', { timeout: 8000 });
      expect(rows(), 'unseen skeleton rows once loaded').to.equal(30);
    });

    it('items with images, in the list and cards layouts', async () => {
      for (const layout of ['list', 'cards']) {
        const src = lateFeed(3, { image: true });
        const { el, after } = await between(
          html`<sz-news-list src=${src} layout=${layout} limit="3"></sz-news-list>`,
          700,
        );
        await expectNoShift(el, after, items(3), `${layout} with images`);
      }
    });

    it('a return visit: the saved copy at once, then the network’s answer, move nothing', async () => {
      const good = faultUrl({ path: 'news/alpha.json' });
      const first = await fixture<HTMLElement>(html`<sz-news-list src=${good.url}></sz-news-list>`);
      await waitUntil(() => items(2)(first), 'first visit did not load', { timeout: 8000 });
      first.remove();
      const late = faultUrl({ path: 'news/alpha.json', delay: DELAY });
      localStorage.setItem(`sz-widgets:v1:${late.url}`, localStorage.getItem(`sz-widgets:v1:${good.url}`)!);
      const { el, after } = await between(html`<sz-news-list src=${late.url}></sz-news-list>`, 600);
      await waitUntil(() => items(2)(el), 'saved copy not shown', { timeout: 1000 });
      const answered = oneEvent(el, 'sz-load');
      await expectNoShift(el, after, () => answered.then(() => true), 'saved copy, then the answer');
    });

    it('short items: the list keeps the room it held', async () => {
      const { el, after } = await between(html`<sz-news-list src=${lateFeed(5, { long: false })}></sz-news-list>`, 600);
      await expectNoShift(el, after, items(5), 'short items');
      // The room is held by the skeleton, unseen: no placeholder bar shows under the items.
      const bars = el.shadowRoot!.querySelectorAll('.bone, .image');
      expect(bars.length).to.be.greaterThan(0);
      for (const bar of bars) expect(getComputedStyle(bar).visibility, 'a placeholder on screen').to.equal('hidden');
    });
  });

  describe('<sz-center-card>', () => {
    // A monospaced column: the fixture's summary takes two lines in every engine's font.
    const frame = () => faultUrl({ path: 'card/frame.geojson', delay: DELAY }).url;
    for (const layout of ['full', 'compact']) {
      it(`${layout}: a centre with the facts the skeleton draws loads without moving what follows`, async () => {
        const { el, after } = await between(
          html`<sz-center-card src=${frame()} center="frame" layout=${layout}
            style="font: 16px monospace"></sz-center-card>`,
          720,
        );
        expect(loading(el), 'no skeleton while loading').not.to.equal(null);
        await expectNoShift(el, after, () => part(el, 'name'), `${layout} card`);
      });
    }
  });

  describe('<sz-center-map>', () => {
    for (const width of [375, 800]) {
      it(`keeps the map’s box while it loads, at ${width} px`, async () => {
        const src = faultUrl({ path: 'datasets/centres.geojson', delay: DELAY }).url;
        const { el, after } = await between(html`<sz-center-map src=${src}></sz-center-map>`, width);
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
        await expectNoShift(el, after, () => parts(el, 'marker').length > 0, 'map');
        await drawn(el);
      });
    }
  });

  // A framework or a script puts a widget on a page already drawn: the browser may draw a frame
  // at any task boundary, so the room must be held before the task that added the widget ends
  // (its microtasks included), not in a task after it.
  describe('put on a page already drawn', () => {
    const cases: [string, (src: string) => HTMLElement][] = [
      ['<sz-center-card>', (src) => Object.assign(document.createElement('sz-center-card'), { src, center: 'frame' })],
      ['<sz-center-map>', (src) => Object.assign(document.createElement('sz-center-map'), { src })],
    ];
    for (const [name, make] of cases) {
      it(`${name} holds its room before the next frame can be drawn`, async () => {
        const box = await fixture<HTMLElement>(html`<div style="width: 600px"><p>Before.</p><p>After.</p></div>`);
        const after = box.lastElementChild!;
        const top = after.getBoundingClientRect().top;
        const el = make(faultUrl({ path: 'card/frame.geojson', delay: DELAY }).url);
        box.insertBefore(el, after);
        // Microtasks only: no task boundary, so no frame in between.
        for (let i = 0; i < 10; i++) await Promise.resolve();
        const moved = after.getBoundingClientRect().top - top;
        expect(part(el, 'base'), 'not rendered yet').not.to.equal(null);
        expect(part(el, 'base')!.getAttribute('aria-busy'), 'its loading state').to.equal('true');
        expect(moved, 'room held below the widget').to.be.greaterThan(40);
        el.remove();
      });
    }
  });

  // The browser's own measure, where it has one (Chromium: the Layout Instability API).
  const observable = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
  (observable ? it : it.skip)(
    'a page with the three widgets, their data late, records no layout shift (Layout Instability API: Chromium only)',
    async () => {
      const shifts: string[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[])
          shifts.push(`${entry.value.toFixed(4)} (${entry.sources?.map((s) => s.node?.nodeName).join(', ')})`);
      });
      observer.observe({ type: 'layout-shift' });
      try {
        const centres = faultUrl({ path: 'card/frame.geojson', delay: DELAY }).url;
        const page = await fixture(html`<div style="width: 720px; font: 16px monospace">
          <sz-news-list src=${lateFeed(3)} limit="3"></sz-news-list>
          <p>Between the news and the card.</p>
          <sz-center-card src=${centres} center="frame"></sz-center-card>
          <sz-center-map src=${centres}></sz-center-map>
          <p>After the map.</p>
        </div>`);
        const [news, card, map] = ['sz-news-list', 'sz-center-card', 'sz-center-map'].map((tag) =>
          page.querySelector(tag)!,
        );
        await waitUntil(
          () => items(3)(news) && part(card, 'name') && parts(map, 'marker').length > 0,
          'the widgets did not load',
          { timeout: 8000 },
        );
        // Layout shifts are reported after the frame that drew them.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(shifts, 'layout shifts while the widgets loaded').to.deep.equal([]);
      } finally {
        observer.disconnect();
      }
    },
  );
});
