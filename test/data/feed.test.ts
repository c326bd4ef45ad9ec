import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { feed as mapItems, runNow } from '../../src/data/feed-item.js';
import { parseFeedLazily } from '../../src/data/feed-lazy.js';
import { SzError, type Feed, type NewsItem, type Problem } from '../../src/data/types.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();
const parse = async (name: string, opts?: Parameters<typeof parseFeed>[1]) => parseFeed(await fixture(name), opts);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function failure(fn: () => unknown): SzError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(SzError);
    return err as SzError;
  }
  throw new Error('expected parseFeed to throw');
}

describe('parseFeed(): RSS 2.0', () => {
  let feed: Feed;
  before(async () => {
    feed = await parse('rss2.xml', { contentType: 'application/rss+xml', baseUrl: 'https://feeds.example.net/rss2.xml' });
  });

  it('reads the channel title and home page (xml:base, not the <image> link)', () => {
    expect(feed.title).to.equal('Example Innovation News');
    expect(feed.url).to.equal('https://news.example.org/en/index.html');
  });

  it('keeps every item in order', () => {
    expect(feed.items.map((i) => i.title)).to.deep.equal([
      'Centre opens in Tel Aviv',
      'Fish & Chips <3 in London',
      'Nested base',
      'Guid is the link',
      'Bare guid',
    ]);
  });

  it('reads an item with description, content:encoded, media:content, dc:creator and categories', () => {
    expect(feed.items[0]).to.deep.equal({
      id: 'urn:example:item-1',
      title: 'Centre opens in Tel Aviv',
      url: 'https://news.example.org/en/articles/tel-aviv.html',
      published: '2017-05-09T00:00:00.000Z',
      summary: 'The first centre & its partners. Second paragraph.',
      image: 'https://news.example.org/en/images/tel-aviv.jpg',
      author: 'Li Wei',
      tags: ['Innovation', 'Israel'],
    });
  });

  it('reads CDATA, content:encoded alone, an RSS author and an image enclosure', () => {
    const item = feed.items[1];
    expect(item.id).to.equal('https://other.example.com/london');
    expect(item.url).to.equal('https://other.example.com/london');
    expect(item.published).to.equal('2017-05-10T09:30:00.000Z');
    expect(item.summary).to.equal('Only content:encoded here, no description.');
    expect(item.author).to.equal('Zhang San');
    expect(item.image).to.equal('https://news.example.org/img/photo.png');
    expect(item.tags).to.deep.equal([]);
  });

  it('composes nested xml:base, skips non-image media and takes a media:thumbnail', () => {
    const item = feed.items[2];
    expect(item.url).to.equal('https://news.example.org/en/archive/2017/story.html');
    expect(item.image).to.equal('https://news.example.org/en/archive/2017/thumb.jpg');
    expect(item.summary).to.equal('Plain text description.');
    expect(item.id).to.equal(item.url);
    expect(item).not.to.have.property('published');
    expect(item).not.to.have.property('author');
  });

  it('uses an absolute permalink guid as the link, but never a bare guid', () => {
    expect(feed.items[3].url).to.equal('https://news.example.org/guid-link');
    expect(feed.items[4].id).to.equal('12345');
    expect(feed.items[4].url).to.equal('https://news.example.org/bare-guid');
  });
});

describe('parseFeed(): RSS 1.0 and 0.91', () => {
  it('reads RSS 1.0 (RDF) with Dublin Core dates, creators and subjects', async () => {
    const feed = await parse('rss1.rdf');
    expect(feed.title).to.equal('RDF Site Summary');
    expect(feed.url).to.equal('https://rdf.example.org/');
    expect(feed.items).to.have.length(2);
    expect(feed.items[0]).to.deep.equal({
      id: 'https://rdf.example.org/a',
      title: 'First RDF item',
      url: 'https://rdf.example.org/a',
      published: '2017-05-09T00:00:00.000Z',
      summary: 'Summary of the first item.',
      author: 'Wang Fang',
      tags: ['Robots'],
    });
    expect(feed.items[1].summary).to.equal('Encoded content only.');
    expect(feed.items[1].published).to.equal('2017-05-10T00:00:00.000Z');
  });

  it('reads RSS 0.91 with a Netscape DOCTYPE and HTML entities', async () => {
    const feed = await parse('rss091.xml');
    expect(feed.title).to.equal('Old Style News');
    expect(feed.url).to.equal('http://old.example.org/');
    expect(feed.items.map((i) => [i.title, i.url, i.summary])).to.deep.equal([
      ['Café opens near the centre', 'http://old.example.org/cafe.html', 'A café & a reading room.'],
      ['Second old item', 'http://old.example.org/second.html', ''],
    ]);
  });
});

