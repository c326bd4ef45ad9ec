// The demo page prerendered, with JavaScript on: the elements take over from the server's nodes
// with what the page embedded, so the visitor sees no request for the data, no flash, no layout
// shift and no error, and then a map and card that work.
import { expect, waitUntil } from '@open-wc/testing';
import { clearStoredCopies, sleep } from '../helpers.js';
import {
  allTakenOver,
  closeFrames,
  frames,
  inRoot,
  openPrerendered,
  requestsFor,
  servedSource,
  declarativeRoots,
  shownText,
  squashed,
  widgetsOf,
  type Prerendered,
} from './harness.js';

/** What each widget shows, as text. */
const texts = (page: Prerendered) => widgetsOf(page.doc).map((el) => shownText(el.shadowRoot!));

describe('a prerendered page with JavaScript on', () => {
  let page: Prerendered;
  /** The page as served (fetched again: the demo renders the same), and what its roots show. */
  let source: Document;
  let served: string[];

  before(async () => {
    clearStoredCopies();
    page = await openPrerendered('demo/index.html', { probe: true });
    source = await servedSource(page.url);
    served = declarativeRoots(source).map(shownText);
    await allTakenOver(page.doc);
    await frames(page.win);
  });
  after(closeFrames);

  it('takes over every widget: its shadow root is its own render, with adopted style sheets', () => {
    for (const el of widgetsOf(page.doc)) {
      const root = el.shadowRoot!;
      expect(root.querySelector('style'), `<${el.localName}> still has the server's <style>`).to.equal(null);
      expect(root.adoptedStyleSheets.length, `<${el.localName}> adopted no style sheet`).to.be.above(0);
    }
    // The server's markup carried no Lit markers; the element's own render has its parts' comments.
    const comments = (el: Element) => {
      const walker = page.doc.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_COMMENT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    };
    for (const el of widgetsOf(page.doc))
      expect(comments(el), `<${el.localName}> kept the server's nodes`).to.be.above(0);
  });

  it('shows the same content after the takeover as the server rendered', () => {
    const shown = texts(page);
    const maps = widgetsOf(page.doc).map((el) => el.localName === 'sz-center-map');
    expect(served.every((t) => t.length > 0)).to.equal(true);
    // The map is drawn again for its real width (the server drew it at the preferred 560 px), so its
    // markers may group differently; the rest reads the same.
    expect(shown.filter((_, i) => !maps[i])).to.deep.equal(served.filter((_, i) => !maps[i]));
    const map = page.doc.querySelector('sz-center-map')!;
    const parsed = declarativeRoots(source, 'sz-center-map')[0];
    const ids = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLElement>('[part~="marker"]')].flatMap((m) => m.dataset.id!.split(' ')).sort();
    expect(ids(map.shadowRoot!), 'the centres on the map').to.deep.equal(ids(parsed));
    const list = (root: ParentNode) => shownText(root.querySelector('[part~="list"]')!);
    expect(list(map.shadowRoot!), 'the list of centres').to.equal(list(parsed));
    expect(map.shadowRoot!.querySelectorAll('[part~="land"] path').length).to.equal(
      parsed.querySelectorAll('[part~="land"] path').length,
    );
  });

  it('makes no request for the data the page embedded', async () => {
    await sleep(300);
    const log = await page.log();
    // The control: the frame's requests are in the log. The probe script, never cacheable, is
    // always asked for; the bundle may come from the browser's cache when an earlier test file
    // loaded it (the test runner lets files be cached), so it is checked in resource timing below.
    expect(requestsFor(log, '/test/fixtures/prerender/probe.js'), 'the request log missed the probe').to.have.length(1);
    expect(requestsFor(log, '/dist/data/'), 'requests for the embedded data').to.deep.equal([]);
    // And as the page saw it (a request answered from a cache would be there too).
    const fetched = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      fetched.some((name) => name.includes('/sz-widgets.js')),
      'resource timing missed the bundle',
    ).to.equal(true);
    expect(fetched.filter((name) => name.includes('/dist/data/'))).to.deep.equal([]);
  });

  it('logs no error and throws nothing', async () => {
    await sleep(300);
    expect(page.win.__probe!.errors).to.deep.equal([]);
  });

  // The browser's own measure, where it has one (Chromium: the Layout Instability API).
  const observable = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
  (observable ? it : it.skip)('records no layout shift (Layout Instability API: Chromium only)', async () => {
    await frames(page.win);
    expect(page.win.__probe!.shifts).to.deep.equal([]);
  });

  it('works after the takeover: a centre picked in the map’s list shows in the linked card', async () => {
    const map = page.doc.querySelector('sz-center-map')!;
    const card = page.doc.getElementById('map-card')!;
    const name = () => squashed(inRoot(card, '[part~="name"]')[0]?.textContent);
    expect(name()).to.include('Tel Aviv');
    const london = inRoot(map, '[part~="list-item"]').find((b) => b.textContent!.includes('London'))!;
    london.click();
    await waitUntil(() => name().includes('London'), 'the card did not follow the map', { timeout: 3000 });
    expect(london.getAttribute('aria-pressed')).to.equal('true');
    expect(
      inRoot(map, '[part~="marker"]')
        .find((m) => m.dataset.id === 'london')
        ?.getAttribute('aria-pressed'),
    ).to.equal('true');
  });
});
