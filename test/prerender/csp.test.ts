// A prerendered page under a strict style-src. The declarative shadow roots carry the widgets'
// styles as <style> elements, which `style-src 'self'` refuses: with JavaScript off the widgets
// are unstyled but readable, and each refused element is reported. The hashes renderPage returns
// (styleHashes), added to style-src, let them through. Once the elements take over they adopt
// constructed style sheets, which no style-src governs. Chromium, Firefox and WebKit all behave so.
import { expect, waitUntil } from '@open-wc/testing';
import { clearStoredCopies, sleep } from '../helpers.js';
import {
  allTakenOver,
  closeFrames,
  declarativeRoots,
  inRoot,
  newKey,
  openPrerendered,
  servedSource,
  squashed,
  visible,
  widgetsOf,
  type Prerendered,
} from './harness.js';

interface Report {
  'csp-report': { 'effective-directive'?: string; 'violated-directive'?: string; 'blocked-uri'?: string };
}

async function reports(key: string): Promise<Report['csp-report'][]> {
  const bodies: string[] = await (await fetch(`/__csp/reports?key=${key}`, { cache: 'no-store' })).json();
  return bodies.map((body) => (JSON.parse(body) as Report)['csp-report']);
}

/** The demo page prerendered, served with `csp`, its violations reported under a key of its own. */
async function open(csp: string, scripts: boolean): Promise<Prerendered & { key: string; styles: number }> {
  const key = newKey('csp');
  const page = await openPrerendered('demo/index.html', { key, csp }, { scripts });
  // How many <style> elements the server wrote into the roots: each is one refusal, and one report.
  const styles = declarativeRoots(await servedSource(page.url)).flatMap((root) => [...root.querySelectorAll('style')]);
  return { ...page, key, styles: styles.length };
}

const styleElements = (page: Prerendered) =>
  widgetsOf(page.doc).flatMap((el) => inRoot(el, 'style') as HTMLStyleElement[]);
/** Visually hidden text (".sr-only") is taken out of the flow only by the widgets' own styles. */
const hiddenTextStyled = (page: Prerendered) =>
  widgetsOf(page.doc).map((el) => page.win.getComputedStyle(inRoot(el, '.sr-only')[0]).position === 'absolute');

/** The map's markers each over its picture, as the positions style sheet places them. */
function markersOverTheMap(page: Prerendered): boolean {
  const map = page.doc.querySelector('sz-center-map')!;
  const picture = inRoot(map, '[part~="map"] svg')[0].getBoundingClientRect();
  return inRoot(map, '[part~="marker"]').every((marker) => {
    const box = marker.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    return x > picture.left && x < picture.right && y > picture.top && y < picture.bottom;
  });
}

/** What a visitor reads: the headlines, the cards' names and the map's list, on screen. */
function expectReadable(page: Prerendered): void {
  for (const el of widgetsOf(page.doc)) {
    const texts = inRoot(el, '[part~="title"], [part~="name"], [part~="list-item"]');
    expect(texts.length, `<${el.localName}> shows nothing to read`).to.be.above(0);
    for (const text of texts) {
      expect(visible(text), `<${el.localName}>: "${squashed(text.textContent)}" is not on screen`).to.equal(true);
      expect(squashed(text.textContent)).not.to.equal('');
    }
  }
}

describe('a prerendered page under a strict style-src', () => {
  beforeEach(clearStoredCopies);
  afterEach(closeFrames);

  it("style-src 'self', JavaScript off: the roots' <style> elements are refused and reported; unstyled, still readable", async () => {
    const page = await open('style-self', false);
    expect(page.styles).to.be.above(10);
    const styles = styleElements(page);
    expect(styles).to.have.length(page.styles);
    expect(
      styles.map((s) => s.sheet),
      'a style element was applied',
    ).to.deep.equal(styles.map(() => null));
    expect(hiddenTextStyled(page), 'visually hidden text').to.deep.equal(widgetsOf(page.doc).map(() => false));
    expect(markersOverTheMap(page), 'markers placed without their style sheet').to.equal(false);
    expectReadable(page);
    await waitUntil(async () => (await reports(page.key)).length >= page.styles, 'the refusals were not reported', {
      timeout: 5000,
    });
    await sleep(300);
    const sent = await reports(page.key);
    expect(sent, 'one report per refused element').to.have.length(page.styles);
    for (const report of sent)
      expect(report['effective-directive'] ?? report['violated-directive']).to.match(/^style-src/);
  });

  it('with the style hashes renderPage returns: styled, nothing refused or reported', async () => {
    const page = await open('style-hashes', false);
    expect((await page.log()).styleHashes.length).to.be.above(0);
    for (const style of styleElements(page)) expect(style.sheet?.cssRules.length).to.be.above(0);
    expect(hiddenTextStyled(page)).to.deep.equal(widgetsOf(page.doc).map(() => true));
    expect(markersOverTheMap(page), 'markers not placed').to.equal(true);
    expectReadable(page);
    await sleep(500);
    expect(await reports(page.key)).to.deep.equal([]);
  });

  it("style-src 'self', JavaScript on: styled once the elements take over, though the refusals were reported first", async () => {
    const page = await open('style-self', true);
    await allTakenOver(page.doc);
    expect(hiddenTextStyled(page)).to.deep.equal(widgetsOf(page.doc).map(() => true));
    expect(markersOverTheMap(page), 'markers not placed').to.equal(true);
    expectReadable(page);
    // The parser refused the server's styles before any script ran: a page that reports
    // violations hears of each one, unless its style-src lists the hashes.
    await waitUntil(async () => (await reports(page.key)).length >= page.styles, 'the refusals were not reported', {
      timeout: 5000,
    });
  });
});