describe('parseFeed(): Atom 1.0', () => {
  let feed: Feed;
  before(async () => {
    feed = await parse('atom.xml', { contentType: 'application/atom+xml' });
  });

  it('reads the feed title (type="html") and its alternate link', () => {
    expect(feed.title).to.equal('Atom <Example> Blog');
    expect(feed.url).to.equal('https://atom.example.org/blog/');
  });

  it('reads an entry: HTML link preferred, html summary over content, author, categories, enclosure', () => {
    expect(feed.items[0]).to.deep.equal({
      id: 'tag:atom.example.org,2017:1',
      title: 'Plain text title',
      url: 'https://atom.example.org/blog/2017/one.html',
      published: '2017-05-09T00:00:00.000Z',
      updated: '2017-05-10T12:30:00.000Z',
      summary: 'Short & sweet.',
      image: 'https://atom.example.org/blog/2017/one.png',
      author: 'Entry Author',
      tags: ['Artificial intelligence', 'robots'],
    });
  });

  it('reads XHTML title and content as text, without the script, and inherits the feed author', () => {
    const item = feed.items[1];
    expect(item.title).to.equal('XHTML title');
    expect(item.summary).to.equal('First para. Second line.');
    expect(item.url).to.equal('https://atom.example.org/blog/two');
    expect(item.author).to.equal('Feed Author');
    expect(item.updated).to.equal('2017-05-11T00:00:00.000Z');
    expect(item).not.to.have.property('published');
  });

  it('reads text content and resolves an absolute-path xml:base', () => {
    const item = feed.items[2];
    expect(item.summary).to.equal('Text spread over lines');
    expect(item.url).to.equal('https://atom.example.org/other/three');
    expect(item.image).to.equal('https://atom.example.org/other/thumb3.jpg');
  });

  it('applies an xml:base on the link element itself; out-of-line content gives no summary', () => {
    const item = feed.items[3];
    expect(item.url).to.equal('https://atom.example.org/blog/nested/deeper/four.html');
    expect(item.summary).to.equal('');
  });

  it('resolves relative links against the feed URL when there is no xml:base', () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link href="/home"/>' +
      '<entry><id>1</id><title>x</title><link href="posts/1"/></entry></feed>';
    const f = parseFeed(atom, { baseUrl: 'https://site.example.org/blog/atom.xml' });
    expect(f.url).to.equal('https://site.example.org/home');
    expect(f.items[0].url).to.equal('https://site.example.org/blog/posts/1');
    // Without any base, a relative link cannot be made absolute and is dropped.
    expect(parseFeed(atom).items[0].url).to.equal('');
  });
});

