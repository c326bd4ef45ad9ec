// <sz-center-map> as a test sees it, in one place: putting one on the page, waiting until it is
// drawn, reading its markers, labels and list, and moving a real pointer and keyboard over it.
// Public behaviour only (attributes, properties, parts, events). Neither the tag nor the map code
// is loaded here: a test checks that no map code loads before a map is on the page.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SzCenterMap } from '../../src/center-map/sz-center-map.js';
import { $$, part, parts } from '../shadow.js';

export type CenterMapAttribute =
  | 'src'
  | 'selected'
  | 'for'
  | 'view'
  | 'projection'
  | 'lang'
  | 'theme'
  | 'timeout'
  | 'refresh'
  | 'show-list'
  | 'show-planned'
  | 'style';
/** Attributes as written in HTML: '' for a boolean one. */
export type CenterMapAttributes = Partial<Record<CenterMapAttribute, string>>;
export type CenterMapProperties = Partial<Pick<SzCenterMap, 'src' | 'centers' | 'selected' | 'showList' | 'theme'>>;

/** A new <sz-center-map>, not yet on the page: attributes first, then properties, in the order given. */
export function createCenterMap(attributes: CenterMapAttributes = {}, properties: CenterMapProperties = {}) {
  const el = document.createElement('sz-center-map');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return Object.assign(el, properties);
}

/** A <sz-center-map> on the page (removed after the test), once its first update is done. */
export function centerMapFixture(attributes: CenterMapAttributes = {}, properties: CenterMapProperties = {}) {
  return fixture<SzCenterMap>(createCenterMap(attributes, properties));
}

/** The markers on the map (a group of close centres is one marker, its ids space-separated). */
export const markers = (el: Element) => parts(el, 'marker');
/** The marker whose ids are exactly `id`. */
export const marker = (el: Element, id: string) => markers(el).find((m) => m.dataset.id === id);
/** The buttons of the list of centres. */
export const listItems = (el: Element) => parts(el, 'list-item');
/** The shapes of the land drawn. */
export const landPaths = (el: Element) => $$(el, '[part~="land"] path');

/** Waits until the map shows markers or land, 8 s at most. */
export async function drawn(el: Element): Promise<void> {
  await waitUntil(() => markers(el).length > 0 || landPaths(el).length > 0, 'map not drawn', { timeout: 8000 });
}

/** The centre of an element's box, in viewport coordinates. */
export function centreOf(e: Element): { x: number; y: number } {
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Marker labels on screen. */
export const visibleTips = (el: Element) =>
  $$(el, '.tip').filter((t) => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0);
/** The ids of the markers whose label is on screen. */
export const openTips = (el: Element) => visibleTips(el).map((t) => t.parentElement?.dataset.id);

export type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;
/** Whether `inner` lies inside `outer`, give or take half a pixel for subpixel rounding. */
export const within = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5;
/** A box for a failure message: "[left, top – right, bottom]". */
export const showBox = (b: Box) =>
  `[${Math.round(b.left)}, ${Math.round(b.top)} – ${Math.round(b.right)}, ${Math.round(b.bottom)}]`;

/** A real pointer (not a synthetic event): hover state and focus behave as for a person. */
export const mouse = (type: 'move' | 'click', at: { x: number; y: number }) =>
  sendMouse({ type, position: [Math.round(at.x), Math.round(at.y)] });

/**
 * Shows every marker's label, first by keyboard focus (Tab in from the button before the map,
 * then the arrows), then by hovering, and checks that exactly that label is on screen and lies
 * inside the viewport, the map's box and `clip` when given.
 */
export async function expectLabelsInside(el: SzCenterMap, before: HTMLElement, clip?: Element): Promise<void> {
  const check = (marker: HTMLElement, how: string) => {
    const tips = visibleTips(el);
    const alone = `${how} ${marker.dataset.id}: its label alone`;
    expect(
      tips.map((t) => t.parentElement?.dataset.id),
      alone,
    ).to.deep.equal([marker.dataset.id]);
    const tip = tips[0].getBoundingClientRect();
    const viewport = {
      left: 0,
      top: 0,
      right: document.documentElement.clientWidth,
      bottom: document.documentElement.clientHeight,
    };
    const boxes: [string, Box][] = [
      ["map's box", part(el, 'map')!.getBoundingClientRect()],
      ['viewport', viewport],
    ];
    if (clip) boxes.unshift(['clipping container', clip.getBoundingClientRect()]);
    for (const [name, box] of boxes) {
      const where = `${how} ${marker.dataset.id}: label ${showBox(tip)} inside the ${name} ${showBox(box)}`;
      expect(within(tip, box), where).to.equal(true);
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
