// parseFeed() on RSS 2.0, RSS 1.0 and 0.91, with Dublin Core, DCMI Terms, iTunes and Media RSS.
// Also run in Node on jsdom (scripts/test-node.mjs).
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import type { Feed } from '../../src/data/types.js';
import { parse } from './feed-helpers.js';

describe('parseFeed(): RSS 2.0', () => {
  let feed: Feed;
  before(async () => {
    feed = await parse('rss2.xml', {
      contentType: 'application/rss+xml',
      baseUrl: 'https://feeds.example.net/rss2.xml',
    });
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

describe('parseFeed(): Dublin Core and DCMI Terms', () => {
  it(
    'reads dc:title, dc:date, dc:creator and dcterms:issued/modified in RSS 2.0, on the channel and ' + 'items',
    async () => {
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
    },
  );

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
