// parseFeed(): the language of the content, and one bad item never costs the good ones.
// Also run in Node on jsdom (scripts/test-node.mjs).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { feed as mapItems, runNow } from '../../src/data/feed-item.js';
import { parseFeedLazily } from '../../src/data/feed-lazy.js';
import type { Feed, NewsItem, Problem } from '../../src/data/types.js';
import { fixture, parse, failure } from './feed-helpers.js';

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
    expect(problems.map((p) => p.path)).to.deep.equal([
      '/rss/channel/item[2]',
      '/rss/channel/item[3]',
      '/rss/channel/item[4]',
    ]);
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
    const result = runNow(
      mapItems('T', undefined, [1, 2, 3], toItem, { path: (i) => `$.items[${i}]`, onDrop: (p) => problems.push(p) }),
    );
    expect(result.items.map((i) => i.id)).to.deep.equal(['1', '3']);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.equal('$.items[1]');
    expect(problems[0].message).to.match(/^could not be read.*odd input/);
  });

  it('keeps the other JSON Feed items when reading one throws inside parseFeed', () => {
    // A page script that broke Object.prototype makes reading an item without its own "tags" throw.
    const problems: Problem[] = [];
    const json = JSON.stringify({
      items: [
        { id: 'a', title: 'A', tags: [] },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C', tags: ['x'] },
      ],
    });
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
    expect((await parse('drops.json')).items.map((i) => i.id)).to.deep.equal([
      'good',
      'bad-url',
      'bad-image',
      'external',
      'last',
    ]);
  });

  it('still throws for a whole feed that cannot be read', () => {
    const onDrop = () => undefined;
    expect(failure(() => parseFeed('<rss><channel>', { onDrop })).code).to.equal('parse');
    expect(failure(() => parseFeed('<html/>', { onDrop })).code).to.equal('unsupported');
  });
});
