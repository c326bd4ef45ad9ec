import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dropped } from '../data/centres.js';
import type { Center, LangMap } from '../data/types.js';
import { DataController } from '../shared/data-controller.js';
import { centresDatasetUrl } from '../shared/datasets.js';
import { emit } from '../shared/events.js';
import { countryName, formatDate, formatList } from '../shared/format.js';
import { pickLang } from '../shared/lang-map.js';
import { LangWatcher, resolveLocale } from '../shared/locale.js';
import { stateLine, stateMessage } from '../shared/state-line.js';
import { stringsFor } from '../shared/strings.js';
import { baseStyles } from '../shared/styles.js';
import { safeUrl } from '../shared/url.js';
import { centerCardStyles } from './sz-center-card.styles.js';
import './strings.js';

const centresParser = () => import('../data/centres.js');

/**
 * One Shenzhen overseas innovation centre: its name, city, country, status, opening date,
 * founders, partners, focus areas, summary and the source the facts come from.
 *
 * @tagname sz-center-card
 * @summary One centre from the centres dataset, as a card.
 *
 * @attr center - Which centre to show, by id: `san-francisco`, `boston`, `seattle`, `london`, `evelyn`, `tel-aviv`, `toronto`, `france`, `germany`, `belgium` in the shipped dataset. The `center` property also takes a `Center` object, shown without any request.
 * @attr [src=the shipped centres dataset] - A centres GeoJSON file (see "Data formats"). Many cards on one `src` make one request.
 * @attr [layout=full] - `compact`: name, status, city and country only.
 * @attr [heading-level=3] - The level of the card's heading (2–6), to fit the page's outline.
 * @attr [lang=nearest ancestor's `lang`, else the document's, else `en`] - Interface language and the language of the data (names, cities, summaries); text the data has only in English is marked `lang="en"`. Country names come from `Intl.DisplayNames`. Interface languages: `en`, `zh-Hans` (any `zh`), `he` and `ar` (right to left), `fr`, `de`, `nl`, `es`, `ja`, `ko`, `pt`, `ru`; a regional variant (`pt-BR`, `es-419`) gets its language's strings, other languages get English strings.
 * @attr [theme=none: the page's colours] - `light` or `dark` forces that palette, with a surface of its own (the boxed look); `auto` follows the page's `color-scheme` (`light dark` on the page: the visitor's system setting; none: light, as the page is).
 * @attr [variant=none: part of the page] - `card`: the boxed look, a surface of its own with padding and rounded corners. By default the widget has no background and no outer padding, and takes the page's text colour and size.
 * @attr [timeout=10] - Seconds before a load is given up.
 *
 * @fires sz-load - The dataset was loaded. `detail: { src, data: Center[] }`.
 * @fires sz-error - Loading failed (`http`, `network`, `timeout`, `too-large`, `parse`, `schema`, `bad-url`), the id is not in the dataset (`not-found`; the message names the ids that exist), or its record is there but breaks a rule and was left out (`excluded`; the message says why). A card with no `center` yet (waiting for a map) is not an error. `detail: { code, message, src }`.
 *
 * @csspart base - The card.
 * @csspart name - The heading with the centre's name.
 * @csspart badge - The status badge; it also carries `open` or `planned` (`::part(badge open)`).
 * @csspart summary - The summary.
 * @csspart details - The description list of facts.
 * @csspart chip - One focus area.
 * @csspart source - The link to the source.
 * @csspart status - The loading, empty, error, not-found or stale line.
 * @csspart retry-button - The Retry button.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--sz-font-family=inherited from the page] - Font.
 * @cssprop [--sz-font-size=the element's own (inherited from the page)] - Base text size; everything inside scales with it (`em`). A page's `html` size reaches in only as far as its `body` passes it on.
 * @cssprop [--sz-color-text=the page's text colour; #1f2328 / #e6edf3 with a theme] - Text.
 * @cssprop [--sz-color-muted=the text colour at 80%; #59636e / #9da7b3 with a theme] - Dates, labels, the status line.
 * @cssprop [--sz-color-surface=transparent; #fff / #0d1117 with the card variant or a theme] - Background.
 * @cssprop [--sz-color-accent=blue mixed with the text colour (AA on light and dark pages); #0b5cad / #6cb6ff with a theme] - Links, buttons, markers.
 * @cssprop [--sz-radius=8px] - Corner radius.
 * @cssprop [--sz-space=1em] - Gaps, and the padding of the boxed look.
 * @cssprop [--sz-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssprop [--sz-color-skeleton=the text colour at 12%; #e6e9ed / #262c36 with a theme] - Focus chips and the loading placeholder.
 */
export class SzCenterCard extends LitElement {
  static override styles = [baseStyles, centerCardStyles];

  static override properties = {
    src: { reflect: true },
    center: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    variant: { reflect: true },
    timeout: { type: Number },
  };

  declare src: string | null;
  /** An id (the attribute) or a `Center` object (the property). */
  declare center: string | Center | null | undefined;
  declare layout: 'full' | 'compact';
  declare headingLevel: number;
  declare theme: 'light' | 'dark' | 'auto' | null;
  declare variant: 'card' | null;
  declare timeout: number;

  private readonly centres = new DataController<Center[]>(this, {
    defaultSrc: () => centresDatasetUrl,
    parse: async (text, _type, _url, onDrop) => (await centresParser()).parseCentres(JSON.parse(text), { strict: false, onDrop }),
    isEmpty: (list) => list.length === 0,
    warm: centresParser,
  });
  /** The id and data last reported as not found, so each miss is reported once. */
  private reportedMiss?: [string, Center[]];

