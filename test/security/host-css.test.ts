// Hostile host CSS: each element is captured on a plain page, then again after the page adds an
// aggressive global stylesheet, and the two captures must match (pixelmatch, see TOLERANCE).
// Only what the README documents may reach inside: the page's font family, font size and text
// colour (the default look follows the page), `visibility`, `pointer-events`, the `--sz-*` custom
// properties and `::part()`; everything else the page sets stays outside. The hostile sheet sets
// every element's size and colour (`* { font-size: 30px; color: #c00 }`): the widget follows
// them like the page's own text does, so the plain page gives the widget's box the same two.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { $$, parts } from '../shadow.js';
import { shown } from '../center-card/harness.js';
import { markers } from '../center-map/harness.js';
import '../../src/news-list/define.js';
import '../../src/center-card/define.js';
import '../../src/center-map/define.js';

/**
 * pixelmatch's per-pixel colour distance (0–1; 0.1, its default, ignores sub-visible rendering
 * noise), and the share of pixels allowed past it: 0.2%. What legitimately differs is only the
 * rounded corners, where the page's own background shows through (24–32 pixels, under 0.03%,
 * in Chromium and Firefox); any leak measured so far moved text or changed the element's size.
 */
const TOLERANCE = { threshold: 0.1, maxRatio: 0.002 };

/** What a careless or unusual host page may put in its global stylesheet. */
const HOSTILE_CSS = `
  /* A reset that undoes every author style on every element, the widget's host included. */
  *, *::before, *::after { all: revert; }
  /* "Modern reset" and framework preflight rules that reach every element. */
  *, *::before, *::after { box-sizing: content-box !important; margin: 0; padding: 0; border: 0 solid; }
  * {
    font-size: 30px !important; line-height: 3 !important; color: #c00 !important;
    letter-spacing: 0.2em !important; text-transform: uppercase !important;
  }
  html {
    font-size: 40px !important; color-scheme: dark;
    /* Names like the widgets' private ones: declared on the root, they must not leak in. */
    --_fg: #c00; --_bg: #000; --_gap: 0; --_radius: 0; --_accent: #f0f;
  }
  body {
    direction: rtl !important; text-align: center; font-weight: 900; font-style: italic;
    font-variant: small-caps; font-stretch: condensed; word-spacing: 1em; text-indent: 5em;
    white-space: nowrap; word-break: break-all; hyphens: auto; tab-size: 20;
    text-shadow: 2px 2px 0 #f0f; -webkit-text-stroke: 1px #0f0; cursor: wait;
    list-style: square inside; quotes: '«' '»'; fill: #f00; stroke: #00f; stroke-width: 5px;
    accent-color: #f00; caret-color: #f00; text-underline-offset: 1em;
  }
  div, section, article {
    display: flex !important; flex-direction: column-reverse !important; padding: 2em !important;
    margin: 1em !important; border: 3px dashed red !important; background: yellow !important;
  }
  p { margin: 3em 0 !important; font-size: 2em !important; color: green !important; }
  a, a:visited { color: red !important; text-decoration: underline wavy !important; font-weight: 900 !important; }
  a::after { content: ' ->' !important; }
  svg { display: none !important; }
  svg *, g, path { fill: red !important; stroke: blue !important; }
  img { display: none !important; width: 500px !important; height: 500px !important; }
  button { all: unset !important; background: red !important; padding: 2em !important; font-size: 3em !important; }
  ul, ol { list-style: disc !important; padding: 2em !important; margin: 2em !important; }
  li { display: inline !important; margin: 1em !important; }
  h1, h2, h3, h4, h5, h6 { font-size: 3em !important; margin: 2em !important; }
  span, time { display: block !important; border: 2px solid red !important; }
  dl, dt, dd { display: inline !important; }
  :focus, :hover { outline: 5px solid red !important; }
`;

const feed = new URL('/test/fixtures/host-css/feed.json', location.href).href;
const centres = shippedCentres;
const cardShown = { message: 'card not shown', timeout: 10000 };

