// HTML article and listing pages read as news items (src/feed/html.ts), under Node's own runner:
// node --test test/feed/
// The TypeScript is bundled with esbuild at the start (no build of the package needed); jsdom and
// Readability stay outside the bundle, imported from node_modules by their absolute paths.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const fixture = (name) => readFile(new URL(`../fixtures/feed-sources/${name}`, import.meta.url), 'utf8');

let dir;
let articleFromHtml;
let linksFromListing;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sz-feed-html-'));
  const outfile = join(dir, 'html.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/feed/html.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    plugins: [
      {
        name: 'packages-from-node-modules',
        setup(b) {
          // Packages stay external, by absolute path: the bundle lives outside the repository.
          b.onResolve({ filter: /^[^./]/ }, (args) => ({
            path: pathToFileURL(require.resolve(args.path)).href,
            external: true,
          }));
        },
      },
    ],
  });
  ({ articleFromHtml, linksFromListing } = await import(pathToFileURL(outfile).href));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The item of a fixture page, failing the test if the page gave a problem instead. */
async function article(name, url) {
  const { item, problem } = articleFromHtml(await fixture(name), url);
  assert.equal(problem, undefined);
  assert.ok(item);
  return item;
}

/** Every string a reader could see in an item, and the item's URLs. */
const strings = (item) =>
  [
    item.url,
    item.title,
    item.summary,
    item.published,
    item.updated,
    item.image,
    item.author,
    item.lang,
    ...item.tags,
  ].filter((s) => s !== undefined);

describe('articleFromHtml: an article page with JSON-LD and site chrome', () => {
  const url = 'https://news.example.org/world/2024/03/05/tel-aviv-centre?utm_source=feed#top';

  test('JSON-LD (a Yoast-style @graph with references) outranks OpenGraph, the banner and the chrome', async () => {
    const item = await article('article-jsonld.html', url);
    assert.deepEqual(item, {
      // mainEntityOfPage: the article's own address, without the tracking query and fragment.
      url: 'https://news.example.org/world/2024/03/05/tel-aviv-centre',
      // The headline, not og:title ("Tel Aviv centre opens") nor the banner's <h1> "Example News".
      title: 'Shenzhen opens its ninth overseas innovation centre, in Tel Aviv',
      summary:
        'The centre will help Israeli start-ups in medical devices and robotics find manufacturers in Shenzhen, and Shenzhen companies find partners in Israel.',
      // +08:00 read as UTC; not og's 4 March, not the header's "Today" (2031), not the sidebar's.
      published: '2024-03-05T00:30:00.000Z',
      updated: '2024-03-06T10:00:00.000Z',
      // {"@id": "#primaryimage"} resolved to its ImageObject, whose relative url resolves on the page.
      image: 'https://news.example.org/media/2024/03/tel-aviv-centre.jpg',
      // One author by reference (Person node), one inline.
      author: 'Li Wei, Dana Cohen',
      // "shenzhen" repeats "Shenzhen".
      tags: ['Shenzhen', 'Tel Aviv', 'innovation centres'],
      // inLanguage, canonicalised ("en-gb"), over the theme's <html lang="en">.
      lang: 'en-GB',
    });
  });
});

describe('articleFromHtml: a page with only OpenGraph and article:* meta', () => {
  test('og:title without the site name, og:image against <base href>, article:* dates, tags and author', async () => {
    const item = await article(
      'article-opengraph.html',
      'https://tech.example.com/news/boston-centre-signs-ten-start-ups',
    );
    assert.deepEqual(item, {
      url: 'https://tech.example.com/news/boston-centre-signs-ten-start-ups',
      // "Boston centre signs ten start-ups | Example Tech" with og:site_name "Example Tech".
      title: 'Boston centre signs ten start-ups',
      // The entity in the attribute is read once: "&" (not "&amp;").
      summary:
        'Ten start-ups from Shenzhen move into the Boston centre this spring: robotics, batteries & diagnostics.',
      // -05:00 read as UTC; article:published_time outranks the article's <time> (31 December 2023).
      published: '2024-02-01T14:00:00.000Z',
      updated: '2024-02-02T10:15:00.000Z',
      // "img/boston-centre.jpg" resolves against <base href="https://static.example.com/assets/">.
      image: 'https://static.example.com/assets/img/boston-centre.jpg',
      // article:author is a profile's address, so <meta name="author"> names her.
      author: 'Jane Doe',
      // article:tag, once each ("boston" repeats "Boston").
      tags: ['Boston', 'start-ups', 'robotics'],
      // og:locale "en_US", there being no <html lang>.
      lang: 'en-US',
    });
  });
});

