import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Center } from '../data/types.js';
import type { Strings } from '../i18n/en.js';
import { DataController } from '../shared/data-controller.js';
import { centresDatasetUrl } from '../shared/datasets.js';
import { emit } from '../shared/events.js';
import { countryName } from '../shared/format.js';
import { pickLang } from '../shared/lang-map.js';
import { LangWatcher, resolveLocale, type Locale } from '../shared/locale.js';
import { stateLine, stateMessage } from '../shared/state-line.js';
import { stringsFor } from '../shared/strings.js';
import { baseStyles } from '../shared/styles.js';
import type { MapOutput } from './map-geo.js';
import { centerMapStyles } from './sz-center-map.styles.js';
import './strings.js';

const centresParser = () => import('../data/centres.js');
// The map's drawing code and country shapes: loaded only when a map is on the page.
const mapGeo = () => import('./map-geo.js');
type MapGeo = Awaited<ReturnType<typeof mapGeo>>;

/** Diameter of a marker's hit area in px (WCAG 2.2 target size is 24). */
const MARKER = 28;
// Markers closer than this (centre to centre) merge: at 40 px even two diagonal neighbours' square
// boxes of 28 px cannot touch.
const SPACING = 40;
const ASPECT = 0.55;

/**
 * Shenzhen's overseas innovation centres on a world map; select one to read about it, or wire a
 * card with `for`. Markers are buttons (one tab stop, arrow keys between them), and a list of all
 * centres is always there for assistive technology (and on screen with `show-list`).
 *
 * @tagname sz-center-map
 * @summary World map of the centres, selectable, with a list alternative.
 *
 * @attr [src=the shipped centres dataset] - A centres GeoJSON file. A map and cards on the same `src` make one request.
 * @attr selected - The id of the selected centre (reflected: it changes when the visitor selects one).
 * @attr for - The id of the `<sz-center-card>` that shows the selected centre. A missing id is reported once in the console.
 * @attr [view=data] - `data` fits all located centres with a margin; `world` shows the whole world.
 * @attr [projection=equal-earth] - The map projection.
 * @attr show-list - Show the list of centres under the map (it is always there for assistive technology).
 * @attr show-planned - Shade the countries of `planned` entries.
 * @attr [lang=nearest ancestor's `lang`, else the document's, else `en`] - Language of names and labels: `en`, `zh-Hans` (any `zh`), `he` and `ar` (right to left), `fr`, `de`, `nl`, `es`, `ja`, `ko`, `pt`, `ru`; a regional variant (`pt-BR`, `es-419`) gets its language's strings, other languages get English strings. The list and controls follow right-to-left languages; the map itself is never mirrored.
 * @attr [theme=light] - `auto` follows the visitor's system setting.
 * @attr [timeout=10] - Seconds before a load is given up.
 *
 * @property centers - Centres to show directly, without a request.
 *
 * @fires sz-select - A centre was selected. `detail: { id, center }` (`id` is `null` when Escape clears the selection).
 * @fires sz-load - The dataset was loaded. `detail: { src, data: Center[] }`.
 * @fires sz-error - Loading failed. `detail: { code, message, src }`.
 *
 * @csspart base - The whole widget.
 * @csspart map - The map box.
 * @csspart land - The group of country shapes (a shaded planned country has the class `planned`).
 * @csspart borders - The country borders.
 * @csspart marker - A marker button; also `selected`, or `cluster` for a group.
 * @csspart reset-button - "Show the whole map" after zooming into a group.
 * @csspart list - The list of centres.
 * @csspart list-item - A centre in the list (a button).
 * @csspart status - The loading, empty, error or stale line.
 * @csspart retry-button - The Retry button.
 *
 * @cssprop [--sz-font-family=inherited from the page] - Font.
 * @cssprop [--sz-font-size=medium (the visitor's browser default)] - Base text size; everything inside scales with it (`em`), whatever the page sets on `html`.
 * @cssprop [--sz-color-text=#1f2328 / #e6edf3] - Text.
 * @cssprop [--sz-color-muted=#59636e / #9da7b3] - Dates, labels, the status line.
 * @cssprop [--sz-color-surface=#fff / #0d1117] - Background (`transparent` to show the page's).
 * @cssprop [--sz-color-accent=#0b5cad / #6cb6ff] - Links, buttons, markers.
 * @cssprop [--sz-radius=8px] - Corner radius.
 * @cssprop [--sz-space=1em] - Padding and gaps.
 * @cssprop [--sz-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssprop [--sz-color-border=#d1d9e0 / #3d444d] - Borders of the list's buttons (`show-list`).
 * @cssprop [--sz-color-skeleton=#e6e9ed / #262c36] - The map's placeholder while it loads.
 * @cssprop [--sz-map-land=#d5dbe1 / #2d333b] - Land.
 * @cssprop [--sz-map-border=#fff / #0d1117] - Country borders.
 * @cssprop [--sz-map-planned=#f2c6a0 / #6e4b2e] - Countries with planned centres (`show-planned`).
 */
