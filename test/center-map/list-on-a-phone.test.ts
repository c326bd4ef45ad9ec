// <sz-center-map show-list> in a phone-wide column: the list of centres in compact columns that
// follow the widget's own width (not the viewport's), every centre still a named button in the tab
// order, right-to-left rows for Hebrew and Arabic, nothing wider than the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/center-card/define.js';
import '../../src/center-map/define.js';
import type { Center } from '../../src/data/types.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { part, squashed } from '../shadow.js';
import { type Box, centreOf, drawn, listItems, marker, mouse, phoneFrame, showBox, within } from './harness.js';

/** The distinct positions, to the pixel, of the list's buttons along one side. */
const distinct = (el: Element, side: 'left' | 'top') =>
  new Set(listItems(el).map((b) => Math.round(b.getBoundingClientRect()[side]))).size;
const columns = (el: Element) => distinct(el, 'left');
const rows = (el: Element) => distinct(el, 'top');

/**
 * Maps with the list shown, each in a column `width` px wide (a wrapper, not the viewport), after
 * a button to Tab from; with `cardId`, wired to a card of that id.
 */
async function mapsIn(width: number, langs: readonly string[], cardId?: string): Promise<HTMLElement[]> {
  const wrap = await fixture(html`<div>
    <button id="before">before</button>
    ${langs.map(
      (lang) =>
        html`<div style="width: ${width}px"
          ><sz-center-map lang=${lang} src=${shippedCentres} show-list for=${ifDefined(cardId)}></sz-center-map
        ></div>`,
    )}
    ${cardId ? html`<sz-center-card id=${cardId} src=${shippedCentres}></sz-center-card>` : ''}
  </div>`);
  const maps = [...wrap.querySelectorAll<HTMLElement>('sz-center-map')];
  await waitUntil(() => maps.every((m) => listItems(m).length === 10), 'lists not shown', { timeout: 8000 });
  return maps;
}

/** Every button of the list lies inside the list, its text inside the button; the list inside `box`. */
function expectInside(el: Element, box: Box, what: string): void {
  const list = part(el, 'list')!;
  const listBox = list.getBoundingClientRect();
  expect(within(listBox, box), `${what}: list ${showBox(listBox)} inside ${showBox(box)}`).to.equal(true);
  expect(list.scrollWidth, `${what}: the list does not scroll sideways`).to.be.at.most(list.clientWidth);
  for (const b of listItems(el)) {
    const name = squashed(b.textContent);
    const r = b.getBoundingClientRect();
    expect(within(r, listBox), `${what}: "${name}" ${showBox(r)} inside the list ${showBox(listBox)}`).to.equal(true);
    expect(b.scrollWidth, `${what}: the text of "${name}" inside its button`).to.be.at.most(b.clientWidth);
  }
}

