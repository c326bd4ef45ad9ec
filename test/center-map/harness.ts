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
  | 'show-origin'
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
/** The shapes of the land drawn: the land, and each shaded planned country. */
export const landPaths = (el: Element) => $$(el, '[part~="land"] path');

/** Waits until the map shows markers or land, 8 s at most, and its cities' names are placed. */
export async function drawn(el: Element): Promise<void> {
  await waitUntil(() => markers(el).length > 0 || landPaths(el).length > 0, 'map not drawn', { timeout: 8000 });
  await (el as SzCenterMap).updateComplete;
}

/**
 * A page `width` × `height` CSS pixels in a frame at the top left of the test page, with the map's
 * tag defined in it: a phone-sized viewport in every engine (WebKitGTK's window cannot be made
 * narrower than about 450 px). The frame's body is `body`; the frame goes with the test's page.
 */
export async function phoneFrame(width: number, height: number, body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: fixed; left: 0; top: 0; z-index: 1; border: 0; width: ${width}px; height: ${height}px`;
  // Same origin (srcdoc). The .ts path: the test server compiles it (an import from a .ts file may
  // name it .js; a page's may not).
  const define = new URL('/src/center-map/define.ts', location.href).href;
  frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">
    <script type="module">import ${JSON.stringify(define)}; window.parent.postMessage('sz-frame-ready', '*');</script>`;
  const ready = new Promise<void>((resolve) => {
    addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data !== 'sz-frame-ready') return;
      removeEventListener('message', onMessage);
      resolve();
    });
  });
  document.body.append(frame);
  await ready;
  const doc = frame.contentDocument!;
  doc.body.innerHTML = body;
  return doc;
}

/** The centre of an element's box, in the test page's viewport (where the pointer moves), also inside a frame. */
export function centreOf(e: Element): { x: number; y: number } {
  const r = e.getBoundingClientRect();
  const frame = e.ownerDocument.defaultView?.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  return { x: frame.left + r.left + r.width / 2, y: frame.top + r.top + r.height / 2 };
}

/** Marker labels on screen. */
export const visibleTips = (el: Element) =>
  $$(el, '.tip').filter(
    (t) => t.ownerDocument.defaultView!.getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0,
  );
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
    const viewport = { left: 0, top: 0, right: page.clientWidth, bottom: page.clientHeight };
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
  // The viewport of the page the map is on (a frame's, in a frame).
  const page = el.ownerDocument.documentElement;
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
  const corner = page.ownerDocument.createElement('div');
  corner.style.cssText = 'position: fixed; left: 0; bottom: 0; width: 2px; height: 2px';
  page.ownerDocument.body.append(corner);
  await mouse('move', centreOf(corner));
  corner.remove();
  expect(visibleTips(el), 'after the pointer left').to.have.length(0);
}