describe('articleFromHtml: a government CMS page with no metadata at all', () => {
  const url = 'http://en.szinvest.gov.cn/ne/news/201705/t20170512_6693203.htm';
  const lead =
    "Shenzhen opened the first batch of its overseas innovation centers on May 9, seven of them in San Francisco, Boston, Seattle, London, Evelyn, Tel Aviv and Toronto, built by Shenzhen research institutes and high-tech companies, among them the Research Institute of Tsinghua University in Shenzhen, BGI and Tian'an Cyber Park, to bring in talent, projects and technology from abroad.";

  test('title from Readability (the page has only a styled <div class="title">), date from the address', async () => {
    const item = await article('gov-no-metadata.html', url);
    assert.equal(item.title, 'SZ sets up 7 overseas innovation centers');
    // t20170512 in the address, at noon UTC as the shipped dataset times dates.
    assert.equal(item.published, '2017-05-12T12:00:00.000Z');
    assert.equal(item.updated, undefined);
    assert.equal(item.url, url);
    assert.equal(item.author, undefined);
    assert.deepEqual(item.tags, []);
    assert.equal(item.lang, undefined);
  });

  test('the summary is the first real paragraph, after the breadcrumb and the date line, cut on a word', async () => {
    const { summary } = await article('gov-no-metadata.html', url);
    assert.equal(
      summary,
      'Shenzhen opened the first batch of its overseas innovation centers on May 9, seven of them in San Francisco, Boston, Seattle, London, Evelyn, Tel Aviv and Toronto, built by Shenzhen research institutes and high-tech companies, among them the Research Institute of Tsinghua University in Shenzhen…',
    );
    assert.ok(summary.length <= 301);
    const kept = summary.slice(0, -1);
    assert.ok(lead.startsWith(kept));
    assert.match(lead[kept.length], /[\s,]/, 'cut between words');
  });

  test('the image is the article photo (resolved against the page), not the 1×1 spacer nor the logo', async () => {
    const item = await article('gov-no-metadata.html', url);
    assert.equal(item.image, 'http://en.szinvest.gov.cn/ne/news/201705/W020170512352167843871.jpg');
  });
});

describe('articleFromHtml: a Chinese page', () => {
  const url = 'https://www.sz.gov.cn/cn/xxgk/zfxxgj/tpxw/content/post_10954321.html';

  test("the article's <h1> and <time>, not the banner's; lang from <html lang>; tags from the keywords", async () => {
    const item = await article('chinese.html', url);
    // Not the banner's <h1> "深圳政府在线", nor <title> with the site's name after "_".
    assert.equal(item.title, '深圳新增三家海外创新中心');
    // The article's <time datetime="2023-11-08"> (noon UTC), not the header's "today" (2031).
    assert.equal(item.published, '2023-11-08T12:00:00.000Z');
    assert.equal(item.lang, 'zh-CN');
    // Separated by a full-width comma and an enumeration comma.
    assert.deepEqual(item.tags, ['海外创新中心', '深圳', '科技创新']);
    // The relative canonical link, resolved.
    assert.equal(item.url, url);
    assert.equal(item.image, undefined);
  });

  test('the summary is the first paragraph (not the source line), cut between words with an ellipsis', async () => {
    const { summary } = await article('chinese.html', url);
    assert.ok(summary.startsWith('11月8日，深圳在慕尼黑、新加坡和迪拜新设三家海外创新中心'), summary);
    assert.ok(summary.endsWith('…'));
    assert.ok(summary.length <= 301 && summary.length > 250, `${summary.length} characters`);
    const html = await fixture('chinese.html');
    assert.ok(html.includes(summary.slice(0, -1)), 'a prefix of the paragraph');
  });
});

describe('articleFromHtml: hostile strings in every field', () => {
  test('markup becomes text, scripts are dropped, and no javascript:/data: URL survives', async () => {
    const item = await article('hostile.html', 'https://hostile.example/news/1');
    assert.deepEqual(item, {
      // canonical, og:url, JSON-LD url and mainEntityOfPage are all javascript:/vbscript:.
      url: 'https://hostile.example/news/1',
      title: 'Council approves budget',
      // Escaped twice in the JSON-LD: read until no markup is left.
      summary: 'The council approved the budget. Read more',
      // The <svg> author is nothing once its script is dropped.
      author: 'Eve',
      // The script and the javascript: keyword are not tags.
      tags: ['budget', 'council'],
      // og:image, og:image:secure_url, twitter:image, image_src, JSON-LD images: none is http(s);
      // the photo's relative src resolves against a javascript: <base href>: no image.
      // No readable date anywhere; <html lang> and inLanguage are not language tags.
    });
    for (const s of strings(item)) {
      assert.doesNotMatch(s, /[<>]|javascript:|vbscript:|data:|alert|onerror|onclick/i, s);
    }
  });

  test('a page whose only titles are markup has no title', async () => {
    const html =
      "<title><script>alert(1)</script></title><meta property='og:title' content='<img src=x onerror=alert(2)>'><p>Text.</p>";
    assert.deepEqual(articleFromHtml(html, 'https://hostile.example/news/2'), { problem: 'no title found' });
  });
});

