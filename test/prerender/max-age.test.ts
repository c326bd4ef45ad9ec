// How long a prerendered page's embedded copy stands in for the network: younger than the
// element's max-age, it is all the element needs; older, it is shown while the data is fetched
// once more; broken, the element loads as if the page had none. The fixture's data says which
// read of it a widget shows: the renderer's is read 1, the browser's read 2.
import { expect, waitUntil } from '@open-wc/testing';
import { clearStoredCopies, sleep } from '../helpers.js';
import {
  allTakenOver,
  closeFrames,
  inRoot,
  newKey,
  openPrerendered,
  requestsFor,
  shownText,
  takenOver,
  type PageParams,
  type Prerendered,
} from './harness.js';

const PAGE = 'fixtures/max-age.html';

async function open(params: PageParams): Promise<Prerendered & { news: Element; map: Element; card: Element }> {
  const page = await openPrerendered(PAGE, { key: newKey(), probe: true, ...params });
  const [news, map, card] = ['sz-news-list', 'sz-center-map', 'sz-center-card'].map((tag) =>
    page.doc.querySelector(tag)!,
  );
  return { ...page, news, map, card };
}

/** What a widget shows, as text (its own render or the server's). */
const shows = (el: Element) => shownText(el.shadowRoot!);
const newsRequests = async (page: Prerendered) => requestsFor(await page.log(), '/__prerender/data?path=feed.json');
const centreRequests = async (page: Prerendered) =>
  requestsFor(await page.log(), '/__prerender/data?path=centres.geojson');

describe('an embedded copy and max-age', () => {
  beforeEach(clearStoredCopies);
  afterEach(closeFrames);

  it('younger than max-age: shown as it is, no request', async () => {
    const page = await open({ age: 30 });
    await allTakenOver(page.doc);
    await sleep(500);
    for (const el of [page.news, page.map, page.card]) expect(shows(el), el.localName).to.include('read 1');
    expect(inRoot(page.news, '[part~="item"]')).to.have.length(2);
    expect(await newsRequests(page), 'requests for the feed').to.deep.equal([]);
    expect(await centreRequests(page), 'requests for the centres').to.deep.equal([]);
    expect(page.win.__probe!.errors).to.deep.equal([]);
  });

  it('older than max-age (60 s): shown by the element while the data is fetched once, then replaced', async () => {
    const page = await open({ age: 120, delay: 1500 });
    // The element's own render of the copy, while the answer is on its way.
    await waitUntil(() => takenOver(page.map) && takenOver(page.card), 'the copy was not shown by the elements', {
      timeout: 3000,
    });
    expect(shows(page.card)).to.include('Alpha centre, read 1');
    expect(shows(page.map)).to.include('Haifa (read 1)');
    await waitUntil(() => shows(page.card).includes('Alpha centre, read 2'), 'the card was not updated', {
      timeout: 5000,
    });
    await waitUntil(() => shows(page.map).includes('Lyon (read 2)'), 'the map was not updated', {
      timeout: 1000,
    });
    // One request for the map and the card together; the news list's copy (max-age 3600) was young enough.
    expect(await centreRequests(page)).to.have.length(1);
    expect(await newsRequests(page)).to.deep.equal([]);
    expect(shows(page.news)).to.include('read 1');
    expect(page.win.__probe!.errors).to.deep.equal([]);
    // The card linked to the map (no centre of its own) showed the map's centre all along: never
    // the request to choose one, not even between the server's nodes and its own render.
    const texts = page.win.__probe!.cards.card;
    expect(texts.length, 'the card never changed').to.be.greaterThan(1);
    expect(texts.filter((text) => /Choose a centre/.test(text))).to.deep.equal([]);
  });

  it('older than the default max-age (3600 s): every widget fetches its data once and shows it', async () => {
    const page = await open({ age: 7200 });
    await waitUntil(
      () => [page.news, page.map, page.card].every((el) => shows(el).includes('read 2')),
      'the widgets were not updated',
      { timeout: 5000 },
    );
    await sleep(300);
    expect(shows(page.news)).not.to.include('read 1');
    expect(await newsRequests(page)).to.have.length(1);
    expect(await centreRequests(page)).to.have.length(1);
    expect(page.win.__probe!.errors).to.deep.equal([]);
  });

  it('broken (not JSON): the elements load as usual, the server’s nodes on screen until they can', async () => {
    const page = await open({ corrupt: true, delay: 1500 });
    const copies = [...page.doc.querySelectorAll('script[data-sz-embedded]')].map((s) => s.textContent);
    expect(copies, 'the copies were not broken').to.deep.equal(['{"savedAt": not JSON', '{"savedAt": not JSON']);
    // While the data loads: the prerendered content stays, neither a skeleton nor a loading line.
    await sleep(700);
    for (const el of [page.news, page.map, page.card]) {
      expect(takenOver(el), `<${el.localName}> dropped the server's nodes while loading`).to.equal(false);
      expect(shows(el), el.localName).to.include('read 1');
    }
    await waitUntil(
      () => [page.news, page.map, page.card].every((el) => takenOver(el) && shows(el).includes('read 2')),
      'the widgets did not load',
      { timeout: 5000 },
    );
    expect(await newsRequests(page)).to.have.length(1);
    expect(await centreRequests(page)).to.have.length(1);
    expect(page.win.__probe!.errors).to.deep.equal([]);
  });
});
