import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, NewsItem } from '../data/types.js';
import { DataController } from '../shared/data-controller.js';
import { newsDatasetUrl } from './dataset.js';
import { formatDate, type DateStyle } from '../shared/format.js';
import { LangWatcher, resolveLocale } from '../shared/locale.js';
import { stateLine, stateMessage } from '../shared/state-line.js';
import { stringsFor } from '../shared/strings.js';
import './strings.js';
import { baseStyles } from '../shared/styles.js';
import { newsListStyles } from './sz-news-list.styles.js';

/**
 * The latest news from an RSS 2.0, Atom 1.0 or JSON Feed 1.1 feed, in the visitor's language.
 *
 * @summary Latest news items: title, date, summary, image, link.
 *
 * @attr src - Feed URL (RSS, Atom or JSON Feed). Default: the Shenzhen news feed shipped with the package.
 * @attr lang - BCP 47 language for UI strings and dates. Default: nearest ancestor's `lang`, else the document's, else `en`.
 * @attr theme - `light` | `dark` | `auto` (follows the visitor's system setting). Default `light`.
 * @attr limit - How many items to show at first, and how many more each "Show more" reveals. Default 5.
 * @attr layout - `list` | `cards` | `compact`. Default `list`.
 * @attr heading - Heading text above the list. Default: a localised "News". An empty value hides the heading.
 * @attr hide-summary - Hide item summaries.
 * @attr hide-images - Hide item images.
 * @attr hide-dates - Hide item dates.
 * @attr date-style - `relative` | `short` | `long`. Default `long`.
 * @attr refresh - Re-check the feed every N seconds (paused while the page is hidden). Default 0 (never).
 * @attr link-target - `target` of item links. Default `_blank`.
 * @attr timeout - Seconds before a load is given up. Default 10.
 *
 * @property items - `NewsItem[]` to show directly, without fetching. Set `undefined` to go back to `src`.
 *
 * @fires sz-load - The feed was loaded and parsed. `detail: { src, data: Feed }`.
 * @fires sz-error - Loading or parsing failed. `detail: { code, message, src }`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart image - An item's image.
 * @csspart link - An item's title link.
 * @csspart title - An item's title text.
 * @csspart date - An item's date.
 * @csspart summary - An item's summary.
 * @csspart status - The line that says loading, empty, stale or what failed.
 * @csspart retry-button - The Retry button in the error and stale states.
 * @csspart more-button - The "Show more" button.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --sz-font-family - Font. Default: inherited from the page.
 * @cssprop --sz-color-text - Text colour.
 * @cssprop --sz-color-muted - Secondary text (dates, status).
 * @cssprop --sz-color-surface - Background.
 * @cssprop --sz-color-border - Borders (cards layout).
 * @cssprop --sz-color-accent - Links, buttons, focus ring.
 * @cssprop --sz-color-skeleton - Loading placeholder.
 * @cssprop --sz-radius - Corner radius.
 * @cssprop --sz-space - Padding and gaps.
 * @cssprop --sz-focus-ring - Focus outline.
 */
// Parsing code loads beside the feed request, not before the first render.
const feedParser = () => import('../data/feed-lazy.js');

export class SzNewsList extends LitElement {
  static override styles = [baseStyles, newsListStyles];

  static override properties = {
    src: { reflect: true },
    theme: { reflect: true },
    limit: { type: Number },
    layout: { reflect: true },
    heading: {},
    hideSummary: { type: Boolean, attribute: 'hide-summary' },
    hideImages: { type: Boolean, attribute: 'hide-images' },
    hideDates: { type: Boolean, attribute: 'hide-dates' },
    dateStyle: { attribute: 'date-style' },
    refresh: { type: Number },
    linkTarget: { attribute: 'link-target' },
    timeout: { type: Number },
    items: { attribute: false },
    shown: { state: true },
  };

  declare src: string | null;
  declare theme: 'light' | 'dark' | 'auto';
  declare limit: number;
  declare layout: 'list' | 'cards' | 'compact';
  declare heading: string | null;
  declare hideSummary: boolean;
  declare hideImages: boolean;
  declare hideDates: boolean;
  declare dateStyle: DateStyle;
  declare refresh: number;
  declare linkTarget: string;
  declare timeout: number;
  declare items: NewsItem[] | undefined;
  /** How many items are revealed; grows by `limit` with each "Show more". */
  declare private shown: number;

