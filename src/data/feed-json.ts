// JSON Feed 1.0 and 1.1.
import { safeUrl } from './url.js';
import { parseDate } from './dates.js';
import { isJsonFeedVersion } from './feed-format.js';
import {
  checked,
  cut,
  feed,
  finish,
  given,
  langTag,
  list,
  obj,
  pick,
  str,
  unsafe,
  type FeedSteps,
  type Field,
  type OnDrop,
} from './feed-item.js';
import { htmlToText } from './html-text.js';
import { isObj, SzError, type Obj } from './types.js';

const html = (s: string): Field => [s, () => htmlToText(s)];

export function* fromJson(body: string, base?: string, onDrop?: OnDrop): FeedSteps {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new SzError('parse', `The feed is not valid JSON: ${cut(String((e as Error).message), 160)}`);
  }
  const d = obj(data);
  // A feed that names no JSON Feed version is still read as one when it has a list of items.
  if (!isJsonFeedVersion(d.version) && !Array.isArray(d.items)) {
    throw new SzError('unsupported', 'This JSON is not a JSON Feed.');
  }
  // JSON Feed 1.1 has "authors"; 1.0 had one "author" object.
  const who = (o: Obj): string => htmlToText(str(obj(list(o.authors)[0] ?? o.author).name));
  const feedAuthor = who(d);
  // JSON Feed 1.1 "language", on the feed and (rarely) on an item; an item inherits the feed's.
  const lang = langTag(d.language);
  const url = safeUrl(d.home_page_url, base);
  if (!url && given(d.home_page_url)) onDrop?.({ path: '$', message: unsafe('url') });
  return yield* feed(
    htmlToText(str(d.title)),
    url,
    list(d.items),
    (it, drop) => {
      if (!isObj(it)) {
        drop('is not an object');
        return undefined;
      }
      /** The first of `values` that is a safe URL; noted as dropped when one was given but none is usable. */
      const firstUrl = (field: string, values: unknown[]): string | undefined =>
        checked(values.map((value) => safeUrl(value, base)).find(Boolean), values.some(given), field, drop);
      return finish(
        {
          id: str(it.id).trim(),
          title: htmlToText(str(it.title)),
          // external_url is the link when url is missing or unsafe, so url is dropped only when
          // neither is usable.
          url: firstUrl('url', [it.url, it.external_url]),
          published: parseDate(it.date_published),
          updated: parseDate(it.date_modified),
          summary: pick([html(str(it.summary)), html(str(it.content_text)), html(str(it.content_html))]),
          image: firstUrl('image', [it.image, it.banner_image]),
          author: who(it) || feedAuthor,
          tags: list(it.tags).map(str),
          lang: langTag(it.language) || lang,
        },
        drop,
      );
    },
    { lang, path: (i) => `$.items[${i}]`, onDrop },
  );
}
