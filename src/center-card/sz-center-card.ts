import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Center, Dropped, LangMap } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { card } from '../i18n/en/card.js';
import type { CardStrings } from '../i18n/strings.js';
import { centersSource } from '../shared/centers-source.js';
import { DataController } from '../shared/data-controller.js';
import { emit } from '../shared/events.js';
import { countryName, formatDate, formatList } from '../shared/format.js';
import { pickLang } from '../shared/lang-map.js';
import { OwnTask } from '../shared/pause.js';
import { registerEnglish } from '../shared/strings.js';
import { baseStyles } from '../shared/styles.js';
import { SzElement } from '../shared/sz-element.js';
import { centerCardStyles } from './sz-center-card.styles.js';

registerEnglish('card', card);

// One template per heading level: a tag name cannot be a binding.
const HEADINGS: Record<number, (content: unknown) => TemplateResult> = {
  2: (content) => html`<h2 part="name">${content}</h2>`,
  3: (content) => html`<h3 part="name">${content}</h3>`,
  4: (content) => html`<h4 part="name">${content}</h4>`,
  5: (content) => html`<h5 part="name">${content}</h5>`,
  6: (content) => html`<h6 part="name">${content}</h6>`,
};

/**
 * One Shenzhen overseas innovation centre: its name, city, country, status, opening date,
 * founders, partners, focus areas, summary and the source the facts come from.
 *
 * @tagname sz-center-card
 * @summary One centre from the centres dataset, as a card.
 *
 * @attr center - Which centre to show, by id: `san-francisco`, `boston`, `seattle`, `london`, `evelyn`,
 *   `tel-aviv`, `toronto`, `france`, `germany`, `belgium` in the shipped dataset. The `center` property also
 *   takes a `Center` object, shown without any request.
 * @attr [src=the shipped centres dataset] - A centres GeoJSON file (see "Data formats"). Many cards on one
 *   `src` make one request.
 * @attr [layout=full] - `compact`: name, status, city and country only.
 * @attr [heading-level=3] - The level of the card's heading (2–6), to fit the page's outline.
 * @attr [lang=nearest ancestor's `lang`, else the document's, else `en`] - Interface language and the
 *   language of the data (names, cities, summaries); text the data has only in English is marked `lang="en"`.
 *   Country names come from `Intl.DisplayNames`. Interface languages: `en`, `zh-Hans` (any `zh`), `he` and
 *   `ar` (right to left), `fr`, `de`, `nl`, `es`, `ja`, `ko`, `pt`, `ru`; a regional variant (`pt-BR`,
 *   `es-419`) gets its language's strings, other languages get English strings.
 *
 * @fires sz-load - The dataset was loaded. `detail: { src, data: Center[] }`.
 * @fires sz-error - Loading failed (`http`, `network`, `timeout`, `too-large`, `parse`, `schema`, `bad-url`),
 *   the id is not in the dataset (`not-found`; the message names the ids that exist), or its record is there
 *   but breaks a rule and was left out (`excluded`; the message says why). A card with no `center` yet
 *   (waiting for a map) is not an error. `detail: { code, message, src }`.
 *
 * @csspart base - The card.
 * @csspart name - The heading with the centre's name.
 * @csspart badge - The status badge; it also carries `open` or `planned` (`::part(badge open)`).
 * @csspart summary - The summary.
 * @csspart details - The description list of facts.
 * @csspart chip - One focus area.
 * @csspart source - The link to the source.
 * @csspart status - The loading, empty, error, not-found or stale line.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop [--sz-color-skeleton=the text colour at 12%; #e6e9ed / #262c36 with a theme] - Focus chips and the
 *   loading placeholder.
 */
export class SzCenterCard extends SzElement {
  static override styles = [baseStyles, centerCardStyles];

  static override properties = {
    center: {},
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** An id (the attribute) or a `Center` object (the property). */
  declare center: string | Center | null | undefined;
  declare layout: 'full' | 'compact';
  declare headingLevel: number;

  readonly #data = new DataController<Center[]>(this, centersSource);
  readonly #ownTask = new OwnTask();
  /** The id and data last reported as missing, so each miss is reported once. */
  #reportedMiss?: [string, Center[]];

  constructor() {
    super();
    this.layout = 'full';
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('center')) {
      const given = typeof this.center === 'object' && this.center ? [this.center] : undefined;
      const wasGiven = typeof changed.get('center') === 'object' && changed.get('center');
      if (given || wasGiven) this.#data.provide(given);
    }
  }

  protected override scheduleUpdate(): Promise<void> {
    return this.#ownTask.run(this.locale.tag, this.settled, () => super.scheduleUpdate());
  }

  protected override get settled(): boolean {
    // A prerendered card that shows a map's selected centre (`for=` on the map, no `center` of its
    // own) keeps showing it until the map hands it over, rather than ask to choose one meanwhile.
    const waitsForMap = !this.center && !!this.renderRoot.querySelector('[part~="name"]');
    return this.shows(this.#data) && !waitsForMap;
  }

  /** The centre to show; `null` when the id asked for is not in the loaded data. */
  get #shownCenter(): Center | null | undefined {
    const list = this.#data.state.value;
    if (typeof this.center === 'object' && this.center) return this.center;
    if (!list) return undefined;
    return list.find((center) => center.id === this.center) ?? null;
  }