export class SzCenterMap extends LitElement {
  static override styles = [baseStyles, centerMapStyles];

  static override properties = {
    src: { reflect: true },
    selected: { reflect: true },
    for: {},
    view: { reflect: true },
    projection: {},
    showList: { type: Boolean, attribute: 'show-list', reflect: true },
    showPlanned: { type: Boolean, attribute: 'show-planned', reflect: true },
    theme: { reflect: true },
    timeout: { type: Number },
    centers: { attribute: false },
    width: { state: true },
    zoom: { state: true },
    focusIndex: { state: true },
    geo: { state: true },
  };

  declare src: string | null;
  declare selected: string | null;
  declare for: string | null;
  declare view: 'data' | 'world';
  // Spelled out for the manifest (see the news list's dateStyle); map-geo's type checks them.
  declare projection: 'equal-earth' | 'natural-earth' | 'mercator';
  declare showList: boolean;
  declare showPlanned: boolean;
  declare theme: 'light' | 'dark' | 'auto';
  declare timeout: number;
  declare centers: Center[] | undefined;
  declare private width: number;
  /** The members of the group zoomed into, if any. */
  declare private zoom: string[] | undefined;
  /** The marker that takes the tab stop (roving tabindex). */
  declare private focusIndex: number;
  declare private geo: MapGeo | undefined;

  private readonly data = new DataController<Center[]>(this, {
    defaultSrc: () => centresDatasetUrl,
    parse: async (text, _type, _url, onDrop) => (await centresParser()).parseCentres(JSON.parse(text), { strict: false, onDrop }),
    isEmpty: (list) => list.length === 0,
    warm: centresParser,
  });
  private drawn?: MapOutput;
  private drawnKey?: string;
  private resizer?: ResizeObserver;
  private warnedFor?: string;

  constructor() {
    super();
    new LangWatcher(this);
    this.src = this.selected = this.for = null;
    this.view = 'data';
    this.projection = 'equal-earth';
    this.showList = this.showPlanned = false;
    this.timeout = 10;
    this.width = 0;
    this.focusIndex = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    mapGeo().then(
      (geo) => (this.geo = geo),
      (err: unknown) => console.warn('sz-widgets: <sz-center-map> could not load its map code:', err),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = undefined;
  }

  /** The map is drawn for its real width, so markers and clusters are right at every size. */
  private observeSize(): void {
    // Only while connected: an observer left running would keep a removed map alive.
    if (this.resizer || !this.isConnected) return;
    this.resizer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.resizer.observe(this.renderRoot.querySelector('.map') as Element);
  }

  private get list(): Center[] {
    return this.data.data ?? [];
  }

  private get located(): Center[] {
    return this.list.filter((c) => c.coordinates);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('centers')) this.data.provide(this.centers);
    if (changed.has('view') || changed.has('src') || changed.has('centers')) this.zoom = undefined;
    const { geo, width } = this;
    // Nothing is drawn while the data loads (the skeleton shows): a world view drawn first would
    // be thrown away a moment later.
    if (!geo || !width || this.data.status === 'loading') return;
    const located = this.located;
    const fitted = this.view === 'world' ? [] : located.filter((c) => !this.zoom || this.zoom.includes(c.id));
    const input = {
      width,
      height: Math.round(width * ASPECT),
      projection: this.projection,
      fit: fitted.map((c) => c.coordinates as [number, number]),
      margin: MARKER,
      markers: located.map((c) => ({ id: c.id, coordinates: c.coordinates as [number, number] })),
      markerSize: SPACING,
    };
    // Drawing costs tens of milliseconds: only when what is drawn changes, not on every focus
    // move or selection.
    const key = JSON.stringify(input);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.drawn = geo.drawMap(input);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.observeSize();
    // Marker positions go through the CSSOM: a style attribute (even styleMap's first render)
    // is an inline style, which a strict CSP (style-src 'self') blocks.
    for (const marker of this.renderRoot.querySelectorAll<HTMLElement>('[part~="marker"]')) {
      marker.style.left = `${marker.dataset.x}%`;
      marker.style.top = `${marker.dataset.y}%`;
    }
    if (changed.has('selected') || changed.has('for') || changed.has('centers') || this.data.status === 'loaded') this.updateCard();
  }

  /** The `for` wiring: the card with that id shows the selected centre. */
  private updateCard(): void {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const card = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    if (card?.localName !== 'sz-center-card') {
      if (this.warnedFor !== this.for) {
        this.warnedFor = this.for;
        console.warn(`sz-widgets: <sz-center-map for="${this.for}">: no <sz-center-card id="${this.for}"> on this page.`);
      }
      return;
    }
    const centre = this.list.find((c) => c.id === this.selected);
    if (centre && (card as HTMLElement & { center?: unknown }).center !== centre) (card as HTMLElement & { center?: unknown }).center = centre;
  }