  private readonly feed = new DataController<Feed>(this, {
    defaultSrc: () => newsDatasetUrl,
    parse: async (text, contentType, baseUrl) => (await feedParser()).parseFeedLazily(text, { contentType, baseUrl }),
    isEmpty: (feed) => feed.items.length === 0,
    warm: feedParser,
  });

  constructor() {
    super();
    // Re-render when the page's language changes (lang on <html> or an ancestor).
    new LangWatcher(this);
    this.src = null;
    this.limit = 5;
    this.layout = 'list';
    this.heading = null;
    this.hideSummary = this.hideImages = this.hideDates = false;
    this.dateStyle = 'long';
    this.refresh = 0;
    this.linkTarget = '_blank';
    this.timeout = 10;
    this.shown = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.feed.provide(this.items === undefined ? undefined : { items: this.items });
    if (changed.has('src') || changed.has('items') || changed.has('limit')) this.shown = 0;
  }

  private get pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 5;
  }

  private showMore(): void {
    const before = this.visibleCount;
    this.shown = before + this.pageSize;
    // Keyboard and screen-reader users land on the first new item, not back at the top.
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[before]?.querySelector<HTMLElement>('a, [tabindex]')?.focus());
  }

  private get visibleCount(): number {
    return this.shown || this.pageSize;
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this);
    const t = stringsFor(locale.ui, this);
    // Until the visitor's language has loaded, the skeleton stands in: no English flashes first.
    if (!t) return html`<section part="base" aria-busy="true">${this.renderSkeleton()}</section>`;
    const loading = this.feed.status === 'loading';
    const items = this.feed.data?.items ?? [];
    const visible = items.slice(0, this.visibleCount);
    const heading = this.heading ?? t.news.heading;

    return html`<section part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${loading}>
      ${heading ? html`<h2 part="heading">${heading}</h2>` : nothing}
      ${stateLine(this.feed, t, stateMessage(this.feed, t, locale, t.news.loading, t.news.empty), loading)}
      ${loading ? this.renderSkeleton() : nothing}
      ${visible.length ? html`<ul part="list">${visible.map((item) => this.renderItem(item, locale.tag, t.newTab))}</ul>` : nothing}
      ${items.length > visible.length ? html`<button part="more-button" class="more" @click=${this.showMore}>${t.news.more}</button>` : nothing}
    </section>`;
  }

  private renderItem(item: NewsItem, lang: string, newTab: string): TemplateResult {
    const compact = this.layout === 'compact';
    const date = item.published ?? item.updated;
    const external = this.linkTarget === '_blank';
    const title = html`<span part="title">${item.title}</span>`;
    return html`<li part="item">
      <div class="text">
        <h3 class="title">${item.url
          ? html`<a part="link" href=${item.url} target=${this.linkTarget} rel="noopener noreferrer">${title}${external ? html`<span class="sr-only"> ${newTab}</span>` : nothing}</a>`
          : title}</h3>
        ${date && !this.hideDates ? html`<time part="date" datetime=${date} title=${formatDate(date, lang, 'long')}>${formatDate(date, lang, this.dateStyle)}</time>` : nothing}
        ${item.summary && !this.hideSummary && !compact ? html`<p part="summary">${item.summary}</p>` : nothing}
      </div>
      ${item.image && !this.hideImages && !compact
        ? html`<img part="image" src=${item.image} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
        : nothing}
    </li>`;
  }

  private renderSkeleton(): TemplateResult {
    // Same rows as the loaded list (title, date, two lines of summary), so nothing jumps on load.
    const bones = this.hideSummary || this.layout === 'compact' ? 2 : 4;
    const row = html`<li><div class="text">${Array.from({ length: bones }, () => html`<i class="bone"></i>`)}</div></li>`;
    return html`<ul part="skeleton" aria-hidden="true">${Array.from({ length: Math.min(this.pageSize, 5) }, () => row)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-news-list': SzNewsList;
  }
}
