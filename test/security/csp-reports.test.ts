// Hostile feed HTML on a page with a strict CSP must make no violation report at all: nothing in
// it would run anyway, but a partner whose CSP has report-uri/report-to would receive a stream of
// reports blaming our script. Every corpus string in every field of every format, shown by the
// module and the classic bundle, under an enforcing and a report-only policy.
import { expect, waitUntil } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { htmlToText, textOf } from '../../src/data/html-text.js';
import { parseInert, parseInertFragment } from '../../src/data/inert.js';
import { sleep } from '../helpers.js';
import { centres, corpus, tripped } from './xss-corpus.js';

interface PageWindow extends Window {
  __violations: string[];
  __pwned?: unknown;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** The attack string as well-formed XHTML (handlers, SVG and all), for Atom's type="xhtml". */
function xhtml(s: string): string {
  const t = document.createElement('template');
  t.innerHTML = s; // the test runner's own page: no CSP, and a template's content is inert
  const out = [...t.content.childNodes].map((n) => new XMLSerializer().serializeToString(n)).join('');
  const div = `<div xmlns="http://www.w3.org/1999/xhtml">${out}</div>`;
  // Names the HTML parser accepts but XML does not (`<scr<script>`) would break the whole feed.
  const wellFormed = !new DOMParser().parseFromString(div, 'application/xml').querySelector('parsererror');
  return wellFormed ? div : `<div xmlns="http://www.w3.org/1999/xhtml">${xml(s)}</div>`;
}

function rss(vectors: string[]): string {
  const items = vectors.map(
    (v) => `<item><title>${xml(v)}</title><link>${xml(v)}</link><guid>${xml(v)}</guid>
      <description>${xml(v)}</description><content:encoded>${cdata(v)}</content:encoded>
      <author>${xml(v)}</author><dc:creator>${xml(v)}</dc:creator><category>${xml(v)}</category>
      <dc:subject>${cdata(v)}</dc:subject><comments>${xml(v)}</comments><source url="${xml(v)}">${xml(v)}</source>
      <enclosure url="${xml(v)}" type="image/png" length="1"/><media:content url="${xml(v)}" medium="image"/>
      <media:thumbnail url="${xml(v)}"/><pubDate>${xml(v)}</pubDate><dc:date>${xml(v)}</dc:date></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
    <channel><title>${xml(vectors[0])}</title><link>${xml(vectors[1])}</link><description>${xml(vectors[3])}</description>
    <managingEditor>${xml(vectors[4])}</managingEditor><image><url>${xml(vectors[5])}</url></image>${items.join('')}</channel></rss>`;
}

function atom(vectors: string[]): string {
  const entries = vectors.map(
    (v) => `<entry><id>${xml(v)}</id><title type="html">${xml(v)}</title><link rel="alternate" href="${xml(v)}"/>
      <link rel="enclosure" type="image/png" href="${xml(v)}"/><summary type="html">${xml(v)}</summary>
      <content type="html">${cdata(v)}</content><author><name>${xml(v)}</name><uri>${xml(v)}</uri></author>
      <category term="${xml(v)}" label="${xml(v)}"/><updated>${xml(v)}</updated><published>${xml(v)}</published></entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${xml(vectors[2])}">
    <title type="html">${xml(vectors[0])}</title><author><name>${xml(vectors[3])}</name></author>${entries.join('')}</feed>`;
}

/** Atom with inline XHTML: the handlers arrive as attributes of XHTML elements in the XML document. */
function atomXhtml(vectors: string[]): string {
  const entries = vectors.map(
    (v, i) => `<entry><id>urn:x:${i}</id><title type="xhtml">${xhtml(v)}</title>
      <link href="https://example.test/${i}"/><summary type="xhtml">${xhtml(v)}</summary>
      <content type="xhtml">${xhtml(v)}</content><author><name>${xml(v)}</name></author>
      <updated>2024-05-01T10:00:00Z</updated></entry>`,
  );
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title type="xhtml">${xhtml(vectors[0])}</title>${entries.join('')}</feed>`;
}

function jsonFeed(vectors: string[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: vectors[0],
    home_page_url: vectors[1],
    description: vectors[3],
    icon: vectors[4],
    authors: [{ name: vectors[5], url: vectors[6] }],
    items: vectors.map((v) => ({
      id: v,
      url: v,
      external_url: v,
      title: v,
      summary: v,
      content_text: v,
      content_html: v,
      image: v,
      banner_image: v,
      date_published: v,
      date_modified: v,
      authors: [{ name: v, url: v, avatar: v }],
      author: { name: v },
      tags: [v, `${v} `],
      attachments: [{ url: v, mime_type: 'image/png' }],
    })),
  });
}

const FEEDS = [
  ['rss', rss, 'application/rss+xml'],
  ['atom', atom, 'application/atom+xml'],
  ['atom-xhtml', atomXhtml, 'application/atom+xml'],
  ['json', jsonFeed, 'application/feed+json'],
] as const;
// The lists of test/fixtures/csp/xss-page.html, by the feed each shows.
const LISTS: Record<string, string[]> = {
  rss: ['rss-list', 'rss-cards'],
  atom: ['atom-list', 'atom-compact'],
  'atom-xhtml': ['atom-xhtml-list'],
  json: ['json-list', 'json-cards'],
};

let counter = 0;
/** Stores the hostile feeds and centres on the test server under a fresh key; how many items each list must show. */
async function storeFeeds(): Promise<{ key: string; expected: Record<string, number> }> {
  const key = `csp${Date.now()}${++counter}`;
  const expected: Record<string, number> = {};
  const put = (name: string, type: string, body: string) =>
    fetch(`/__csp/feed?key=${key}&name=${name}&type=${encodeURIComponent(type)}`, { method: 'POST', body });
  for (const [name, make, type] of FEEDS) {
    const body = make(corpus);
    const url = new URL(`/__csp/feed?key=${key}&name=${name}`, location.href).href;
    // Parsed here too (the runner's page has no CSP) only to know the count to wait for.
    expected[name] = parseFeed(body, { contentType: type, baseUrl: url }).items.length;
    expect(expected[name], name).to.be.greaterThan(corpus.length / 2);
    await put(name, type, body);
  }
  await put('centres', 'application/geo+json', JSON.stringify(centres(corpus)));
  return { key, expected };
}

async function openPage(query: Record<string, string>): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 900px';
  frame.src = `/__csp/xss-page?${new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

/** The reports the page's report-uri received (the partner's view), once they stop arriving. */
async function serverReports(key: string): Promise<string[]> {
  const get = async (): Promise<string[]> =>
    ((await (await fetch(`/__csp/reports?key=${key}`, { cache: 'no-store' })).json()) as string[]).map((body) => {
      const r = (JSON.parse(body) as { 'csp-report': Record<string, string> })['csp-report'];
      return `${r['effective-directive'] || r['violated-directive']} ${r['blocked-uri']} ${r['script-sample'] || ''}`.trim();
    });
  let last = await get();
  for (;;) {
    await sleep(300);
    const now = await get();
    if (now.length === last.length) return now;
    last = now;
  }
}

/** "12 (script-src-attr 10, style-src-attr 2)": how many of each directive, for the failure message. */
function tally(list: string[]): string {
  const by = new Map<string, number>();
  for (const v of list) by.set(v.split(' ')[0], (by.get(v.split(' ')[0]) || 0) + 1);
  return `${list.length}${by.size ? ` (${[...by].map(([d, n]) => `${d} ${n}`).join(', ')})` : ''}`;
}

const shadow = (frame: HTMLIFrameElement, id: string) => frame.contentDocument!.getElementById(id)?.shadowRoot;

describe('hostile feed HTML under a strict CSP: no violation reports', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const bundle of ['module', 'classic']) {
    for (const mode of ['enforce', 'report-only']) {
      it(`${bundle} bundle, ${mode}: the whole XSS corpus in every field of every format reports nothing`, async function () {
        this.timeout(60000);
        const { key, expected } = await storeFeeds();
        const { frame, win } = await openPage({ key, mode, bundle });
        for (const [feed, ids] of Object.entries(LISTS)) {
          for (const id of ids) {
            await waitUntil(
              () => shadow(frame, id)?.querySelectorAll('[part~="item"]').length === expected[feed],
              `${id}: not all ${expected[feed]} items shown (${shadow(frame, id)?.querySelectorAll('[part~="item"]').length})`,
              { timeout: 20000 },
            );
          }
        }
        for (const id of ['card', 'card2']) {
          await waitUntil(() => shadow(frame, id)?.querySelector('[part~="name"]'), `${id} not shown`, {
            timeout: 10000,
          });
        }
        await waitUntil(
          () => shadow(frame, 'map')?.querySelectorAll('[part~="list-item"]').length === corpus.length,
          'map list not complete',
          { timeout: 10000 },
        );
        // Late reports: image errors, handlers compiled on a later event.
        await sleep(500);
        expect(win.__pwned ?? tripped(), 'an attack string ran').to.equal(undefined);
        const found = { events: win.__violations, reports: await serverReports(key) };
        expect(found, `${tally(found.events)} events, ${tally(found.reports)} reports`).to.deep.equal({
          events: [],
          reports: [],
        });
      });
    }
  }

  for (const mode of ['enforce', 'report-only']) {
    it(`${mode}: the page's own inline handler and style are counted and reported (the check works)`, async function () {
      this.timeout(30000);
      const { key } = await storeFeeds();
      const { win } = await openPage({ key, mode, bundle: 'module', control: '1' });
      await waitUntil(() => win.__violations.some((v) => /^script-src/.test(v)), 'inline handler not reported', {
        timeout: 10000,
      });
      expect(win.__violations.join('\n')).to.match(/^style-src/m);
      expect((await serverReports(key)).length, 'reports sent to report-uri').to.be.at.least(2);
    });
  }

  // Chromium reports an on*/style attribute or a <style> the moment a parser creates it, in any
  // document: what reaches the parser must have none, and still read as the markup did.
  describe('what reaches the parser', () => {
    const samples = [
      ...corpus,
      '<p>a<p>b</p><table>x<tr><td>y</table>',
      '<svg/>after <svg><style>x</svg>after x<svg><p>breakout</p></svg>y',
      '<title>a<b>&amp;</title>c<textarea>a<b>&amp;</textarea><xmp><b>&amp;</xmp><noembed>ne</noembed>',
      '&am<x y>p; &copy &amp &notit; &#128; <!-->a<!--->b<!-- a -- > b -->c</>d e</ f<',
      '<a title="x>y" onclick=1>g<a b=\'1\'c=2 / d>h<a = b>i<a/b/c>j<object>fallback <b>text</b></object>',
      '<script><!--<script>a</script>b</script>c<script><!-->x</script>y<script>a<!--b</script>c',
    ];

    it('an HTML fragment: no attribute, no <style>, the same text as the browser reads from it', () => {
      for (const s of samples) {
        const box = parseInertFragment(s);
        expect(
          [...box.querySelectorAll('*')].filter((e) => e.attributes.length).map((e) => e.outerHTML),
          s,
        ).to.deep.equal([]);
        expect(box.querySelector('style'), s).to.equal(null);
        // The same markup parsed as it is (here: the test runner's page, which has no CSP). Firefox
        // reads <noscript> there as raw text, as if scripts ran; the rewrite reads it as Chromium
        // does, as markup (scripting is off in a document without a browsing context).
        if (/<noscript/i.test(s) && navigator.userAgent.includes('Firefox')) continue;
        const direct = document.implementation.createHTMLDocument('').createElement('div');
        direct.innerHTML = s;
        expect(htmlToText(s), s).to.equal(textOf(direct));
      }
    });

    it('an XML document: no element in the XHTML, SVG or MathML namespace, names and text kept', () => {
      const doc = parseInert(
        `<feed xmlns="http://www.w3.org/2005/Atom"><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">` +
          `<p style="color: red" onclick="x()">a</p><style>p {}</style><h:b xmlns:h = 'http://www.w3.org/1999/xhtml'>b</h:b>` +
          `<svg xmlns="http://www.w3.org/2000/sv&#103;" onload="x()"/><math xmlns="http://www.w3.org/1998/Math/MathML"/></div>` +
          `</content><title type="html">&lt;a xmlns="http://www.w3.org/1999/xhtml"&gt;</title></feed>`,
        'application/xml',
      );
      const styled = /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML)$/;
      expect(
        [...doc.querySelectorAll('*')].filter((e) => styled.test(e.namespaceURI || '')).map((e) => e.localName),
      ).to.deep.equal([]);
      expect([...doc.querySelectorAll('*')].map((e) => e.localName).join()).to.equal(
        'feed,content,div,p,style,b,svg,math,title',
      );
      expect(textOf(doc.querySelector('content')!)).to.equal('a b');
      expect(doc.querySelector('title')!.textContent).to.equal('<a xmlns="http://www.w3.org/1999/xhtml">');
    });
  });
});
