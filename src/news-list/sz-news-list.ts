import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, NewsItem } from '../data/types.js';
import { news } from '../i18n/en/news.js';
import { DataController } from '../shared/data-controller.js';
import { formatDate } from '../shared/format.js';
import { registerEnglish } from '../shared/strings.js';
import { baseStyles } from '../shared/styles.js';
import { SzElement } from '../shared/sz-element.js';
import { newsDatasetUrl } from './dataset.js';
import { newsListStyles } from './sz-news-list.styles.js';

registerEnglish('news', news);

// Skeleton rows held at most: further rows lie below any screen, where the list's room moves
// nothing in view, and a long list (limit="1000") would double its DOM with unseen rows.
const HELD_ROWS = 30;

// Parsing code loads beside the feed request, not before the first render.
const feedParser = () => import('../data/feed-lazy.js');

/**
 * The latest items of a news feed: title (a link), date, summary and image, in the visitor's
 * language.
 *
 * @tagname sz-news-list
 * @summary Latest news items: title, date, summary, image, link.
 *
 * @attr [src=the shipped Shenzhen news feed] - The feed: RSS 2.0 (also 0.9x and 1.0), Atom 1.0 or JSON Feed
 *   1.1. Relative URLs resolve against the page. Only `http:`/`https:`. Changing it aborts the request in
 *   flight.
 * @attr [lang=nearest ancestor's `lang`, else the document's, else `en`] - Language of the interface and
 *   dates: `en`, `zh-Hans` (any `zh`), `he` and `ar` (right to left), `fr`, `de`, `nl`, `es`, `ja`, `ko`,
 *   `pt`, `ru`; a regional variant (`pt-BR`, `es-419`) gets its language's strings, other languages get
 *   English strings with their own date format.
 * @attr [limit=5] - Items shown at first, and how many more each "Show more" reveals. The list holds the room of
 *   this many items (titles of up to two lines, summaries of up to three; at most 30, more than any screen shows)
 *   and of the button from its first paint, so nothing after it moves when the items arrive (shorter items leave
 *   some of it free); a feed with fewer items shrinks the list to them once they arrive, rather than leave empty
 *   rows.
 * @attr [layout=list] - `cards` is a responsive grid; `compact` shows titles and dates only.
 * @attr [heading=localised "News"] - Heading above the list; `heading=""` removes it.
 * @attr hide-summary - Hide summaries.
 * @attr hide-images - Hide images.
 * @attr hide-dates - Hide dates.
 * @attr [date-style=long] - The locale's long date ("12. Mai 2017"), its medium form ("12.05.2017"; English
 *   has the same for both), or "9 years ago" (the full date is in the tooltip).
 * @attr [link-target=_blank] - Where item links open. New-tab links say so to screen readers.
 *
 * @property items - Items to show directly, for apps that already hold them: no request is made. Set
 *   `undefined` to go back to `src`.
 *
 * @fires sz-load - The feed was loaded and parsed. `detail: { src, data: { title?, url?, items } }`.
 * @fires sz-error - Loading or parsing failed. `detail: { code, message, src }`; `code` is one of `http`,
 *   `network`, `timeout`, `too-large`, `parse`, `unsupported`, `bad-url`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart list - The list.
 * @csspart item - One item.
 * @csspart link - An item's title link.
 * @csspart title - An item's title text.
 * @csspart date - An item's date (`<time datetime>`).
 * @csspart summary - An item's summary.
 * @csspart image - An item's image.
 * @csspart status - The loading, empty, error or stale line.
 * @csspart more-button - The "Show more" button.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--sz-color-border=the text colour at 25%; #d1d9e0 / #3d444d with a theme] - Card borders (`cards` layout).
 * @cssprop [--sz-color-skeleton=the text colour at 12%; #e6e9ed / #262c36 with a theme] - Loading placeholder.
 */
export class SzNewsList extends SzElement {
  static override styles = [baseStyles, newsListStyles];

  static override properties = {
    limit: { type: Number },
    layout: { reflect: true },
    heading: {},
    hideSummary: { type: Boolean, attribute: 'hide-summary' },
    hideImages: { type: Boolean, attribute: 'hide-images' },
    hideDates: { type: Boolean, attribute: 'hide-dates' },
    dateStyle: { attribute: 'date-style' },
    linkTarget: { attribute: 'link-target' },
    items: { attribute: false },
    revealed: { state: true },
  };

  declare limit: number;
  declare layout: 'list' | 'cards' | 'compact';
  declare heading: string | null;
  declare hideSummary: boolean;
  declare hideImages: boolean;
  declare hideDates: boolean;
  // Spelled out (not the DateStyle alias) so the manifest, and the controls built from it, list
  // the values; formatDate's parameter type still checks they match.
  declare dateStyle: 'relative' | 'short' | 'long';
  declare linkTarget: string;
  declare items: NewsItem[] | undefined;
  /** How many items "Show more" has revealed (0: the first `limit`); grows by `limit` each time. */
  declare private revealed: number;

