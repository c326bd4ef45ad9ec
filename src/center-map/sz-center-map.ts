import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Center } from '../data/types.js';
import { map } from '../i18n/en/map.js';
import type { MapStrings } from '../i18n/strings.js';
import type { Locale } from '../shared/locale.js';
import { centersSource } from '../shared/centers-source.js';
import { DataController } from '../shared/data-controller.js';
import { emit } from '../shared/events.js';
import { registerEnglish } from '../shared/strings.js';
import { baseStyles } from '../shared/styles.js';
import { SzElement } from '../shared/sz-element.js';
import type { MapOutput } from './map-geo.js';
import { clusterName, listEntry, markerName } from './map-names.js';
import { MarkerLabels } from './marker-labels.js';
import { centerMapStyles } from './sz-center-map.styles.js';

registerEnglish('map', map);

// The map's drawing code and country shapes: loaded only when a map is on the page.
const mapGeo = () => import('./map-geo.js');
type MapGeo = Awaited<ReturnType<typeof mapGeo>>;

/** Diameter of a marker's hit area in px (WCAG 2.2 target size is 24); also the margin kept around fitted centres. */
const MARKER_SIZE = 28;
// Markers closer than this (centre to centre) merge into a group: at 40 px even two diagonal
// neighbours' square boxes of 28 px cannot touch.
const MERGE_DISTANCE = 40;
const ASPECT = 0.55;
/**
 * The map's preferred width where the page sizes it by its content (a float, a flex row, a table
 * cell): the svg's width and height attributes, which CSS then scales to the box. As a picture
 * with a percentage width, it still shrinks to any narrower column.
 */