  /** Selects a centre: highlight, `selected`, `sz-select`, and the linked card. */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const center = this.list.find((c) => c.id === id);
    emit(this, 'sz-select', { id, center });
  }

  private name(c: Center, locale: Locale, t: Strings['map']): string {
    const place = c.city ? pickLang(c.city, locale.tag)[0] : '';
    const country = c.country ? countryName(c.country, locale.tag) : '';
    const where = [place, country].filter(Boolean).join(', ') || pickLang(c.name, locale.tag)[0];
    const status = c.status === 'open' ? t.open : t.planned;
    return `${where} — ${status}${c.locationUnresolved ? `, ${t.unresolved}` : ''}`;
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this);
    const t = stringsFor(locale.ui, this);
    const m = t?.map;
    const ready = !!(m && this.geo && this.drawn && this.data.status !== 'loading');
    // Until the drawing is ready the map says it is loading, whatever the data's state.
    const message = !t || !m ? '' : !ready ? m.loading : stateMessage(this.data, t, locale, m.loading, m.empty);
    return html`<div part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${!ready}>
      <div part="map" class="map" dir="ltr">${ready && m ? this.renderMap(locale, m) : html`<div class="bone"></div>`}</div>
      ${this.zoom && m ? html`<button part="reset-button" @click=${() => (this.zoom = undefined)}>${m.reset}</button>` : nothing}
      ${stateLine(this.data, t, message, !ready && this.data.status !== 'error')}
      ${m && this.list.length ? this.renderList(locale, m) : nothing}
    </div>`;
  }

  private renderMap(locale: Locale, m: Strings['map']): TemplateResult {
    const drawn = this.drawn as MapOutput;
    const width = this.width;
    const height = Math.round(width * ASPECT);
    const byId = new Map(this.list.map((c) => [c.id, c]));
    const planned = new Set(this.showPlanned ? this.list.filter((c) => c.status === 'planned').map((c) => c.country) : []);
    // Reading order: west to east, then north to south.
    const clusters = [...drawn.clusters].sort((a, b) => a.x - b.x || a.y - b.y);
    const focus = Math.min(this.focusIndex, clusters.length - 1);
    return html`<svg viewBox="0 0 ${width} ${height}" aria-hidden="true" focusable="false">
        <g part="land">${drawn.countries.map((c) => svg`<path d=${c.d} class=${planned.has(c.id) ? 'planned' : ''}></path>`)}</g>
        <path part="borders" d=${drawn.borders}></path>
      </svg>
      <div class="markers" role="group" aria-label=${m.label} @keydown=${this.onKey}>
        ${clusters.map((cl, i) => {
          const members = cl.ids.map((id) => byId.get(id)).filter((c): c is Center => !!c);
          const one = members.length === 1 ? members[0] : undefined;
          const label = one ? this.name(one, locale, m) : m.cluster(members.length, members.map((c) => pickLang(c.city ?? c.name, locale.tag)[0]).join(', '));
          const selected = !!one && one.id === this.selected;
          return html`<button
            part="marker${selected ? ' selected' : ''}${one ? '' : ' cluster'}"
            data-x=${((cl.x / width) * 100).toFixed(3)}
            data-y=${((cl.y / height) * 100).toFixed(3)}
            tabindex=${i === focus ? 0 : -1}
            aria-label=${label}
            aria-pressed=${ifDefined(one ? (selected ? 'true' : 'false') : undefined)}
            data-id=${one ? one.id : cl.ids.join(' ')}
            @focus=${() => (this.focusIndex = i)}
            @click=${() => (one ? this.select(one.id) : (this.zoom = cl.ids))}
          >${one ? nothing : members.length}<span class="tip" aria-hidden="true">${label}</span></button>`;
        })}
      </div>`;
  }

  private renderList(locale: Locale, m: Strings['map']): TemplateResult {
    // Always in the accessibility tree; on screen (and in the tab order) with show-list.
    return html`<ul part="list" aria-label=${m.list} class=${this.showList ? '' : 'sr-only'}>
      ${this.list.map(
        (c) => html`<li>
          <button part="list-item" tabindex=${this.showList ? 0 : -1} aria-pressed=${c.id === this.selected ? 'true' : 'false'} @click=${() => this.select(c.id)}>
            ${pickLang(c.name, locale.tag)[0]}<span class="where">${this.name(c, locale, m)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private onKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="marker"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (event.key === 'Escape') {
      this.select(null);
    } else if (next !== undefined) {
      const target = Math.max(0, Math.min(last, next));
      this.focusIndex = target;
      buttons[target].focus();
    } else {
      return;
    }
    event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-center-map': SzCenterMap;
  }
}