  readonly #data = new DataController<Feed>(this, {
    defaultSrc: () => newsDatasetUrl,
    parse: async (text, options) => (await feedParser()).parseFeedLazily(text, options),
    isEmpty: (feed) => feed.items.length === 0,
    warm: feedParser,
  });

  constructor() {
    super();
    this.limit = 5;
    this.layout = 'list';
    this.heading = null;
    this.hideSummary = this.hideImages = this.hideDates = false;
    this.dateStyle = 'long';
    this.linkTarget = '_blank';
    this.revealed = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.#data.provide(this.items === undefined ? undefined : { items: this.items });
    if (changed.has('src') || changed.has('items') || changed.has('limit')) this.revealed = 0;
  }

  protected override get settled(): boolean {
    return this.shows(this.#data);
  }

  /** Items per page: `limit`, made sound. */
  get #pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 5;
  }

  get #visibleCount(): number {
    return this.revealed || this.#pageSize;
  }

  #showMore(): void {
    const before = this.#visibleCount;
    this.revealed = before + this.#pageSize;
    // Keyboard and screen-reader users land on the first new item, not back at the top.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll('[part~="item"]')[before]?.querySelector('a')?.focus(),
    );
  }

  protected override render(): TemplateResult {
    const { locale } = this;
    const t = this.strings(locale);
    const { state } = this.#data;
    // Until its language's strings arrive the list shows its skeleton, so no English flashes first.
    const loading = !t || state.status === 'loading';
    const items = state.value?.items ?? [];
    const visible = items.slice(0, this.#visibleCount);
    // A space holds the heading's line while the strings load.
    const heading = this.heading ?? t?.news.heading ?? '\u00a0';

    // The skeleton stays, unseen, under the list once it has loaded, as many rows as items shown:
    // a feed that fills `limit` moves nothing around the list when it arrives, and a shorter one
    // leaves no empty rows behind (the list shrinks once instead).
    return html`<section part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${loading}>
      ${heading ? html`<h2 part="heading" aria-hidden=${ifDefined(t ? undefined : 'true')}>${heading}</h2>` : nothing}
      ${this.renderState(this.#data, t, t ? this.stateMessage(this.#data, t, t.news) : '', loading)}
      <div class="rows">
        ${this.#renderSkeleton(loading, visible.length || this.#pageSize)}
        <div>
          ${
            t && visible.length
              ? html`<ul part="list">
                ${visible.map((item) => this.#renderItem(item, locale.tag, t.newTab))}
              </ul>`
              : nothing
          }
          ${
            t && items.length > visible.length
              ? html`<button part="more-button" @click=${this.#showMore}>${t.news.more}</button>`
              : nothing
          }
        </div>
      </div>
    </section>`;
  }

  #renderItem(item: NewsItem, tag: string, newTab: string): TemplateResult {
    const compact = this.layout === 'compact';
    const date = item.published ?? item.updated;
    const external = this.linkTarget === '_blank';
    const title = html`<span part="title">${item.title}</span>`;
    // Title and summary carry the item's own language, and read in their own direction (dir=auto:
    // from their first letters); the date stays in the widget's.
    return html`<li part="item">
      <div class="text">
        <h3 lang=${ifDefined(item.lang)} dir="auto">${
          item.url
            ? html`<a part="link" href=${item.url} target=${this.linkTarget} rel="noopener noreferrer">${title}${external ? html`<span class="sr-only">${` ${newTab}`}</span>` : nothing}</a>`
            : title
        }</h3>
        ${date && !this.hideDates ? html`<time part="date" datetime=${date} title=${formatDate(date, tag, 'long')}>${formatDate(date, tag, this.dateStyle)}</time>` : nothing}
        ${item.summary && !this.hideSummary && !compact ? html`<p part="summary" lang=${ifDefined(item.lang)} dir="auto">${item.summary}</p>` : nothing}
      </div>
      ${
        item.image && !this.hideImages && !compact
          ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
          : nothing
      }
    </li>`;
  }

  /**
   * `rows` rows (at most HELD_ROWS) as tall as the tallest item can be (its title and summary lines
   * are clamped), and the room of the "Show more" button: `limit` of them while loading, the list's
   * final size when the feed fills it; once loaded, as many as the items shown.
   */
  #renderSkeleton(loading: boolean, rows: number): TemplateResult {
    const compact = this.layout === 'compact';
    // The date's line is held even with hide-dates: more room than needed, never less.
    const row = html`<li><div class="text"><i class="bone title"></i><i class="bone date"></i>${this.hideSummary || compact ? nothing : html`<i class="bone summary"></i>`}</div>${this.hideImages || compact ? nothing : html`<i class="image"></i>`}</li>`;
    return html`<ul part=${loading ? 'skeleton' : ''} class="skeleton" aria-hidden="true">${Array(Math.min(rows, HELD_ROWS)).fill(row)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-news-list': SzNewsList;
  }
}
