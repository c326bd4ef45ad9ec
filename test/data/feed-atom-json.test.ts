// parseFeed() on Atom and JSON Feed; telling formats apart; repeated elements.
// Also run in Node on jsdom (scripts/test-node.mjs).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import type { Feed } from '../../src/data/types.js';
import { parse, failure } from './feed-helpers.js';

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
    expect(parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":"E"}')).to.deep.equal({
      title: 'E',
      items: [],
    });
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

describe('parseFeed(): an HTML doctype before a feed', () => {
  it('reads a feed that starts with an XHTML doctype, deciding by the root element', async () => {
    for (const type of ['application/rss+xml', 'text/html', undefined]) {
      const feed = await parse('html-doctype.xml', { contentType: type });
      expect(feed.title).to.equal('CMS with a stray doctype');
      expect(feed.items.map((i) => i.url)).to.deep.equal(['https://cms.example.org/still']);
    }
    expect(
      parseFeed('<!DOCTYPE html>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>').title,
    ).to.equal('A');
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
