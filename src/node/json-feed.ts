// A parsed news item written back as JSON Feed 1.1, the format the widgets' parser reads: what
// `sz-widgets feed` publishes, and the copy of the news a prerendered page carries.
import { defined } from '../data/feed-item.js';
import type { NewsItem } from '../data/types.js';

/** One JSON Feed 1.1 item. */
export interface JsonFeedItem {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  content_text: string;
  date_published?: string;
  date_modified?: string;
  image?: string;
  authors?: { name: string }[];
  tags?: string[];
  language?: string;
}

/** `item` as JSON Feed, the fields it does not have left out. */
export function jsonFeedItem(item: NewsItem): JsonFeedItem {
  return defined({
    id: item.id,
    url: item.url || undefined,
    title: item.title,
    summary: item.summary || undefined,
    // JSON Feed requires content; an item with no text has an empty one.
    content_text: item.summary,
    date_published: item.published,
    date_modified: item.updated,
    image: item.image,
    authors: item.author ? [{ name: item.author }] : undefined,
    tags: item.tags.length ? item.tags : undefined,
    language: item.lang,
  });
}