/**
 * A box of the page's own, sized with inline `!important` declarations (which beat any stylesheet
 * rule), so the widget gets the same width on both pages: what changes is only the page's CSS.
 */
function stage(markup: string, width = 640): HTMLElement {
  const box = document.createElement('host-css-stage');
  box.setAttribute(
    'style',
    `display: block !important; position: absolute !important; top: 20px !important; left: 20px !important; width: ${width}px !important; margin: 0 !important; padding: 0 !important; border: 0 !important; ` +
      // What the widget takes from the page, set alike on both pages (the hostile sheet sets them on every element).
      // The widget has no surface of its own: the box behind it is the page's, white on both pages
      // (the hostile sheet's dark color-scheme would otherwise darken the canvas behind it).
      'font-size: 30px !important; color: #c00 !important; background: #fff !important',
  );
  // Test markup of our own, no data in it.
  box.innerHTML = markup;
  document.body.append(box);
  return box.firstElementChild as HTMLElement;
}

function addHostileCss(): void {
  const style = document.createElement('style');
  style.id = 'hostile-css';
  style.textContent = HOSTILE_CSS;
  document.head.append(style);
}

/** Style recalculation and layout have run, and the size observer of the map has had its turn. */
async function settled(el: HTMLElement): Promise<void> {
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrame();
}

