// The 1,000-item JSON Feed 1.1 the news-list benchmark parses and renders: the items of the
// feed shipped with the package (datasets/news.json), repeated with their own ids, links, dates
// and titles. Every fourth item has an image (a small SVG on the bench server, relative URL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.mjs';

export const THUMB_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90" viewBox="0 0 160 90"><rect width="160" height="90" fill="#c9d6e3"/></svg>';

export function makeFeed(count = 1000) {
  const shipped = JSON.parse(readFileSync(join(root, 'datasets/news.json'), 'utf8'));
  const start = Date.parse('2017-05-12T12:00:00Z');
  const items = Array.from({ length: count }, (_, i) => {
    const src = shipped.items[i % shipped.items.length];
    const item = {
      id: `${src.id}#${i + 1}`,
      url: `${src.url}#item-${i + 1}`,
      title: `${src.title} (${i + 1})`,
      summary: src.summary,
      content_text: src.content_text,
      date_published: new Date(start - i * 86_400_000).toISOString().replace('.000Z', 'Z'),
      authors: src.authors,
      tags: src.tags,
    };
    if (i % 4 === 0) item.image = 'thumb.svg';
    return item;
  });
  return JSON.stringify({
    version: shipped.version,
    title: `${shipped.title} (${count} items, bench)`,
    language: 'en',
    items,
  });
}

/**
 * A long feed of short items with HTML in titles and summaries (the same shape as the test
 * server's `items=` feed), for the main-thread measure: every item goes through the HTML reader.
 */
export function makeLongFeed(count = 10_000) {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    url: `https://example.test/news/${i}`,
    title: `Item ${i} <b>with</b> markup &amp; entities`,
    content_html: `<p>Summary of item ${i}, with <a href="https://example.test/">a link</a>.</p>`,
    date_published: '2024-05-01T10:00:00Z',
    tags: ['a', 'b'],
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
}
