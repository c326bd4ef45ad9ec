/**
 * sz-widgets, the module bundle: every element, defined on import, and the pure data functions.
 * The elements are defined before the data functions arrive: they come in a chunk of their own
 * (awaited here, and shared with the elements' own lazy parsing), so a page that only shows
 * widgets never waits for them. The map's drawing code and country shapes load only when a map
 * connects.
 */
import { SzCenterCard } from './center-card/sz-center-card.js';
import { SzCenterMap } from './center-map/sz-center-map.js';
import { SzNewsList } from './news-list/sz-news-list.js';
import { define } from './shared/define.js';
import { OwnTask, pause } from './shared/pause.js';

/**
 * The news list of this bundle makes its first update that shows content, and its first after a
 * language switch, in a task of its own, as the cards and the map do everywhere. Pages with several
 * widgets load this bundle, and their lists' first renders together would be one long task. The
 * list's own entry, sz-news-list.js, has no room for this within its 10 kB first download: a page
 * that shows several lists through it still renders them in one task.
 */
class NewsList extends SzNewsList {
  readonly #ownTask = new OwnTask();

  protected override scheduleUpdate(): Promise<void> {
    return this.#ownTask.run(this.locale.tag, this.settled, () => super.scheduleUpdate());
  }
}

export { SzCenterCard, SzCenterMap, NewsList as SzNewsList };
export { safeUrl } from './data/url.js';
export { resolveLocale, type Locale, type UiLang } from './shared/locale.js';
export type { Center, ErrorCode, Feed, LangMap, NewsItem } from './data/types.js';
export type {
  CentersOptions,
  CentresOptions,
  Dropped,
  FeedOptions,
  Loaded,
  LoadOptions,
  Problem,
} from './data/exports.js';
export type { SzErrorDetail, SzEventMap, SzLoadDetail, SzSelectDetail } from './shared/events.js';

/**
 * Settles as `promise` does while the page is shown; never once it has gone (a frame removed).
 * WebKit spins without end, holding every page of the tab, when a module that waits at its top
 * level is resumed after its document has lost its window; a module that stays waiting costs
 * nothing.
 */
function whileShown<T>(promise: Promise<T>): Promise<T> {
  const shown = () => document.defaultView !== null;
  return new Promise((resolve, reject) =>
    promise.then(
      (value) => shown() && resolve(value),
      (error: unknown) => shown() && reject(error as Error),
    ),
  );
}

const dataFunctions = import('./data/exports.js');
// Defining a tag upgrades every element of that kind on the page at once (constructors, shadow
// roots, style sheets): each kind in a task of its own, not all of them in the module's.
define('sz-news-list', NewsList);
await whileShown(pause());
define('sz-center-card', SzCenterCard);
await whileShown(pause());
define('sz-center-map', SzCenterMap);

const data = await whileShown(dataFunctions);
export const { parseFeed, parseDate, htmlToText, decodeBody, load, MAX_BYTES, parseCenters, checkCenters, SzError } =
  data;
/** @deprecated Use `parseCenters`; `parseCentres` goes in 0.3.0. */
export const parseCentres = data.parseCentres;
/** @deprecated Use `checkCenters`; `checkCentres` goes in 0.3.0. */
export const checkCentres = data.checkCentres;
/** The error the data functions throw, with a stable `code`. */
export type SzError = import('./data/types.js').SzError;