describe('<sz-center-map> list on a phone', () => {
  beforeEach(clearStoredCopies);

  // The bound: one full-width button per centre made the list 574 px tall at this width, more than
  // a 375 x 667 phone shows under its browser bars (about 550 px). In two columns the ten shipped
  // centres take five rows; 340 px leaves the 206 px map and the whole list on that one screen.
  it('shows the ten shipped centres in two columns, five rows, at most 340 px tall, at 375 px', async () => {
    const [el] = await mapsIn(375, ['en']);
    expect(columns(el), 'columns').to.equal(2);
    expect(rows(el), 'rows').to.equal(5);
    const height = part(el, 'list')!.getBoundingClientRect().height;
    expect(height, 'height of the list').to.be.at.most(340);
    for (const b of listItems(el)) {
      // WCAG 2.2 target size: 24 x 24 px at least.
      const r = b.getBoundingClientRect();
      expect(Math.min(r.width, r.height), squashed(b.textContent)).to.be.at.least(24);
    }
    // The planned countries keep their mark, on screen.
    const planned = listItems(el).filter((b) => b.firstElementChild?.textContent?.endsWith('— planned'));
    expect(planned.map((b) => squashed(b.textContent))).to.deep.equal([
      'France — planned',
      'Germany — planned',
      'Belgium — planned',
    ]);
    // The page chooses the columns through the documented part.
    const style = document.createElement('style');
    style.textContent = 'sz-center-map::part(list) { grid-template-columns: 1fr }';
    document.head.append(style);
    try {
      expect(columns(el), 'columns set by the page').to.equal(1);
    } finally {
      style.remove();
    }
  });

  it('keeps two columns in every language at 375 px, each name wrapping inside its own', async () => {
    const maps = await mapsIn(375, LANGUAGES);
    for (const [i, el] of maps.entries()) {
      expect(columns(el), `${LANGUAGES[i]}: columns`).to.equal(2);
      expectInside(el, el.getBoundingClientRect(), LANGUAGES[i]);
    }
  });

  it('reaches every centre with Tab, in reading order (row by row), each named for screen readers', async () => {
    const [el] = await mapsIn(375, ['en']);
    await drawn(el);
    const items = listItems(el);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    // The markers are one tab stop; then each entry of the list.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.match(/marker/);
    const reached: Element[] = [];
    for (let i = 0; i < items.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement!);
    }
    expect(reached).to.deep.equal(items);
    // The name read out: the place, then the country (if any) and the status.
    for (const b of items) expect(squashed(b.textContent)).to.match(/^\S.* — (open|planned)$/);
    // Reading order: the next entry is on the same row to the right, or starts the next row.
    for (let i = 0; i + 1 < items.length; i++) {
      const [a, b] = [items[i].getBoundingClientRect(), items[i + 1].getBoundingClientRect()];
      const next = `${squashed(items[i + 1].textContent)} after ${squashed(items[i].textContent)}`;
      if (i % 2 === 0) expect(b.top === a.top && b.left > a.right, `${next}: same row, to the right`).to.equal(true);
      else expect(b.top > a.top && b.right < a.left, `${next}: next row, at the start`).to.equal(true);
    }
  });

  it('selects on the map, and in the linked card, the centre tapped in the second column', async () => {
    const [el] = await mapsIn(375, ['en'], 'phone-card');
    const card = document.querySelector('sz-center-card')!;
    await drawn(el);
    const first = listItems(el)[0].getBoundingClientRect();
    const tel = listItems(el).find((b) => b.textContent!.startsWith('Tel Aviv'))!;
    expect(tel.getBoundingClientRect().left, 'Tel Aviv in the second column').to.be.above(first.right);
    tel.scrollIntoView({ block: 'center' });
    await mouse('click', centreOf(tel));
    expect(el.getAttribute('selected')).to.equal('tel-aviv');
    expect(tel.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => marker(el, 'tel-aviv')?.part.contains('selected'), 'marker not selected');
    await waitUntil(() => part(card, 'name')?.textContent?.includes('Tel Aviv'), 'card did not follow');
  });

  it('starts the rows on the right in Hebrew and Arabic, the selected entry’s bar on the right', async () => {
    const maps = await mapsIn(375, ['he', 'ar']);
    for (const el of maps) {
      const lang = el.getAttribute('lang');
      expect(columns(el), `${lang}: columns`).to.equal(2);
      const [a, b] = listItems(el).map((item) => item.getBoundingClientRect());
      expect(a.top, `${lang}: first two entries on one row`).to.equal(b.top);
      expect(a.left, `${lang}: the first entry on the right of the second`).to.be.above(b.right);
      el.setAttribute('selected', 'boston');
      await (el as HTMLElementTagNameMap['sz-center-map']).updateComplete;
      const style = getComputedStyle(listItems(el)[1]);
      expect(parseFloat(style.borderRightWidth), `${lang}: bar on the right`).to.be.above(
        parseFloat(style.borderLeftWidth) + 1,
      );
    }
  });

  it('is one column at 280 px, and the page does not scroll sideways, even for a name with no break', async () => {
    const body = `<sz-center-map src="${shippedCentres}" show-list></sz-center-map>`;
    const doc = await phoneFrame(280, 700, body);
    const el = doc.querySelector('sz-center-map')!;
    await waitUntil(() => listItems(el).length === 10, 'list not shown', { timeout: 8000 });
    const page = () => doc.documentElement;
    // The page's width, however far down it goes.
    const viewport = () => ({ left: 0, top: 0, right: page().clientWidth, bottom: page().scrollHeight });
    expect(columns(el), 'columns').to.equal(1);
    expectInside(el, viewport(), 'shipped centres');
    expect(page().scrollWidth, 'page width').to.be.at.most(280);
    // A real Welsh place name: 58 letters, no break opportunity, wider than the column.
    const long: Center = {
      id: 'llanfair',
      name: { en: 'Innovation Centre' },
      city: { en: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch' },
      country: 'GB',
      status: 'planned',
      founders: [],
      partners: [],
      focus: [],
      source: 'https://example.test/',
      coordinates: [-4.2, 53.22],
    };
    el.centers = [long];
    await waitUntil(() => listItems(el).length === 1, 'list not replaced', { timeout: 8000 });
    expectInside(el, viewport(), 'a long name');
    expect(page().scrollWidth, 'page width with a long name').to.be.at.most(280);
  });
});
