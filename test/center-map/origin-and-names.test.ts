// <sz-center-map show-origin>: Shenzhen marked, linked to the open centres, kept in the fitted view;
// and the cities' names beside their markers, where there is room for them.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/center-map/define.js';
import { parseCenters } from '../../src/data/centres.js';
import type { Center } from '../../src/data/types.js';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { $$, part, parts } from '../shadow.js';
import { centerMapFixture, centreOf, drawn, markers, within, type Box } from './harness.js';

let shipped: Center[];
const named = (...ids: string[]) => shipped.filter((center) => ids.includes(center.id));

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** The names on screen, with their boxes. */
const shownNames = (el: Element) =>
  parts(el, 'place')
    .filter((name) => getComputedStyle(name).display !== 'none')
    .map((name) => ({ text: name.textContent!.trim(), box: name.getBoundingClientRect() }));

describe('<sz-center-map>', () => {
  before(async () => {
    shipped = parseCenters(await (await fetch(shippedCentres)).json());
  });
  beforeEach(clearStoredCopies);

  describe('show-origin', () => {
    it('is off by default: no Shenzhen, no links', async () => {
      const el = await centerMapFixture({ src: shippedCentres, style: 'width: 800px' });
      await drawn(el);
      expect(part(el, 'origin')).to.equal(null);
      expect(part(el, 'links')).to.equal(null);
      expect(part(el, 'map')!.textContent).not.to.contain('Shenzhen');
    });

    it('marks Shenzhen and links it to each open centre, under the markers and out of the tab order', async () => {
      // Inside the 800 px test viewport: elementFromPoint sees only what is on screen.
      const el = await centerMapFixture({ src: shippedCentres, 'show-origin': '', style: 'width: 780px' });
      await drawn(el);
      const origin = part(el, 'origin')!;
      expect(origin, 'the origin mark').to.not.equal(null);
      expect(origin.getAttribute('aria-hidden')).to.equal('true');
      expect(origin.matches('button, [tabindex]')).to.equal(false);
      expect(shownNames(el).map((n) => n.text)).to.include('Shenzhen');
      // One line (or two, cut at the map's edge) per open centre with a location, none to planned ones.
      const links = part(el, 'links')!;
      const open = shipped.filter((center) => center.status === 'open' && center.coordinates).length;
      const lines = links.getAttribute('d')!.match(/M/g)!.length;
      expect(lines).to.be.within(open, 2 * open);
      // Drawn in the map picture, under the markers: a marker's centre hits the marker.
      expect(links.closest('svg')).to.not.equal(null);
      for (const m of markers(el)) {
        const { x, y } = centreOf(m);
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        const what = hit ? `${hit.localName}[part=${hit.getAttribute('part')}]` : 'nothing';
        expect(hit?.closest('[part~="marker"]') === m, `${m.dataset.id}: the pointer hits ${what}`).to.equal(true);
      }
      // Said once to screen readers, and the markers keep the one tab stop they had.
      const said = $$(el, '.sr-only').filter((p) => p.textContent!.includes('Shenzhen'));
      expect(said.map((p) => p.textContent!.trim())).to.deep.equal([
        'Lines on the map link Shenzhen to each open centre.',
      ]);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.matches('[part~="marker"]')).to.equal(true);
      before.remove();
    });

    it('keeps Shenzhen in the fitted view, at every width', async () => {
      // London and Tel Aviv alone: fitted to them, the view would end far west of Shenzhen.
      for (const width of [280, 375, 768, 1280, 1600]) {
        const el = await centerMapFixture(
          { 'show-origin': '', style: `width: ${width}px` },
          { centers: named('london', 'tel-aviv') },
        );
        await drawn(el);
        const origin = part(el, 'origin');
        expect(origin, `${width} px: Shenzhen in view`).to.not.equal(null);
        const map = part(el, 'map')!.getBoundingClientRect();
        expect(within(origin!.getBoundingClientRect(), map), `${width} px: Shenzhen inside the map`).to.equal(true);
        for (const m of markers(el)) {
          expect(within(m.getBoundingClientRect(), map), `${width} px: ${m.dataset.id} inside the map`).to.equal(true);
        }
        el.remove();
      }
    });

    it('names Shenzhen in the map’s language', async () => {
      const el = await centerMapFixture({
        src: shippedCentres,
        'show-origin': '',
        lang: 'zh-Hans',
        style: 'width: 1280px',
      });
      await drawn(el);
      expect(shownNames(el).map((n) => n.text)).to.include('深圳');
      expect($$(el, '.sr-only').some((p) => p.textContent!.includes('深圳'))).to.equal(true);
    });
  });

  describe('city names beside the markers', () => {
    for (const lang of ['en', 'he']) {
      it(`never cover a marker, each other or the map's edge, at any width (${lang})`, async () => {
        for (const width of [280, 375, 768, 1280, 1600]) {
          const el = await centerMapFixture({
            src: shippedCentres,
            'show-origin': '',
            lang,
            style: `width: ${width}px`,
          });
          await drawn(el);
          const map = part(el, 'map')!.getBoundingClientRect();
          const marks = [...markers(el), part(el, 'origin')!].map((m) => m.getBoundingClientRect());
          const names = shownNames(el);
          for (const [n, { text, box }] of names.entries()) {
            const where = `${width} px, ${lang}: ${text}`;
            expect(within(box, map), `${where} inside the map`).to.equal(true);
            for (const mark of marks) expect(overlaps(box, mark), `${where} over a marker`).to.equal(false);
            for (const other of names.slice(n + 1))
              expect(overlaps(box, other.box), `${where} over ${other.text}`).to.equal(false);
          }
          // Where there is room, the cities are named: at 1280 px every single marker has its name.
          if (width >= 1280) {
            const singles = markers(el).filter((m) => !m.dataset.id!.includes(' ')).length;
            expect(names.length, `${width} px: every single marker and Shenzhen named`).to.equal(singles + 1);
          }
          el.remove();
        }
      });
    }

    it('are never on screen before they are placed: in no frame of the first drawing, a language switch or a resize', async () => {
      // Names are measured after the frame that shows their map (not in the render's task): until
      // then they must not show where they were not checked. Every frame is looked at, from before
      // the map is on the page to after the last change has settled.
      const faults = new Set<string>();
      const watched: { el?: Element } = {};
      const check = () => {
        const { el } = watched;
        const box = el && part(el, 'map')?.getBoundingClientRect();
        if (!el || !box) return;
        const marks = [...markers(el), ...parts(el, 'origin')].map((m) => m.getBoundingClientRect());
        const names = shownNames(el);
        for (const [n, { text, box: at }] of names.entries()) {
          if (!within(at, box)) faults.add(`${text} outside the map`);
          if (marks.some((mark) => overlaps(at, mark))) faults.add(`${text} over a marker`);
          for (const other of names.slice(n + 1)) if (overlaps(at, other.box)) faults.add(`${text} over ${other.text}`);
        }
      };
      let watching = true;
      let inFrames = true;
      const look = () => {
        if (inFrames) check();
        if (watching) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
      const frames = (count: number) =>
        new Promise<void>((resolve) => {
          const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
          next(count);
        });
      const el = (watched.el = await centerMapFixture({
        src: shippedCentres,
        'show-origin': '',
        lang: 'en',
        style: 'width: 1280px',
      }));
      await drawn(el);
      const english = shownNames(el).map((n) => n.text);
      el.setAttribute('lang', 'he');
      await frames(2);
      await drawn(el);
      // A resize reaches the map through its ResizeObserver, which the browser calls after the
      // frame's animation callbacks: that frame is looked at from an observer of the element made
      // after the map's own, so called after it (and after the map's update).
      inFrames = false;
      const resized = new Promise<void>((resolve) => {
        const observer = new ResizeObserver(() => {
          check();
          observer.disconnect();
          resolve();
        });
        observer.observe(el);
      });
      (el as HTMLElement).style.width = '600px';
      await resized;
      inFrames = true;
      await frames(4);
      await drawn(el);
      await frames(2);
      watching = false;
      expect([...faults]).to.deep.equal([]);
      // The switch and the resize were seen through: Shenzhen's name changed language, and was placed again.
      expect(english).to.include('Shenzhen');
      expect(shownNames(el).map((n) => n.text)).to.include('שנזן');
    });

    it('are hidden from screen readers (the marker says the city) and let the pointer through', async () => {
      const el = await centerMapFixture({ src: shippedCentres, style: 'width: 1280px' });
      await drawn(el);
      const names = parts(el, 'place');
      expect(names.length).to.be.greaterThan(0);
      for (const name of names) {
        expect(name.getAttribute('aria-hidden')).to.equal('true');
        expect(getComputedStyle(name).pointerEvents).to.equal('none');
      }
      expect(names.map((n) => n.textContent!.trim())).to.include('Tel Aviv');
    });
  });
});