  constructor() {
    super();
    // Re-render when the page's language changes (lang on <html> or an ancestor).
    new LangWatcher(this);
    this.src = null;
    this.layout = 'full';
    this.headingLevel = 3;
    this.timeout = 10;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('center')) {
      const given = typeof this.center === 'object' && this.center ? [this.center] : undefined;
      const wasGiven = typeof changed.get('center') === 'object' && changed.get('center');
      if (given || wasGiven) this.centres.provide(given);
    }
  }

  /** The centre to show, `null` when the id is not in the loaded data. */
  private get shown(): Center | null | undefined {
    const { data } = this.centres;
    if (typeof this.center === 'object' && this.center) return this.center;
    if (!data) return undefined;
    return data.find((c) => c.id === this.center) ?? null;
  }

  /** The id asked for; '' when a Center object is given or no centre is chosen yet. */
  private get centerId(): string {
    return typeof this.center === 'string' ? this.center : '';
  }

  /** Why the card's id is missing from the loaded data: the record was left out as unsound. */
  private get excluded(): Dropped | undefined {
    const id = this.centerId;
    return id ? this.centres.dropped?.find((d) => d.id === id && /^\$\.features\[\d+\]$/.test(d.path)) : undefined;
  }

  protected override updated(): void {
    const { data, url } = this.centres;
    const id = this.centerId;
    // No id yet (a card waiting for a map's selection) is not a mistake: nothing to report.
    if (!id || this.shown !== null || !data?.length || (this.reportedMiss?.[0] === id && this.reportedMiss[1] === data)) return;
    this.reportedMiss = [id, data];
    const excluded = this.excluded;
    const message = excluded
      ? `The centre "${id}" is in ${url} but was ${excluded.message}.`
      : `There is no centre "${id}" in ${url}. Ids there: ${data.map((c) => c.id).join(', ')}.`;
    console.warn(`sz-widgets: <sz-center-card>: ${message}`);
    emit(this, 'sz-error', { code: excluded ? 'excluded' : 'not-found', message, src: url ?? '' });
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this);
    const t = stringsFor(locale.ui, this);
    if (!t) return html`<article part="base" aria-busy="true">${this.skeleton()}</article>`;
    const loading = this.centres.status === 'loading';
    const centre = this.shown;
    const c = t.card;
    const id = this.centerId;
    const missing = !id ? c.choose : this.excluded ? c.excluded(id) : c.notFound(id);
    const message = stateMessage(this.centres, t, locale, c.loading, c.empty, centre === null ? missing : undefined);
    return html`<article part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${loading}>
      ${centre ? this.renderCentre(centre, locale.tag, t.newTab, c) : nothing}
      ${stateLine(this.centres, t, message, loading)}
      ${loading ? this.skeleton() : nothing}
    </article>`;
  }

  private renderCentre(centre: Center, tag: string, newTab: string, c: NonNullable<ReturnType<typeof stringsFor>>['card']): TemplateResult {
    // Text in another language than the card's (an English fallback in a Hebrew card) says so,
    // and reads in its own direction.
    const inLang = ([value, lang]: [string, string]) => (lang === tag ? value : html`<span lang=${lang} dir="auto">${value}</span>`);
    const text = (map: LangMap | undefined) => inLang(pickLang(map, tag));
    const names = (list: LangMap[]) => {
      const picked = list.map((m) => pickLang(m, tag));
      let i = 0;
      return formatList(picked.map((p) => p[0]), tag).map((part) => (part.type === 'element' ? inLang(picked[i++]) : part.value));
    };
    const full = this.layout !== 'compact';
    const source = safeUrl(centre.source);
    return html`<div class="head">
        ${this.heading(text(centre.name))}
        <span part="badge ${centre.status === 'open' ? 'open' : 'planned'}"><span class="sr-only">${`${c.status}: `}</span>${centre.status === 'open' ? c.open : c.planned}</span>
      </div>
      <div class="body">
      ${full && centre.summary ? html`<p part="summary">${text(centre.summary)}</p>` : nothing}
      <dl part="details">
        ${centre.city
          ? html`<dt>${c.city}</dt><dd>${text(centre.city)}${centre.locationUnresolved ? ` (${c.unresolved})` : nothing}</dd>`
          : nothing}
        ${centre.country ? html`<dt>${c.country}</dt><dd>${countryName(centre.country, tag)}</dd>` : nothing}
        ${full && centre.opened ? html`<dt>${c.opened}</dt><dd><time datetime=${centre.opened}>${formatDate(centre.opened, tag, 'long')}</time></dd>` : nothing}
        ${full && centre.founders.length ? html`<dt>${c.founders}</dt><dd>${names(centre.founders)}</dd>` : nothing}
        ${full && centre.partners.length ? html`<dt>${c.partners}</dt><dd>${names(centre.partners)}</dd>` : nothing}
        ${full && centre.focus.length
          ? html`<dt>${c.focus}</dt><dd><ul>${centre.focus.map((f) => html`<li part="chip">${text(f)}</li>`)}</ul></dd>`
          : nothing}
      </dl>
      ${full && source
        ? html`<a part="source" href=${source} target="_blank" rel="noopener noreferrer">${c.source}<span class="sr-only">${` ${newTab}`}</span></a>`
        : nothing}
      </div>`;
  }

  /** A real heading element at the level the host page needs. */
  private heading(content: unknown): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return level === 2
      ? html`<h2 part="name">${content}</h2>`
      : level === 3
        ? html`<h3 part="name">${content}</h3>`
        : level === 4
          ? html`<h4 part="name">${content}</h4>`
          : level === 5
            ? html`<h5 part="name">${content}</h5>`
            : html`<h6 part="name">${content}</h6>`;
  }

  private skeleton(): TemplateResult {
    return html`<div part="skeleton" aria-hidden="true">${[0, 1, 2, 3].map(() => html`<i class="bone"></i>`)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-center-card': SzCenterCard;
  }
}