describe('parseFeed(): JSON Feed', () => {
  it('reads JSON Feed 1.1: authors, image, tags, and the shortest summary field', async () => {
    const feed = await parse('jsonfeed-1.1.json', {
      contentType: 'application/feed+json',
      baseUrl: 'https://json.example.org/feeds/main.json',
    });
    expect(feed.title).to.equal('JSON & News');
    expect(feed.url).to.equal('https://json.example.org/');
    expect(feed.items.map((i) => i.id)).to.deep.equal(['1', '2', '3', '4']);
    expect(feed.items[0]).to.deep.equal({
      id: '1',
      title: 'Summary wins',
      url: 'https://json.example.org/1',
      published: '2017-05-09T00:00:00.000Z',
      updated: '2017-05-10T00:00:00.000Z',
      summary: 'Short summary.',
      image: 'https://json.example.org/1.jpg',
      author: 'Ann',
      tags: ['AI', 'Health', '7'],
    });
    const [, second, third, fourth] = feed.items;
    expect(second.summary).to.equal('Plain text version.');
    expect(second.url).to.equal('https://json.example.org/2');
    expect(second.image).to.equal('https://json.example.org/feeds/banner2.png');
    expect(second.author).to.equal('Feed Team');
    expect(third.summary).to.equal('Hello world again');
    expect(fourth.url).to.equal('https://elsewhere.example.com/4');
    expect(fourth.title).to.equal('No title here, only a summary that is long enough to be cut at a word boundary…');
  });

  it('reads JSON Feed 1.0 with author objects', async () => {
    const feed = await parse('jsonfeed-1.0.json');
    expect(feed.title).to.equal('Old JSON Feed');
    expect(feed.items.map((i) => [i.id, i.author, i.summary])).to.deep.equal([
      ['a', 'Item Author', 'First.'],
      ['b', 'Old Author', 'Second.'],
    ]);
    expect(feed.items[0].published).to.equal('2017-05-09T08:00:00.000Z');
  });

  it('accepts a JSON Feed that has items but no version, and one with a version but no items', () => {
    expect(parseFeed('{"items":[{"id":"x","title":"T"}]}').items[0].title).to.equal('T');
    expect(parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":"E"}')).to.deep.equal({ title: 'E', items: [] });
  });
});

describe('parseFeed(): format sniffing', () => {
  const RSS = '<rss version="2.0"><channel><title>R</title><item><title>i</title></item></channel></rss>';

  it('reads XML and JSON whatever the content type claims, when the body says which it is', () => {
    expect(parseFeed(RSS, { contentType: 'text/html; charset=utf-8' }).title).to.equal('R');
    expect(parseFeed(RSS, { contentType: 'application/json' }).title).to.equal('R');
    expect(parseFeed('{"items":[]}', { contentType: 'text/xml' }).items).to.deep.equal([]);
    expect(parseFeed(`\uFEFF \n <?xml version="1.0"?>${RSS}`).title).to.equal('R');
  });

  it('uses the content type to name the problem when the body is neither', () => {
    expect(failure(() => parseFeed('oops', { contentType: 'application/json' })).code).to.equal('parse');
    expect(failure(() => parseFeed('oops', { contentType: 'application/rss+xml' })).code).to.equal('parse');
    expect(failure(() => parseFeed('oops', { contentType: 'text/plain' })).code).to.equal('unsupported');
  });
});

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
    expect(feed.items.map((i) => i.published)).to.deep.equal([undefined, undefined, undefined, '2017-05-09T08:00:00.000Z']);
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
    expect(failure(() => parseFeed('<!-- proxy -->\n<html><body>Bad gateway</body></html>')).code).to.equal('unsupported');
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

describe('parseFeed(): hostile data', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('reads a body of two hundred thousand unclosed comments and CDATA sections in one pass (a parse error, not a frozen page)', () => {
    // Scanned from each opener to the end, this took minutes (quadratic): the test's own timeout catches that.
    for (const opener of ['<!--', '<![CDATA[']) {
      const body = `<rss version="2.0"><channel><item><title>x</title>${opener.repeat(200_000)}`;
      expect(() => parseFeed(body)).to.throw(SzError, /not well-formed/);
    }
  });

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

describe('parseFeed(): control characters', () => {
  it('drops the control characters XML 1.0 forbids instead of refusing the feed', () => {
    const feed = parseFeed('<rss version="2.0"><channel><item><title>Bad\u0001 \u000bchars\u001f</title><link>https://example.test/a</link></item></channel></rss>');
    expect(feed.items[0].title).to.equal('Bad chars');
  });
});

describe('parseFeed(): Dublin Core and DCMI Terms', () => {
  it('reads dc:title, dc:date, dc:creator and dcterms:issued/modified in RSS 2.0, on the channel and items', async () => {
    const feed = await parse('dublin-core.xml');
    expect(feed.title).to.equal('Dublin Core Channel');
    expect(feed.items[0]).to.deep.equal({
      id: 'https://dc.example.org/1',
      title: 'Only a DC title',
      url: 'https://dc.example.org/1',
      published: '2018-03-01T10:00:00.000Z',
      summary: '',
      author: 'Item Creator',
      lang: 'fr-FR',
      tags: [],
    });
    const second = feed.items[1];
    expect(second.published).to.equal('2018-03-02T09:00:00.000Z');
    expect(second.updated).to.equal('2018-03-04T12:00:00.000Z');
    // The channel's dc:creator stands in for an item without an author.
    expect(second.author).to.equal('Channel Editor');
    // An empty <title> gives way to dc:title.
    expect(feed.items[2].title).to.equal('Empty title, DC title instead');
  });

  it('reads DCMI Terms in RSS 1.0 and takes rdf:about as the id', async () => {
    const feed = await parse('dublin-core.rdf');
    expect(feed.title).to.equal('RDF with terms');
    expect(feed.items).to.deep.equal([
      {
        id: 'urn:example:rdf-dc:one',
        title: 'Issued only',
        url: 'https://rdf-dc.example.org/one?utm_source=rss',
        published: '2019-01-02T00:00:00.000Z',
        updated: '2019-01-03T08:00:00.000Z',
        summary: '',
        author: 'RDF Desk',
        lang: 'de',
        tags: [],
      },
      {
        // No link at all: the id is still rdf:about, not the title.
        id: 'urn:example:rdf-dc:two',
        title: 'Title in DC',
        url: '',
        published: '2019-01-04T00:00:00.000Z',
        summary: '',
        author: 'Own Creator',
        lang: 'de',
        tags: [],
      },
    ]);
  });
});

describe('parseFeed(): iTunes and Media RSS', () => {
  let feed: Feed;
  before(async () => {
    feed = await parse('itunes-media.xml');
  });

  it('falls back to itunes:subtitle/summary, and takes the shorter, under namespace URIs spelled differently', () => {
    expect(feed.items[0].summary).to.equal('A short subtitle.');
    expect(feed.items[0].image).to.equal('https://pod.example.org/1.jpg');
    expect(feed.items[3].summary).to.equal('Summary from iTunes.');
  });

  it('matches element names whatever their case (PubDate, pubdate, Description)', () => {
    expect(feed.items[0].published).to.equal('2019-05-06T08:00:00.000Z');
    expect(feed.items[1].published).to.equal('2019-05-07T08:00:00.000Z');
    expect(feed.items[1].summary).to.equal('Capitalised description wins over iTunes.');
  });

  it('reads media:title, media:description and images nested in media:group', () => {
    expect(feed.items[1].title).to.equal('Title from the media group');
    expect(feed.items[1].image).to.equal('https://pod.example.org/2.png');
    expect(feed.items[2].summary).to.equal('Described only in the media group.');
    expect(feed.items[2].image).to.equal('https://pod.example.org/3-thumb.jpg');
    expect(feed.items[3].title).to.equal('Media title only');
  });

  it('reads a YouTube-style Atom entry whose description is in media:group', () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Videos</title>' +
      '<entry><id>yt:video:1</id><title>A video</title><link rel="alternate" href="https://video.example.org/1"/>' +
      '<media:group><media:title>A video</media:title><media:content url="https://video.example.org/1.swf" type="application/x-shockwave-flash"/>' +
      '<media:thumbnail url="https://video.example.org/1.jpg"/><media:description>What the video shows.</media:description></media:group></entry></feed>';
    const item = parseFeed(atom).items[0];
    expect(item.summary).to.equal('What the video shows.');
    expect(item.image).to.equal('https://video.example.org/1.jpg');
  });
});

describe('parseFeed(): an HTML doctype before a feed', () => {
  it('reads a feed that starts with an XHTML doctype, deciding by the root element', async () => {
    for (const type of ['application/rss+xml', 'text/html', undefined]) {
      const feed = await parse('html-doctype.xml', { contentType: type });
      expect(feed.title).to.equal('CMS with a stray doctype');
      expect(feed.items.map((i) => i.url)).to.deep.equal(['https://cms.example.org/still']);
    }
    expect(parseFeed('<!DOCTYPE html>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>').title).to.equal('A');
  });

  it('still reports a real HTML page as one, with or without <html>', () => {
    for (const page of [
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html><body>Error</body></html>',
      '<!doctype html><meta charset="utf-8"><title>Oops</title><p>Not found',
      '<?xml version="1.0"?><!-- x --><!DOCTYPE html><HTML><body/></HTML>',
    ]) {
      const err = failure(() => parseFeed(page));
      expect(err.code).to.equal('unsupported');
      expect(err.message).to.equal('The address returned an HTML page, not a feed.');
    }
  });
});

describe('parseFeed(): repeated elements', () => {
  it('takes the first of every repeated RSS element', async () => {
    const feed = await parse('repeated.xml');
    expect(feed.title).to.equal('First channel title');
    expect(feed.url).to.equal('https://repeat.example.org/first');
    expect(feed.lang).to.equal('en');
    expect(feed.items[0]).to.deep.equal({
      id: 'first-guid',
      title: 'First title',
      url: 'https://repeat.example.org/a1',
      published: '2020-01-01T00:00:00.000Z',
      summary: 'First description, the longer of the two.',
      image: 'https://repeat.example.org/first.jpg',
      author: 'First Author',
      lang: 'en',
      tags: [],
    });
    const second = feed.items[1];
    expect([second.published, second.author, second.image]).to.deep.equal([
      '2020-02-01T00:00:00.000Z',
      'First Creator',
      'https://repeat.example.org/first.png',
    ]);
  });

  it('takes the first of every repeated Atom element', async () => {
    const feed = await parse('repeated.atom');
    expect(feed.title).to.equal('First feed title');
    expect(feed.url).to.equal('https://repeat-atom.example.org/first');
    expect(feed.items[0]).to.deep.equal({
      id: 'urn:example:first-id',
      title: 'First entry title',
      url: 'https://repeat-atom.example.org/e1',
      published: '2021-01-01T00:00:00.000Z',
      updated: '2021-01-03T00:00:00.000Z',
      summary: 'First content.',
      author: 'First Feed Author',
      tags: [],
    });
    expect(feed.items[1].author).to.equal('First Feed Author');
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

describe('parseFeed(): the language of the content', () => {
  it('reads JSON Feed language, per feed and per item, canonicalised; drops invalid tags', async () => {
    const feed = await parse('lang.json');
    expect(feed.lang).to.equal('en-US');
    expect(feed.items.map((i) => [i.id, i.lang])).to.deep.equal([
      ['own', 'he'],
      ['inherits', 'en-US'],
      ['canonical', 'zh-Hans-CN'],
      ['invalid', 'en-US'],
      ['not-a-string', 'en-US'],
    ]);
    // The POSIX spelling CMSs often write is read for what it plainly means.
    expect(parseFeed('{"language":"en_GB","items":[{"title":"x"}]}').items[0].lang).to.equal('en-GB');
  });

  it('leaves lang out when it is unknown, so items survive a JSON round trip', async () => {
    const feed = await parse('lang-none.json');
    expect(feed).not.to.have.property('lang');
    expect(feed.items[0]).not.to.have.property('lang');
    const rss = await parse('rss2.xml');
    expect(rss).not.to.have.property('lang');
    for (const f of [feed, rss]) expect(JSON.parse(JSON.stringify(f))).to.deep.equal(f);
  });

  it('reads RSS <language>, and xml:lang on an item, its title or its summary', async () => {
    const feed = await parse('lang.xml');
    expect(feed.lang).to.equal('en-GB');
    expect(feed.items.map((i) => i.lang)).to.deep.equal(['en-GB', 'he', 'ar', 'ja', 'en-GB']);
    expect((await parse('rss091.xml')).items[0].lang).to.equal('en-US');
  });

  it('reads dc:language in RSS 1.0 and RSS 2.0', async () => {
    const rdf = await parse('lang-dc.rdf');
    expect([rdf.lang, rdf.items[0].lang]).to.deep.equal(['pt-BR', 'pt-BR']);
    expect((await parse('dublin-core.xml')).lang).to.equal('fr-FR');
  });

  it('reads Atom xml:lang from the feed, the entry, its title or its summary', async () => {
    const feed = await parse('lang.atom');
    expect(feed.lang).to.equal('zh-CN');
    expect(feed.items.map((i) => i.lang)).to.deep.equal(['zh-CN', 'en', 'he', 'fr']);
  });
});

describe('parseFeed(): one bad item never costs the good ones', () => {
  const collect = () => {
    const problems: Problem[] = [];
    return { problems, onDrop: (p: Problem) => void problems.push(p) };
  };

  it('leaves out JSON Feed items with nothing to show and reports them and unsafe URLs by JSON path', async () => {
    const { problems, onDrop } = collect();
    const feed = await parse('drops.json', { onDrop });
    expect(feed.items.map((i) => [i.id, i.url, i.image])).to.deep.equal([
      ['good', 'https://drops.example.org/good', undefined],
      ['bad-url', '', undefined],
      ['bad-image', 'https://drops.example.org/img', undefined],
      ['external', 'https://elsewhere.example.com/', undefined],
      ['last', 'https://drops.example.org/last', undefined],
    ]);
    expect(problems).to.deep.equal([
      { path: '$', message: 'its url is not an http(s) URL and was dropped' },
      { path: '$.items[1]', message: 'is not an object' },
      { path: '$.items[2]', message: 'is not an object' },
      { path: '$.items[3]', message: 'has no title and no link' },
      { path: '$.items[4]', message: 'its url is not an http(s) URL and was dropped' },
      { path: '$.items[5]', message: 'its image is not an http(s) URL and was dropped' },
    ]);
  });

  it('reports RSS and Atom items by 1-based XPath', async () => {
    const rss = collect();
    const feed = await parse('drops.xml', { onDrop: rss.onDrop });
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Good item', 'Bad link', 'Bad image', 'Last good item']);
    expect(rss.problems).to.deep.equal([
      { path: '/rss/channel/item[2]', message: 'has no title and no link' },
      { path: '/rss/channel/item[3]', message: 'its url is not an http(s) URL and was dropped' },
      { path: '/rss/channel/item[4]', message: 'its image is not an http(s) URL and was dropped' },
    ]);
    const atom = collect();
    expect((await parse('drops.atom', { onDrop: atom.onDrop })).items).to.have.length(2);
    expect(atom.problems).to.deep.equal([
      { path: '/feed/entry[2]', message: 'has no title and no link' },
      { path: '/feed/entry[3]', message: 'its url is not an http(s) URL and was dropped' },
    ]);
  });

  it('reports the same from parseFeedLazily', async () => {
    const { problems, onDrop } = collect();
    const feed = await parseFeedLazily(await fixture('drops.xml'), { onDrop });
    expect(feed.items).to.have.length(4);
    expect(problems.map((p) => p.path)).to.deep.equal(['/rss/channel/item[2]', '/rss/channel/item[3]', '/rss/channel/item[4]']);
  });

  it('reports the hostile fixture’s links and images as dropped', async () => {
    const { problems, onDrop } = collect();
    await parse('hostile.xml', { baseUrl: 'https://hostile.example.org/rss', onDrop });
    expect(problems.map((p) => `${p.path} ${p.message}`)).to.deep.equal([
      '/rss/channel its url is not an http(s) URL and was dropped',
      '/rss/channel/item[1] its url is not an http(s) URL and was dropped',
      '/rss/channel/item[1] its image is not an http(s) URL and was dropped',
      '/rss/channel/item[2] its url is not an http(s) URL and was dropped',
      '/rss/channel/item[2] its image is not an http(s) URL and was dropped',
      '/rss/channel/item[3] its url is not an http(s) URL and was dropped',
      '/rss/channel/item[4] its url is not an http(s) URL and was dropped',
      '/rss/channel/item[4] its image is not an http(s) URL and was dropped',
    ]);
  });

  it('keeps the other items when reading one throws, and says so', () => {
    const problems: Problem[] = [];
    const toItem = (n: number): NewsItem => {
      if (n === 2) throw new TypeError('odd input');
      return { id: String(n), title: `Item ${n}`, url: '', summary: '', tags: [] };
    };
    const result = runNow(mapItems('T', undefined, [1, 2, 3], toItem, { path: (i) => `$.items[${i}]`, onDrop: (p) => problems.push(p) }));
    expect(result.items.map((i) => i.id)).to.deep.equal(['1', '3']);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('$.items[1]');
    expect(problems[0].message).to.match(/^could not be read.*odd input/);
  });

  it('keeps the other JSON Feed items when reading one throws inside parseFeed', () => {
    // A page script that broke Object.prototype makes reading an item without its own "tags" throw.
    const problems: Problem[] = [];
    const json = JSON.stringify({ items: [{ id: 'a', title: 'A', tags: [] }, { id: 'b', title: 'B' }, { id: 'c', title: 'C', tags: ['x'] }] });
    Object.defineProperty(Object.prototype, 'tags', {
      configurable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    let feed: Feed;
    try {
      feed = parseFeed(json, { onDrop: (p) => problems.push(p) });
    } finally {
      delete (Object.prototype as { tags?: unknown }).tags;
    }
    expect(feed.items.map((i) => i.id)).to.deep.equal(['a', 'c']);
    expect(problems.map((p) => p.path)).to.deep.equal(['$.items[1]']);
  });

  it('leaves the same items out when nobody listens', async () => {
    expect((await parse('drops.json')).items.map((i) => i.id)).to.deep.equal(['good', 'bad-url', 'bad-image', 'external', 'last']);
  });

  it('still throws for a whole feed that cannot be read', () => {
    const onDrop = () => undefined;
    expect(failure(() => parseFeed('<rss><channel>', { onDrop })).code).to.equal('parse');
    expect(failure(() => parseFeed('<html/>', { onDrop })).code).to.equal('unsupported');
  });
});