const PREFERRED = { width: 560, height: Math.round(560 * ASPECT) };

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
 *
 * @property centers - Centres to show directly, without a request.
 *
 * @fires sz-select - A centre was selected. `detail: { id, center }` (`id` is `null` when Escape clears the selection; a first Escape closes an open label).
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
 * @cssprop [--sz-font-size=the element's own (inherited from the page)] - Base text size; everything inside scales with it (`em`). A page's `html` size reaches in only as far as its `body` passes it on.
 * @cssprop [--sz-color-text=the page's text colour; #1f2328 / #e6edf3 with a theme] - Text.
 * @cssprop [--sz-color-muted=the text colour at 80%; #59636e / #9da7b3 with a theme] - Dates, labels, the status line.
 * @cssprop [--sz-color-surface=transparent; #fff / #0d1117 with the card variant or a theme] - Background.
 * @cssprop [--sz-color-accent=blue mixed with the text colour (AA on light and dark pages)] - Links, buttons, markers.
 * @cssprop [--sz-radius=8px] - Corner radius.
 * @cssprop [--sz-space=1em] - Gaps, and the padding of the boxed look.
 * @cssprop [--sz-focus-ring=2px solid accent] - Keyboard focus outline.
 * @cssprop [--sz-color-border=the text colour at 25%] - Borders of the list's buttons (`show-list`).
 * @cssprop [--sz-color-skeleton=the text colour at 12%] - The map's placeholder while it loads.
 * @cssprop [--sz-map-land=the text colour at 16%] - Land.
 * @cssprop [--sz-map-border=the text colour at 30%] - Country borders.
 * @cssprop [--sz-map-planned=orange at 45%] - Countries with planned centres (`show-planned`).
 */
export class SzCenterMap extends SzElement {
  static override styles = [baseStyles, centerMapStyles];

  static override properties = {
    selected: { reflect: true },
    for: {},
    view: { reflect: true },
    projection: {},
    showList: { type: Boolean, attribute: 'show-list', reflect: true },
    showPlanned: { type: Boolean, attribute: 'show-planned', reflect: true },
    centers: { attribute: false },
    width: { state: true },
    zoom: { state: true },
    focusIndex: { state: true },
    geo: { state: true },
  };

  declare selected: string | null;
  declare for: string | null;
  declare view: 'data' | 'world';
  // Spelled out for the manifest (see the news list's dateStyle); map-geo's type checks them.
  declare projection: 'equal-earth' | 'natural-earth' | 'mercator';
  declare showList: boolean;
  declare showPlanned: boolean;
  declare centers: Center[] | undefined;
  /** The map box's width in px, as observed. */
  declare private width: number;
  /** The members of the group zoomed into, if any. */
  declare private zoom: string[] | undefined;
  /** The marker that takes the tab stop (roving tabindex). */
  declare private focusIndex: number;
  declare private geo: MapGeo | undefined;

  readonly #data = new DataController<Center[]>(this, centersSource);
  #drawn?: MapOutput;
  #drawnKey?: string;
  #resizer?: ResizeObserver;
  #warnedFor?: string;
  readonly #labels = new MarkerLabels(this);

  constructor() {
    super();
    this.selected = this.for = null;
    this.view = 'data';
    this.projection = 'equal-earth';
    this.showList = this.showPlanned = false;
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
    this.#resizer?.disconnect();
    this.#resizer = undefined;
  }

  /** The map is drawn for its real width, so markers and clusters are right at every size. */
  #observeSize(): void {
    // Only while connected: an observer left running would keep a removed map alive.
    if (this.#resizer || !this.isConnected) return;
    this.#resizer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width !== this.width) this.width = width;
    });
    this.#resizer.observe(this.renderRoot.querySelector('.map') as Element);
  }

  get #centers(): Center[] {
    return this.#data.state.value ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('centers')) this.#data.provide(this.centers);
    if (changed.has('view') || changed.has('src') || changed.has('centers')) this.zoom = undefined;
    const { geo, width } = this;
    // Nothing is drawn while the data loads (the skeleton shows): a world view drawn first would
    // be thrown away a moment later.
    if (!geo || !width || this.#data.state.status === 'loading') return;
    const located = this.#centers.filter((center) => center.coordinates);
    const fitted = this.view === 'world' ? [] : located.filter((center) => !this.zoom || this.zoom.includes(center.id));
    const input = {
      width,
      height: Math.round(width * ASPECT),
      projection: this.projection,
      fit: fitted.map((center) => center.coordinates as [number, number]),
      margin: MARKER_SIZE,
      markers: located.map((center) => ({ id: center.id, coordinates: center.coordinates as [number, number] })),
      mergeDistance: MERGE_DISTANCE,
    };
    // Drawing costs tens of milliseconds: only when what is drawn changes, not on every focus
    // move or selection.
    const key = JSON.stringify(input);
    if (key === this.#drawnKey) return;
    this.#drawnKey = key;
    this.#drawn = geo.drawMap(input);
    // A label whose marker is gone (zoomed, resized into a group) is closed, not left to reopen.
    const open = this.#labels.open;
    if (open && !this.#drawn.clusters.some((cluster) => cluster.ids.join(' ') === open)) this.#labels.hide();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#observeSize();
    // Marker positions go through the CSSOM: a style attribute (even styleMap's first render)
    // is an inline style, which a strict CSP (style-src 'self') blocks.
    for (const marker of this.renderRoot.querySelectorAll<HTMLElement>('[part~="marker"]')) {
      marker.style.left = `${marker.dataset.x}%`;
      marker.style.top = `${marker.dataset.y}%`;
    }
    this.#labels.place(this.width);
    const wiring = changed.has('selected') || changed.has('for') || changed.has('centers');
    if (wiring || this.#data.state.status === 'loaded') this.#updateCard();
  }

  /** The `for` wiring: the card with that id shows the selected centre. */
  #updateCard(): void {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const card = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    if (card?.localName !== 'sz-center-card') {
      if (this.#warnedFor !== this.for) {
        this.#warnedFor = this.for;
        console.warn(`sz-widgets: <sz-center-map for="${this.for}">: no <sz-center-card id="${this.for}"> on this page.`);
      }
      return;
    }
    const center = this.#centers.find((c) => c.id === this.selected);
    const linked = card as HTMLElementTagNameMap['sz-center-card'];
    if (center && linked.center !== center) linked.center = center;
  }

  /** Selects a centre: highlight, `selected`, `sz-select`, and the linked card. */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    emit(this, 'sz-select', { id, center: this.#centers.find((center) => center.id === id) });
  }

  protected override render(): TemplateResult {
    const { locale } = this;
    const t = this.strings(locale);
    const { status } = this.#data.state;
    const ready = !!(t && this.geo && this.#drawn && status !== 'loading');
    // Until the drawing is ready the map says it is loading, whatever the data's state.
    const message = !t ? '' : !ready ? t.map.loading : this.stateMessage(this.#data, t, t.map);
    const bone = html`<svg class="bone" width=${PREFERRED.width} height=${PREFERRED.height} aria-hidden="true"></svg>`;
    return html`<div part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${!ready}>
      <div part="map" class="map" dir="ltr">${ready && t ? this.#renderMap(locale.tag, locale.dir, t.map) : bone}</div>
      ${this.zoom && t ? html`<button part="reset-button" @click=${() => (this.zoom = undefined)}>${t.map.reset}</button>` : nothing}
      ${this.renderState(this.#data, t, message, !ready && status !== 'error')}
      ${t && this.#centers.length ? this.#renderList(locale.tag, t.map) : nothing}
    </div>`;
  }

  #renderMap(tag: string, dir: Locale['dir'], text: MapStrings): TemplateResult {
    const drawn = this.#drawn as MapOutput;
    const width = this.width;
    const height = Math.round(width * ASPECT);
    const byId = new Map(this.#centers.map((center) => [center.id, center]));
    const planned = this.showPlanned ? this.#centers.filter((center) => center.status === 'planned') : [];
    const plannedCountries = new Set(planned.map((center) => center.country));
    // Reading order: west to east, then north to south. Zoomed into a group, the centres out of
    // view get no marker (they would overflow the page and take focus unseen); the list has them.
    const inView = (v: number, max: number) => v >= MARKER_SIZE / 2 && v <= max - MARKER_SIZE / 2;
    const clusters = drawn.clusters
      .filter((cluster) => inView(cluster.x, width) && inView(cluster.y, height))
      .sort((a, b) => a.x - b.x || a.y - b.y);
    const focus = Math.min(this.focusIndex, clusters.length - 1);
    return html`<svg viewBox="0 0 ${width} ${height}" width=${PREFERRED.width} height=${PREFERRED.height} aria-hidden="true" focusable="false">
        <g part="land">${drawn.countries.map((country) => svg`<path d=${country.d} class=${plannedCountries.has(country.id) ? 'planned' : ''}></path>`)}</g>
        <path part="borders" d=${drawn.borders}></path>
      </svg>
      <div class="markers" role="group" aria-label=${text.label} @keydown=${this.#onKey}>
        ${clusters.map((cluster, index) => {
          const members = cluster.ids.map((id) => byId.get(id)).filter((center): center is Center => !!center);
          const one = members.length === 1 ? members[0] : undefined;
          const label = one ? markerName(one, tag, text) : clusterName(members, tag, text);
          const selected = !!one && one.id === this.selected;
          const id = cluster.ids.join(' ');
          return html`<button
            part="marker${selected ? ' selected' : ''}${one ? '' : ' cluster'}"
            class=${this.#labels.open === id ? 'open' : ''}
            data-x=${((cluster.x / width) * 100).toFixed(3)}
            data-y=${((cluster.y / height) * 100).toFixed(3)}
            tabindex=${index === focus ? 0 : -1}
            aria-label=${label}
            aria-pressed=${ifDefined(one ? (selected ? 'true' : 'false') : undefined)}
            data-id=${id}
            @focus=${(e: FocusEvent) => this.#onFocus(e, index, id)}
            @blur=${() => this.#labels.hide(id)}
            @pointerenter=${(e: PointerEvent) => e.pointerType === 'mouse' && this.#labels.show(id)}
            @pointerleave=${(e: PointerEvent) => e.pointerType === 'mouse' && this.#labels.hide(id)}
            @click=${(e: MouseEvent) => this.#activate(e, id, one)}
          >${one ? nothing : members.length}<span class="tip" aria-hidden="true" dir=${dir}>${label}</span></button>`;
        })}
      </div>`;
  }

  #renderList(tag: string, text: MapStrings): TemplateResult {
    // Always in the accessibility tree; on screen (and in the tab order) with show-list.
    return html`<ul part="list" aria-label=${text.list} class=${this.showList ? '' : 'sr-only'}>
      ${this.#centers.map(
        (center) => html`<li>
          <button
            part="list-item"
            tabindex=${this.showList ? 0 : -1}
            aria-pressed=${center.id === this.selected ? 'true' : 'false'}
            @click=${() => this.select(center.id)}
          >${listEntry(center, tag, text)}</button>
        </li>`,
      )}
    </ul>`;
  }

  #onKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="marker"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const last = buttons.length - 1;
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last };
    const next = moves[event.key];
    if (event.key === 'Escape') {
      // Dismissing the label comes first (WCAG 1.4.13), the selection only on a second press.
      if (this.#labels.open) this.#labels.hide();
      else this.select(null);
    } else if (next !== undefined) {
      const target = Math.max(0, Math.min(last, next));
      this.focusIndex = target;
      buttons[target].focus();
    } else {
      return;
    }
    event.preventDefault();
  }

  /** Keyboard focus shows the label, as it shows the focus ring; a pointer's focus leaves it to the tap. */
  #onFocus(event: FocusEvent, index: number, id: string): void {
    this.focusIndex = index;
    if ((event.target as Element).matches(':focus-visible')) this.#labels.show(id);
  }

  /**
   * A tap or click selects the centre (or zooms into a group) and toggles its label: on touch
   * screens there is no hover to close it. Enter and Space (a click with detail 0) only select:
   * focus already shows the label.
   */
  #activate(event: MouseEvent, id: string, one: Center | undefined): void {
    if (!one) {
      this.#labels.hide();
      this.zoom = id.split(' ');
      return;
    }
    if (event.detail !== 0) this.#labels.toggle(id);
    this.select(one.id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-center-map': SzCenterMap;
  }
}
