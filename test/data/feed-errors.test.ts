// parseFeed() on malformed feeds, bodies that are no feed, and forbidden control characters.
// Also run in Node on jsdom (scripts/test-node.mjs).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { fixture, parse, failure } from './feed-helpers.js';

describe('parseFeed(): malformed feeds', () => {
  it('reports unclosed tags as a parse error, with what the XML parser said', async () => {
    const text = await fixture('unclosed.xml');
    for (const body of [text, '<rss><channel><item><title>x</item></channel></rss>']) {
      const err = failure(() => parseFeed(body));
      expect(err.code).to.equal('parse');
      expect(err.message).to.match(/^The feed is not well-formed XML: \S/);
      expect(err.message.length).to.be.below(240);
    }
  });

  it('repairs bare ampersands and HTML entities', async () => {
    const feed = await parse('entities.xml');
    expect(feed.title).to.equal('Café & Bar — News');
    expect(feed.url).to.equal('https://entities.example.org/?page=1&lang=en');
    const [first, second] = feed.items;
    expect(first.title).to.equal('Fish & Chips ’n’ more &foo; & ©');
    expect(first.url).to.equal('https://entities.example.org/story?a=1&b=2&c=3');
    expect(first.summary).to.equal('A B — C — D …');
    expect(first.tags).to.deep.equal(['R&D']);
    expect(second.title).to.equal('Tom & Jerry’s big day');
    // CDATA is not repaired: its text is already what the publisher meant.
    expect(second.url).to.equal('https://entities.example.org/tom?x=1&y=2&amp;z=3');
    expect(second.summary).to.equal('CDATA keeps and & as written: x');
  });

  it('keeps items whose dates cannot be read, without a date', async () => {
    const feed = await parse('bad-dates.xml');
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Impossible date', 'Words', 'Empty', 'Fine']);
    expect(feed.items.map((i) => i.published)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      '2017-05-09T08:00:00.000Z',
    ]);
  });

  it('gives untitled items a title from the summary, keeps linked ones and drops empty ones', async () => {
    const feed = await parse('missing-titles.xml');
    expect(feed.items.map((i) => [i.title, i.url])).to.deep.equal([
      [
        'A summary without a title, long enough that the fallback title must be shortened…',
        'https://titles.example.org/1',
      ],
      ['', 'https://titles.example.org/2'],
      ['Short summary.', ''],
    ]);
    expect(feed.items[0].title.length).to.be.at.most(81);
    expect(feed.items[2].id).to.equal('Short summary.');
  });

  it('reads a feed without items as an empty list', async () => {
    expect(await parse('empty.xml')).to.deep.equal({
      title: 'Nothing yet',
      url: 'https://empty.example.org/',
      items: [],
    });
    expect(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"/>')).to.deep.equal({ items: [] });
  });

  it('reports an empty or blank body as a parse error', () => {
    for (const body of ['', '   \n\t ', '\uFEFF']) {
      const err = failure(() => parseFeed(body, { contentType: 'application/rss+xml' }));
      expect(err.code).to.equal('parse');
      expect(err.message).to.equal('The feed is empty.');
    }
  });

  it('reports an HTML page as unsupported, in words a webmaster understands', async () => {
    const page = await fixture('error-page.html');
    for (const type of ['text/html', 'application/rss+xml', undefined]) {
      const err = failure(() => parseFeed(page, { contentType: type }));
      expect(err.code).to.equal('unsupported');
      expect(err.message).to.equal('The address returned an HTML page, not a feed.');
    }
    expect(failure(() => parseFeed('<!-- proxy -->\n<html><body>Bad gateway</body></html>')).code).to.equal(
      'unsupported',
    );
    expect(failure(() => parseFeed('<html xmlns="http://www.w3.org/1999/xhtml"/>')).code).to.equal('unsupported');
  });

  it('reports XML that is not a feed as unsupported', () => {
    const err = failure(() => parseFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(err.code).to.equal('unsupported');
    expect(err.message).to.contain('<svg>');
  });

  it('reports JSON that is not a JSON Feed as unsupported, and broken JSON as a parse error', async () => {
    expect(failure(() => parseFeed('{"version":"1.1","items":{}}')).code).to.equal('unsupported');
    const err = failure(() => parseFeed('[1, 2, 3]'));
    expect(err.code).to.equal('unsupported');
    expect(err.message).to.contain('not a JSON Feed');
    const bad = failure(() => parseFeed('{"items": [', { contentType: 'application/feed+json' }));
    expect(bad.code).to.equal('parse');
    expect(bad.message).to.match(/^The feed is not valid JSON: \S/);
  });

  it('reads the not-a-feed.json fixture as unsupported', async () => {
    const text = await fixture('not-a-feed.json');
    expect(failure(() => parseFeed(text, { contentType: 'application/json' })).code).to.equal('unsupported');
  });

  it('parses a 5,000-item feed completely and in order', () => {
    const items = Array.from(
      { length: 5000 },
      (_, i) =>
        `<item><title>Item ${i} &amp; more</title><link>/n/${i}</link><guid isPermaLink="false">id-${i}</guid>` +
        `<description>&lt;p&gt;Summary ${i}&lt;/p&gt;</description><pubDate>Tue, 09 May 2017 08:00:00 GMT</pubDate></item>`,
    );
    const feed = parseFeed(`<rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`, {
      baseUrl: 'https://big.example.org/feed.xml',
    });
    expect(feed.items).to.have.length(5000);
    expect(feed.items[0].id).to.equal('id-0');
    expect(feed.items[4999].id).to.equal('id-4999');
    expect(feed.items[4999].url).to.equal('https://big.example.org/n/4999');
    expect(feed.items[2500].summary).to.equal('Summary 2500');
    expect(new Set(feed.items.map((i) => i.id)).size).to.equal(5000);
  });
});

describe('parseFeed(): control characters', () => {
  it('drops the control characters XML 1.0 forbids instead of refusing the feed', () => {
    const feed = parseFeed(
      '<rss version="2.0"><channel><item><title>Bad\u0001 \u000bchars\u001f</title><link>https://example.test/a</link></item></channel></rss>',
    );
    expect(feed.items[0].title).to.equal('Bad chars');
  });
});