async function capture(el: HTMLElement, name: string): Promise<void> {
  await settled(el);
  const r = el.getBoundingClientRect();
  const clip = { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  expect(clip.width * clip.height, `${name}: the element has no area`).to.be.greaterThan(0);
  await executeServerCommand('sz-screenshot', { name, clip });
}

interface Comparison {
  sizeA: string;
  sizeB: string;
  differing: number;
  ratio: number;
  files: string[];
}

/** Captures `el`, adds the hostile stylesheet, captures again and compares. */
async function expectSameUnderHostileCss(el: HTMLElement, name: string): Promise<void> {
  await capture(el, `${name}-plain`);
  addHostileCss();
  await capture(el, `${name}-hostile`);
  const result = await executeServerCommand<Comparison, { a: string; b: string; threshold: number }>(
    'sz-compare-screenshots',
    {
      a: `${name}-plain`,
      b: `${name}-hostile`,
      threshold: TOLERANCE.threshold,
    },
  );
  const where = result.files.length ? ` (captures: ${result.files.join(', ')})` : '';
  expect(result.sizeB, `${name}: the element's size changed under the hostile CSS${where}`).to.equal(result.sizeA);
  expect(
    result.ratio,
    `${name}: ${result.differing} pixels (${(result.ratio * 100).toFixed(2)}%) differ, more than ${TOLERANCE.maxRatio * 100}%${where}`,
  ).to.be.at.most(TOLERANCE.maxRatio);
}

/** The news list has its three items and their images have arrived. */
async function newsReady(el: HTMLElement): Promise<void> {
  await waitUntil(() => parts(el, 'item').length === 3, 'fixture feed not shown', { timeout: 10000 });
  // decode() waits until the images can be painted. Firefox rejects it ("Invalid image request")
  // when an image's request is replaced meanwhile, as a re-render does: then wait for the new one.
  await waitUntil(
    async () => {
      const images = $$(el, 'img') as HTMLImageElement[];
      try {
        await Promise.all(images.map((img) => img.decode()));
      } catch {
        return false;
      }
      return images.every((img) => img.isConnected && img.naturalWidth > 0);
    },
    'item images did not load',
    { timeout: 10000 },
  );
}

describe('hostile host CSS', () => {
  before(() => setViewport({ width: 1000, height: 1400 }));
  beforeEach(function () {
    clearStoredCopies();
  });
  afterEach(() => {
    document.getElementById('hostile-css')?.remove();
    document.querySelectorAll('host-css-stage').forEach((s) => s.remove());
  });

  it('leaves <sz-news-list> (list layout) as it was', async () => {
    const el = stage(`<sz-news-list src="${feed}"></sz-news-list>`);
    await newsReady(el);
    await expectSameUnderHostileCss(el, 'news-list');
  });

  it('leaves <sz-news-list> (cards layout) as it was', async () => {
    const el = stage(`<sz-news-list src="${feed}" layout="cards"></sz-news-list>`);
    await newsReady(el);
    await expectSameUnderHostileCss(el, 'news-cards');
  });

  it('leaves <sz-center-card> as it was', async () => {
    const el = stage(`<sz-center-card src="${centres}" center="tel-aviv"></sz-center-card>`);
    await shown(el, cardShown);
    await expectSameUnderHostileCss(el, 'center-card');
  });

  it('leaves a dark <sz-center-card> as it was', async () => {
    const el = stage(`<sz-center-card theme="dark" src="${centres}" center="london"></sz-center-card>`);
    await shown(el, cardShown);
    await expectSameUnderHostileCss(el, 'center-card-dark');
  });

  it('leaves a narrow <sz-center-card> (labels over values) as it was', async () => {
    const el = stage(`<sz-center-card src="${centres}" center="tel-aviv"></sz-center-card>`, 300);
    await shown(el, cardShown);
    await expectSameUnderHostileCss(el, 'center-card-narrow');
  });

  it('leaves <sz-center-map> and its markers as they were', async () => {
    const el = stage(`<sz-center-map src="${centres}" show-list></sz-center-map>`);
    await waitUntil(() => markers(el).length > 0, 'map not drawn', { timeout: 10000 });
    await expectSameUnderHostileCss(el, 'center-map');
  });

  it('keeps a Hebrew card right to left and an English list left to right, whatever the body says', async () => {
    addHostileCss();
    const he = stage(`<sz-center-card lang="he" src="${centres}" center="tel-aviv"></sz-center-card>`);
    const en = stage(`<sz-news-list src="${feed}"></sz-news-list>`);
    await shown(he, cardShown);
    await newsReady(en);
    expect(getComputedStyle(parts(he, 'base')[0]).direction).to.equal('rtl');
    expect(getComputedStyle(parts(en, 'base')[0]).direction).to.equal('ltr');
  });

  it(
    'lets in what the README documents: the font family and size, the text colour, visibility, pointer-events and ' +
      'the --sz-* properties',
    async () => {
      addHostileCss();
      const el = stage(`<sz-news-list src="${feed}"></sz-news-list>`);
      await newsReady(el);
      const inner = () => getComputedStyle(parts(el, 'summary')[0]);
      document.body.style.fontFamily = 'monospace';
      expect(inner().fontFamily).to.equal('monospace');
      // Size and colour from the element (here, from the hostile sheet's rule on every element).
      expect([inner().fontSize, inner().color]).to.deep.equal(['30px', 'rgb(204, 0, 0)']);
      el.style.setProperty('--sz-font-family', 'serif');
      el.style.setProperty('--sz-font-size', '20px');
      expect(inner().fontFamily).to.equal('serif');
      expect(inner().fontSize).to.equal('20px');
      el.parentElement!.style.visibility = 'hidden';
      expect(inner().visibility).to.equal('hidden');
      // A page that disables a region (say, behind its own dialog) disables the widget in it too.
      el.parentElement!.style.pointerEvents = 'none';
      expect(getComputedStyle(parts(el, 'link')[0]).pointerEvents).to.equal('none');
      document.body.style.fontFamily = '';
      // Everything else the page set on <body> and on every element stays out.
      const style = inner();
      expect([
        style.letterSpacing,
        style.textTransform,
        style.fontWeight,
        style.fontStyle,
        style.textIndent,
        style.whiteSpace,
      ]).to.deep.equal(['normal', 'none', '400', 'normal', '0px', 'normal']);
    },
  );

  it('still lets the page size, hide and show the element', async () => {
    addHostileCss();
    const el = stage(`<sz-news-list src="${feed}"></sz-news-list>`);
    await newsReady(el);
    // The page's own rules on the element beat the widget's :host rules (its box is the page's).
    el.style.cssText = 'display: block; width: 300px; margin-inline-start: 40px';
    expect(el.getBoundingClientRect().width).to.equal(300);
    el.style.display = 'none';
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.style.display = '';
    el.hidden = true;
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});