  /** The id asked for; '' when a Center object is given or no centre is chosen yet. */
  get #centerId(): string {
    return typeof this.center === 'string' ? this.center : '';
  }

  /** Why the id asked for is missing from the loaded data: its record was left out as unsound. */
  get #excluded(): Dropped | undefined {
    const id = this.#centerId;
    const isRecord = (d: Dropped) => d.id === id && /^\$\.features\[\d+\]$/.test(d.path);
    return id ? this.#data.state.dropped?.find(isRecord) : undefined;
  }

  protected override updated(): void {
    const { value: list, url } = this.#data.state;
    const id = this.#centerId;
    // No id yet (a card waiting for a map's selection) is not a mistake: nothing to report.
    if (!id || this.#shownCenter !== null || !list?.length) return;
    if (this.#reportedMiss?.[0] === id && this.#reportedMiss[1] === list) return;
    this.#reportedMiss = [id, list];
    const excluded = this.#excluded;
    const message = excluded
      ? `The centre "${id}" is in ${url} but was ${excluded.message}.`
      : `There is no centre "${id}" in ${url}. Ids there: ${list.map((center) => center.id).join(', ')}.`;
    console.warn(`sz-widgets: <sz-center-card>: ${message}`);
    emit(this, 'sz-error', { code: excluded ? 'excluded' : 'not-found', message, src: url ?? '' });
  }

  protected override render(): TemplateResult {
    const { locale } = this;
    const t = this.strings(locale);
    if (!t) return html`<article part="base" aria-busy="true">${this.#renderSkeleton()}</article>`;
    const data = this.#data;
    const loading = data.state.status === 'loading';
    const center = this.#shownCenter;
    const message = this.stateMessage(data, t, {
      ...t.card,
      instead: center === null ? this.#missing(t.card) : undefined,
    });
    return html`<article part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${loading}>
      ${center ? this.#renderCenter(center, locale.tag, t.newTab, t.card) : nothing}
      ${this.renderState(data, t, message, loading)}
      ${loading ? this.#renderSkeleton() : nothing}
    </article>`;
  }

  /** Why no centre is shown though the data is there. */
  #missing(text: CardStrings): string {
    const id = this.#centerId;
    if (!id) return text.choose;
    return this.#excluded ? text.excluded(id) : text.notFound(id);
  }

  #renderCenter(center: Center, tag: string, newTab: string, text: CardStrings): TemplateResult {
    // Text in another language than the card's (an English fallback in a Hebrew card) says so,
    // and reads in its own direction.
    const inLang = ([value, lang]: [string, string]) =>
      lang === tag ? value : html`<span lang=${lang} dir="auto">${value}</span>`;
    const localized = (map: LangMap | undefined) => inLang(pickLang(map, tag));
    const names = (list: LangMap[]) => {
      const picked = list.map((map) => pickLang(map, tag));
      let next = 0;
      const parts = formatList(
        picked.map(([value]) => value),
        tag,
      );
      return parts.map((part) => (part.type === 'element' ? inLang(picked[next++]) : part.value));
    };
    const full = this.layout !== 'compact';
    const source = safeUrl(center.source);
    const status = center.status === 'open' ? text.open : text.planned;
    const newTabNote = html`<span class="sr-only">${` ${newTab}`}</span>`;
    return html`<div class="head">
        ${this.#renderHeading(localized(center.name))}
        <span part="badge ${center.status}"><span class="sr-only">${`${text.status}: `}</span>${status}</span>
      </div>
      <div class="body">
        ${full && center.summary ? html`<p part="summary">${localized(center.summary)}</p>` : nothing}
        <dl part="details">
          ${
            center.city
              ? html`<dt>${text.city}</dt>
                <dd>${localized(center.city)}${center.locationUnresolved ? ` (${text.unresolved})` : nothing}</dd>`
              : nothing
          }
          ${center.country ? html`<dt>${text.country}</dt><dd>${countryName(center.country, tag)}</dd>` : nothing}
          ${
            full && center.opened
              ? html`<dt>${text.opened}</dt>
                <dd><time datetime=${center.opened}>${formatDate(center.opened, tag, 'long')}</time></dd>`
              : nothing
          }
          ${full && center.founders.length ? html`<dt>${text.founders}</dt><dd>${names(center.founders)}</dd>` : nothing}
          ${full && center.partners.length ? html`<dt>${text.partners}</dt><dd>${names(center.partners)}</dd>` : nothing}
          ${
            full && center.focus.length
              ? html`<dt>${text.focus}</dt>
                <dd><ul>${center.focus.map((area) => html`<li part="chip">${localized(area)}</li>`)}</ul></dd>`
              : nothing
          }
        </dl>
        ${
          full && source
            ? html`<a part="source" href=${source} target="_blank" rel="noopener noreferrer">${text.source}${newTabNote}</a>`
            : nothing
        }
      </div>`;
  }

  /** A real heading element at the level the host page needs (2–6). */
  #renderHeading(content: unknown): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return HEADINGS[level](content);
  }

  /**
   * The loaded card's frame, line for line, in the same boxes: the name and the status badge;
   * then, in the full layout, two lines of summary, three facts (city, country, opening date) and
   * the source link; in the compact one, two facts. Each line holds a space, so it is exactly as
   * tall as a line of text there. A centre that says more or less than that changes the height.
   */
  #renderSkeleton(): TemplateResult {
    const full = this.layout !== 'compact';
    const fact = html`<dt class="bone">&nbsp;</dt><dd class="bone">&nbsp;</dd>`;
    return html`<div part="skeleton" aria-hidden="true">
      <div class="head"><i class="bone heading">&nbsp;</i><i class="bone pill">&nbsp;</i></div>
      <div class="body">
        ${full ? html`<p class="bone">&nbsp;<br />&nbsp;</p>` : nothing}
        <dl>${Array(full ? 3 : 2).fill(fact)}</dl>
        ${full ? html`<i class="bone">&nbsp;</i>` : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-center-card': SzCenterCard;
  }
}
