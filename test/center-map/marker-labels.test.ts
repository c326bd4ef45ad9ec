// <sz-center-map>: marker labels stay inside the viewport and the map, and close as a person expects.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/center-map/define.js';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { part } from '../shadow.js';
import {
  centreOf,
  drawn,
  expectLabelsInside,
  marker,
  markers,
  mouse,
  openTips,
  phoneFrame,
  showBox,
  visibleTips,
  within,
} from './harness.js';

describe('<sz-center-map>', () => {
  beforeEach(clearStoredCopies);

  describe('marker labels', () => {
    afterEach(() => resetMouse());

    // In a 375 px frame: a phone's viewport in every engine.
    describe('at 375 px', () => {
      afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

      for (const lang of ['en', 'he']) {
        it(
          `keeps every label inside the viewport and the map, focused or hovered, zoomed in or not ` + `(${lang})`,
          async () => {
            const doc = await phoneFrame(
              375,
              600,
              `<button>before</button><sz-center-map lang="${lang}" src="${shippedCentres}"></sz-center-map>`,
            );
            const el = doc.querySelector('sz-center-map')!;
            const before = doc.querySelector('button')!;
            await drawn(el);
            await expectLabelsInside(el, before);
            // Tapped: the label opens with the selection and stays inside too.
            for (const single of markers(el).filter((m) => !m.dataset.id!.includes(' '))) {
              await mouse('click', centreOf(single));
              expect(el.selected).to.equal(single.dataset.id);
              const tips = visibleTips(el);
              expect(
                tips.map((t) => t.parentElement),
                `tapped ${single.dataset.id}`,
              ).to.deep.equal([single]);
              const tip = tips[0].getBoundingClientRect();
              const inside = `tapped ${single.dataset.id}: label ${showBox(tip)} inside the map`;
              expect(within(tip, part(el, 'map')!.getBoundingClientRect()), inside).to.equal(true);
            }
            // Each group, zoomed into: its members sit near the edges of the fitted view.
            const groups = markers(el)
              .filter((m) => m.dataset.id!.includes(' '))
              .map((m) => m.dataset.id!);
            expect(groups.length, 'a group at 375 px').to.be.greaterThan(0);
            for (const group of groups) {
              marker(el, group)!.click();
              await waitUntil(() => !marker(el, group), `group ${group} did not split`);
              await expectLabelsInside(el, before);
              part(el, 'reset-button')!.click();
              await waitUntil(() => marker(el, group), 'did not zoom back out');
            }
          },
        );
      }

      it('keeps labels inside an overflow: hidden container just the size of the map', async () => {
        const doc = await phoneFrame(
          375,
          600,
          `<button>before</button>
          <div style="width: 375px; overflow: hidden">
            <sz-center-map src="${shippedCentres}" style="--sz-space: 0"></sz-center-map>
          </div>`,
        );
        const el = doc.querySelector('sz-center-map')!;
        const clip = el.parentElement!;
        await drawn(el);
        const map = part(el, 'map')!.getBoundingClientRect();
        clip.style.height = `${map.bottom - clip.getBoundingClientRect().top}px`;
        expect(Math.abs(clip.getBoundingClientRect().width - map.width)).to.be.lessThan(1);
        await expectLabelsInside(el, doc.querySelector('button')!, clip);
      });
    });

    it('closes a label on a second tap, on Escape and on a tap elsewhere', async () => {
      const wrap = await fixture(html`<div style="position: absolute; left: 0; top: 0; width: 600px">
        <sz-center-map src=${shippedCentres}></sz-center-map>
        <p id="elsewhere">Elsewhere on the page</p>
      </div>`);
      const el = wrap.querySelector('sz-center-map')!;
      await drawn(el);
      const tel = marker(el, 'tel-aviv')!;
      const at = centreOf(tel);
      const open = () => openTips(el);

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
      const map = part(el, 'map')!.getBoundingClientRect();
      await mouse('click', { x: map.left + 3, y: map.bottom - 3 });
      expect(open(), 'after a tap on an empty part of the map').to.deep.equal([]);

      // A touch elsewhere leaves the pointer's hover where it was (so the pointer stays on the
      // marker here): the label still closes.
      await mouse('click', at);
      expect(open()).to.deep.equal(['tel-aviv']);
      const touch = new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true });
      wrap.querySelector('#elsewhere')!.dispatchEvent(touch);
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
});
