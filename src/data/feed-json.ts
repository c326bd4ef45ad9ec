// JSON Feed 1.0 and 1.1.
import { safeUrl } from '../shared/url.js';
import { parseDate } from './dates.js';
import { cut, feed, finish, list, obj, pick, str, type FeedSteps, type Field, type Obj } from './feed-item.js';
import { htmlToText } from './html-text.js';
import { SzError } from './types.js';

const html = (s: string): Field => [s, () => htmlToText(s)];

export function* fromJson(body: string, base?: string): FeedSteps {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new SzError('parse', `The feed is not valid JSON: ${cut(String((e as Error).message), 160)}`);
  }
  const d = obj(data);
  if (!str(d.version).startsWith('https://jsonfeed.org/version/') && !Array.isArray(d.items)) {
    throw new SzError('unsupported', 'This JSON is not a JSON Feed.');
  }
  // JSON Feed 1.1 has "authors"; 1.0 had one "author" object.
  const who = (o: Obj): string => htmlToText(str(obj(list(o.authors)[0] ?? o.author).name));
  const feedAuthor = who(d);
  return yield* feed(htmlToText(str(d.title)), safeUrl(d.home_page_url, base), list(d.items), (v) => {
      const it = obj(v);
      return finish({
        id: str(it.id).trim(),
        title: htmlToText(str(it.title)),
        url: safeUrl(it.url, base) || safeUrl(it.external_url, base),
        published: parseDate(it.date_published),
        updated: parseDate(it.date_modified),
        summary: pick([html(str(it.summary)), html(str(it.content_text)), html(str(it.content_html))]),
        image: safeUrl(it.image, base) || safeUrl(it.banner_image, base),
        author: who(it) || feedAuthor,
        tags: list(it.tags).map(str),
      });
  });
}