describe('articleFromHtml: other pages', () => {
  test('a page with nothing to call a title', () => {
    assert.deepEqual(articleFromHtml('<p>Just a paragraph.</p>', 'https://example.org/a'), {
      problem: 'no title found',
    });
    assert.deepEqual(articleFromHtml('', 'https://example.org/b'), { problem: 'no title found' });
  });

  test('date metas, and dates in the address when there is nothing better', () => {
    const page = (head) =>
      `<html><head><title>A headline of some length</title>${head}</head><body><p>Text.</p></body></html>`;
    const published = (head, url = 'https://example.org/news/item.html') =>
      articleFromHtml(page(head), url).item?.published;
    assert.equal(published('<meta name="PubDate" content="2017-05-12 10:30">'), '2017-05-12T10:30:00.000Z');
    assert.equal(published('<meta name="DC.date.issued" content="2017/05/12">'), '2017-05-12T12:00:00.000Z');
    assert.equal(published('<meta name="citation_date" content="2017年5月12日">'), '2017-05-12T12:00:00.000Z');
    assert.equal(published('', 'https://example.org/news/2017/05/12/item.html'), '2017-05-12T12:00:00.000Z');
    assert.equal(
      published('', 'https://example.org/content/2017-01/14/content_163791961.htm'),
      '2017-01-14T12:00:00.000Z',
    );
    assert.equal(published('', 'https://example.org/news/20170512/item.html'), '2017-05-12T12:00:00.000Z');
    // 31 February is not a date, in a meta or in the address.
    assert.equal(published('<meta name="date" content="2017-02-31">'), undefined);
    assert.equal(published('', 'https://example.org/news/2017/02/31/item.html'), undefined);
    // A meta date outranks the address.
    assert.equal(
      published('<meta name="date" content="2017-05-13">', 'https://example.org/2017/05/12/a.html'),
      '2017-05-13T12:00:00.000Z',
    );
  });

  test('an address that is not http(s) and no canonical one: not an item', () => {
    const html = '<title>A headline of some length</title>';
    assert.deepEqual(articleFromHtml(html, 'file:///tmp/page.html'), { problem: 'no http(s) address for the article' });
    assert.equal(
      articleFromHtml(`${html}<link rel="canonical" href="https://example.org/a">`, 'file:///tmp/page.html').item?.url,
      'https://example.org/a',
    );
  });
});

describe('linksFromListing', () => {
  const url = 'https://www.example.gov.cn/news/list.html';
  const articles = [
    'https://www.example.gov.cn/news/articles/2024/0301-centre.html',
    'https://www.example.gov.cn/news/articles/2024/0302-boston.html',
    'https://www.example.gov.cn/news/articles/2024/0304-toronto.html',
  ];

  test("each item's first link, resolved against <base href>: same site only, once each, in order", async () => {
    // Not: the other site's story, javascript:, mailto:, the list itself, the item without a link,
    // the repeated first article, nor the menu and the pager (outside the selector).
    assert.deepEqual(linksFromListing(await fixture('listing.html'), url, 'ul.news-list li'), articles);
  });

  test('a selector that matches the links themselves; a repeat with another fragment is the same page', async () => {
    assert.deepEqual(linksFromListing(await fixture('listing.html'), url, 'ul.news-list a'), articles);
  });

  test('at most `limit` links', async () => {
    assert.deepEqual(linksFromListing(await fixture('listing.html'), url, 'ul.news-list li', 2), articles.slice(0, 2));
    assert.deepEqual(linksFromListing(await fixture('listing.html'), url, 'ul.news-list li', 0), []);
  });

  test('a selector that matches nothing gives no links', async () => {
    assert.deepEqual(linksFromListing(await fixture('listing.html'), url, '.no-such-list a'), []);
  });

  test('an invalid selector throws an error that names it', async () => {
    const html = await fixture('listing.html');
    assert.throws(
      () => linksFromListing(html, url, 'ul.news-list li['),
      (e) => e instanceof Error && e.message.includes('"ul.news-list li["'),
    );
    assert.throws(
      () => linksFromListing(html, url, ''),
      (e) => e instanceof Error && e.message.includes('""'),
    );
  });
});
