// parseFeed() on hostile data: markup, scripts and unsafe URLs come out inert.
// Also run in Node on jsdom (scripts/test-node.mjs).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { SzError, type Feed } from '../../src/data/types.js';
import { sleep } from '../helpers.js';
import { parse } from './feed-helpers.js';

describe('parseFeed(): hostile data', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it(
    'reads a body of two hundred thousand unclosed comments and CDATA sections in one pass (a parse error, not a ' +
      'frozen page)',
    () => {
      // Scanned from each opener to the end, this took minutes (quadratic): the test's own timeout catches that.
      for (const opener of ['<!--', '<![CDATA[']) {
        const body = `<rss version="2.0"><channel><item><title>x</title>${opener.repeat(200_000)}`;
        expect(() => parseFeed(body)).to.throw(SzError, /not well-formed/);
      }
    },
  );

  /** Puts every text of the feed into the page the way a text binding would, then waits for anything to fire. */
  async function attach(feed: Feed): Promise<HTMLElement> {
    const host = document.createElement('div');
    for (const item of feed.items) {
      for (const text of [item.title, item.summary, item.author ?? '', item.id, ...item.tags]) {
        const p = document.createElement('p');
        p.textContent = text;
        host.append(p);
      }
    }
    document.body.append(host);
    await sleep(300);
    return host;
  }

  it('turns markup in RSS titles and summaries into inert text', async () => {
    const feed = await parse('hostile.xml', { baseUrl: 'https://hostile.example.org/rss' });
    expect(feed.title).to.equal('Hostile');
    expect(feed.items[0].title).to.equal('Title');
    expect(feed.items[0].summary).to.equal('Summary');
    const host = await attach(feed);
    try {
      expect(host.querySelectorAll('p *').length).to.equal(0);
      expect(window.__pwned).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('drops javascript:, data: and vbscript: links and images, however they are disguised', async () => {
    const feed = await parse('hostile.xml', { baseUrl: 'https://hostile.example.org/rss' });
    expect(feed.url).to.equal(undefined);
    expect(feed.items).to.have.length(4);
    for (const item of feed.items) {
      expect(item.url, item.title).to.equal('');
      expect(item.image, item.title).to.equal(undefined);
    }
  });

  it('does the same for JSON Feed, including the shared hostile fixture', async () => {
    const shared = await (await fetch('/test/fixtures/news/hostile.json')).text();
    const feed = parseFeed(shared, { baseUrl: 'https://hostile.example.org/feed.json' });
    expect(feed.url).to.equal(undefined);
    expect(feed.items.map((i) => [i.url, i.image])).to.deep.equal([
      ['', undefined],
      ['', undefined],
      ['', undefined],
    ]);
    expect(feed.items[0].title).to.equal('Title');
    expect(feed.items[0].summary).to.equal('Hello click');
    expect(feed.items[0].published).to.equal(undefined);
    expect(feed.items[1].title).to.equal('Second bold & entities');
    const host = await attach(feed);
    try {
      expect(host.querySelectorAll('p *').length).to.equal(0);
      expect(window.__pwned).to.equal(undefined);
    } finally {
      host.remove();
    }
  });

  it('never lets an unsafe id become a link', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'javascript:alert(1)', title: 'a' },
        { id: 'java\u0009script:alert(1)', title: 'b', url: 'java&#x09;script:alert(1)' },
        { id: 'x', title: 'c', url: 'data:text/html,<script>alert(1)</script>', image: ' JaVaScRiPt:alert(1)' },
      ],
    });
    const items = parseFeed(json).items;
    expect(items.map((i) => i.url)).to.deep.equal(['', '', '']);
    expect(items[2].image).to.equal(undefined);
  });

  it('does not expand nested entity definitions (billion laughs)', () => {
    const defs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<!DOCTYPE rss [<!ENTITY l0 "lol">${defs}]><rss><channel><item><title>&l9;</title></item></channel></rss>`;
    let title = '';
    try {
      title = parseFeed(xml).items[0]?.title ?? '';
    } catch (err) {
      expect(err).to.be.instanceOf(SzError);
    }
    expect(title.length).to.be.below(100);
  });

  it('survives prototype-named elements and odd JSON values', () => {
    const rss =
      '<rss><channel><item><constructor>x</constructor><__proto__/><toString/><title>ok</title></item></channel></rss>';
    expect(parseFeed(rss).items[0].title).to.equal('ok');
    const json = '{"items":[{"id":{},"title":["x"],"url":42,"tags":"nope","authors":"me","summary":7}]}';
    expect(parseFeed(json).items[0]).to.deep.equal({ id: '7', title: '7', url: '', summary: '7', tags: [] });
  });
});

describe('parseFeed(): plugin fallback text', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('keeps the fallback text of <object> and <embed>, still without scripts, styles and iframes', async () => {
    const feed = await parse('object-fallback.xml');
    expect(feed.items[0].summary).to.equal('Intro. Watch the opening ceremony.');
    const atom = await parse('object-fallback.atom');
    expect(atom.items[0].summary).to.equal('Before. Embed fallback. Object fallback.');
    await sleep(100);
    expect(window.__pwned).to.equal(undefined);
  });
});
