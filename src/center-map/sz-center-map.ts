import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Center } from '../data/types.js';
import { map } from '../i18n/en/map.js';
import type { MapStrings } from '../i18n/strings.js';
import type { Locale } from '../shared/locale.js';
import { centersSource } from '../shared/centers-source.js';
import { DataController } from '../shared/data-controller.js';
import { emit } from '../shared/events.js';
import { OwnTask } from '../shared/pause.js';
import { registerEnglish } from '../shared/strings.js';
import { baseStyles } from '../shared/styles.js';
import { SzElement } from '../shared/sz-element.js';
import type { MapOutput, Outlines } from './map-geo.js';
import { renderCenterList } from './center-list.js';
import { clusterName, markerName } from './map-names.js';
import { ASPECT, drawingInput, loadOutlines, MARKER_SIZE, PREFERRED, visibleMarkers } from './map-layout.js';
import { renderMarker } from './markers.js';
import { BoxWidth } from './box-width.js';
import { showInCard } from './card-link.js';
import { MarkerLabels } from './marker-labels.js';
import { placeNames, PlaceNames, renderPlaceNames } from './place-names.js';
import { nextIndex } from './roving-focus.js';
import { centerMapStyles } from './sz-center-map.styles.js';

registerEnglish('map', map);

// The map's drawing code (and, by projection, its country outlines): loaded only when a map is on the page.
const mapGeo = () => import('./map-geo.js');
type MapGeo = Awaited<ReturnType<typeof mapGeo>>;

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
 * @attr for - The id of the `<sz-center-card>` that shows the selected centre. A missing id is reported once
 *   in the console.
 * @attr [view=data] - `data` fits all located centres with a margin; `world` shows the whole world.
 * @attr [projection=equal-earth] - The map projection.
 * @attr show-list - Show the list of centres under the map, in as many columns as fit the widget's width (two in a
 *   375 px column, one at 280 px). It is always there for assistive technology.
 * @attr show-planned - Shade the countries of `planned` entries.
 * @attr show-origin - Mark Shenzhen, where the centres come from, with great-circle lines to each open centre; the
 *   fitted view then includes Shenzhen.
 * @attr [lang=nearest ancestor's `lang`, else the document's, else `en`] - Language of names and labels:
 *   `en`, `zh-Hans` (any `zh`), `he` and `ar` (right to left), `fr`, `de`, `nl`, `es`, `ja`, `ko`, `pt`,
 *   `ru`; a regional variant (`pt-BR`, `es-419`) gets its language's strings, other languages get English
 *   strings. The list and controls follow right-to-left languages; the map itself is never mirrored.
 *
 * @property centers - Centres to show directly, without a request.
 *
 * @fires sz-select - A centre was selected. `detail: { id, center }` (`id` is `null` when Escape clears the
 *   selection; a first Escape closes an open label).
 * @fires sz-load - The dataset was loaded. `detail: { src, data: Center[] }`.
 * @fires sz-error - Loading failed. `detail: { code, message, src }`.
 *
 * @csspart base - The whole widget.
 * @csspart map - The map box.
 * @csspart land - The group of country shapes: one path for the land, one more per shaded planned country (class
 *   `planned`).
 * @csspart borders - The country borders.
 * @csspart links - The lines from Shenzhen to the open centres (`show-origin`).
 * @csspart origin - Shenzhen's mark and name (`show-origin`).
 * @csspart place - A city's name beside its marker, where there is room for it.
 * @csspart marker - A marker button; also `selected`, or `cluster` for a group.
 * @csspart reset-button - "Show the whole map" after zooming into a group.
 * @csspart list - The list of centres (a grid: set `grid-template-columns` on it to choose the columns).
 * @csspart list-item - A centre in the list (a button).
 * @csspart status - The loading, empty, error or stale line.
 *
 * @cssprop [--sz-color-border=the text colour at 25%] - Borders of the list's buttons (`show-list`).
 * @cssprop [--sz-color-skeleton=the text colour at 12%] - The map's placeholder while it loads.
 * @cssprop [--sz-map-land=the text colour at 16%] - Land.
 * @cssprop [--sz-map-border=the text colour at 30%] - Country borders.
 * @cssprop [--sz-map-planned=orange at 45%] - Countries with planned centres (`show-planned`).
 * @cssprop [--sz-map-link=the accent at 55%] - The lines from Shenzhen (`show-origin`).
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
    showOrigin: { type: Boolean, attribute: 'show-origin', reflect: true },
    centers: { attribute: false },
    zoom: { state: true },
    focusIndex: { state: true },
    geo: { state: true },
    outlines: { state: true },
  };

  declare selected: string | null;
  declare for: string | null;
  declare view: 'data' | 'world';
  // Spelled out for the manifest (see the news list's dateStyle); map-geo's type checks them.
  declare projection: 'equal-earth' | 'natural-earth' | 'mercator';
  declare showList: boolean;
  declare showPlanned: boolean;
  declare showOrigin: boolean;
  declare centers: Center[] | undefined;
  /** The members of the group zoomed into, if any. */
  declare private zoom: string[] | undefined;
  /** The marker that takes the tab stop (roving tabindex). */
  declare private focusIndex: number;
  declare private geo: MapGeo | undefined;
  /** The country outlines of the projection shown. */
  declare private outlines: Outlines | undefined;
  /** The projection whose outlines are loading or loaded. */
  #outlinesFor?: string;

  readonly #data = new DataController<Center[]>(this, centersSource);
  #drawn?: MapOutput;
  #drawnKey?: string;
  /** The map is drawn for its real width, so markers and clusters are right at every size. */
  readonly #box = new BoxWidth(this, '.map');
  readonly #labels = new MarkerLabels(this);
  /** The cities' names beside their markers. */
  readonly #places = new PlaceNames(this);
  readonly #ownTask = new OwnTask();

  constructor() {
    super();
    this.selected = this.for = null;
    this.view = 'data';
    this.projection = 'equal-earth';
    this.showList = this.showPlanned = this.showOrigin = false;
    this.focusIndex = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    mapGeo().then((geo) => (this.geo = geo), warnNotLoaded);
  }

  /** Loads the outlines of the projection asked for, beside the drawing code (not after it). */
  #loadOutlines(): void {
    const name = this.projection;
    if (this.#outlinesFor === name) return;
    this.#outlinesFor = name;
    loadOutlines(name).then((outlines) => {
      if (this.#outlinesFor === name) this.outlines = outlines;
    }, warnNotLoaded);
  }

  /**
   * The map box's width in px: measured in the browser; on the server (`sz-widgets render`), the
   * preferred width, which the svg's viewBox and the markers' percentages scale to any box.
   */
  get #width(): number {
    return this.#box.value || (isServer ? PREFERRED.width : 0);
  }

  /** Also waits for the cities' names, which are placed after the frame that shows them (PlaceNames). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.#places.settled;
    return complete;
  }

  protected override scheduleUpdate(): Promise<void> {
    // Heavy once it can draw (`settled` also needs the drawing, made in this very update).
    const heavy = !!(this.geo && this.outlines && this.#width && this.shows(this.#data));
    return this.#ownTask.run(this.locale.tag, heavy, () => super.scheduleUpdate());
  }

  protected override get settled(): boolean {
    return this.#ready;
  }

  /** Everything the drawn map needs is there: strings, drawing code, outlines, the drawing, the data. */
  get #ready(): boolean {
    return !!(this.geo && this.outlines && this.#drawn && this.shows(this.#data));
  }

  get #centers(): Center[] {
    return this.#data.state.value ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('centers')) this.#data.provide(this.centers);
    if (changed.has('view') || changed.has('src') || changed.has('centers')) this.zoom = undefined;
    // The server is handed the drawing code and outlines (src/render/).
    if (!isServer) this.#loadOutlines();
    const { geo, outlines } = this;
    const width = this.#width;
    // Nothing is drawn while the data loads (the skeleton shows): a world view drawn first would
    // be thrown away a moment later.
    if (!geo || !outlines || !width || this.#data.state.status === 'loading') return;
    const { view, zoom } = this;
    const input = drawingInput(this.#centers, { width, origin: this.showOrigin, view, zoom });
    // Only when what is drawn changes, not on every focus move or selection.
    const key = `${outlines.projection} ${JSON.stringify(input)}`;
    if (key === this.#drawnKey) return;
    this.#drawnKey = key;
    this.#drawn = geo.drawMap(outlines, input);
    // A label whose marker is gone (zoomed, resized into a group) is closed, not left to reopen.
    const open = this.#labels.open;
    if (open && !this.#drawn.clusters.some((cluster) => cluster.ids.join(' ') === open)) this.#labels.hide();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Marker positions go through the CSSOM: a style attribute (even styleMap's first render)
    // is an inline style, which a strict CSP (style-src 'self') blocks.
    for (const mark of this.renderRoot.querySelectorAll<HTMLElement>('.markers [data-x]')) {
      mark.style.left = `${mark.dataset.x}%`;
      mark.style.top = `${mark.dataset.y}%`;
    }
    this.#labels.place(this.#box.value);
    this.#places.place(this.#box.value);
    const wiring = changed.has('selected') || changed.has('for') || changed.has('centers');
    // A saved or embedded copy shown while the network is asked (stale) has the selected centre
    // too: a linked card waiting for it would otherwise say "Choose a centre" until the answer.
    const { status } = this.#data.state;
    if (wiring || status === 'loaded' || status === 'stale') this.#updateCard();
  }

  /** The `for` wiring: the card with that id shows the selected centre. */
  #updateCard(): void {
    if (this.for)
      showInCard(
        this,
        this.for,
        this.#centers.find((center) => center.id === this.selected),
      );
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
    const ready = this.#ready;
    // Until the drawing is ready the map says it is loading, whatever the data's state.
    let message = '';
    if (t) message = ready ? this.stateMessage(this.#data, t, t.map) : t.map.loading;
    return html`<div part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${!ready}>
      <div part="map" class="map" dir="ltr">${ready && t ? this.#renderMap(locale.tag, locale.dir, t.map) : this.#renderSkeleton()}</div>
      ${this.zoom && t ? html`<button part="reset-button" @click=${() => (this.zoom = undefined)}>${t.map.reset}</button>` : nothing}
      ${this.renderState(this.#data, t, message, !ready && status !== 'error')}
      ${
        t && this.#centers.length
          ? renderCenterList({
              centers: this.#centers,
              tag: locale.tag,
              text: t.map,
              shown: this.showList,
              selected: this.selected,
              onSelect: (id) => this.select(id),
            })
          : nothing
      }
    </div>`;
  }

  #renderMap(tag: string, dir: Locale['dir'], text: MapStrings): TemplateResult {
    const drawn = this.#drawn as MapOutput;
    const outlines = this.outlines as Outlines;
    const width = this.#width;
    const height = Math.round(width * ASPECT);
    const byId = new Map(this.#centers.map((center) => [center.id, center]));
    const planned = this.showPlanned ? this.#centers.filter((center) => center.status === 'planned') : [];
    const land = landShapes(outlines, new Set(planned.map((center) => center.country)));
    const markers = visibleMarkers(drawn, byId, { width, height, margin: MARKER_SIZE / 2 });
    const focus = Math.min(this.focusIndex, markers.length - 1);
    // Shenzhen, when it is in view: its mark and, first of all the names, its name.
    const origin = drawn.origin && { x: (drawn.origin.x / width) * 100, y: (drawn.origin.y / height) * 100 };
    const shown = origin && origin.x >= 0 && origin.x <= 100 && origin.y >= 0 && origin.y <= 100 ? origin : undefined;
    // The cities' names are placed by measuring them, which only a browser can: a prerendered map
    // shows Shenzhen's alone.
    const names = [
      ...(shown ? [{ ...shown, text: text.origin }] : []),
      ...(isServer ? [] : placeNames(markers, tag, text)),
    ];
    return html`<svg viewBox=${drawn.viewBox.join(' ')} width=${PREFERRED.width} height=${PREFERRED.height} aria-hidden="true" focusable="false">
        <g part="land"><path d=${land.rest}></path>${land.shaded.map((d) => svg`<path d=${d} class="planned"></path>`)}</g>
        <path part="borders" d=${outlines.borders}></path>
        ${drawn.arcs ? svg`<path part="links" d=${drawn.arcs}></path>` : nothing}
      </svg>
      ${drawn.arcs ? html`<p class="sr-only">${text.links}</p>` : nothing}
      <div class="markers" role="group" aria-label=${text.label} @keydown=${this.#onKey}>
        ${shown ? html`<span part="origin" data-x=${shown.x.toFixed(3)} data-y=${shown.y.toFixed(3)} aria-hidden="true"></span>` : nothing}
        ${renderPlaceNames(names, dir)}
        ${markers.map((marker, index) => {
          const { id, members } = marker;
          const one = members.length === 1 ? members[0] : undefined;
          const label = one ? markerName(one, tag, text) : clusterName(members, tag, text);
          const selected = !!one && one.id === this.selected;
          const state = { label, selected, tabStop: index === focus, open: this.#labels.open === id, dir };
          return renderMarker(marker, state, {
            focus: (event) => this.#onFocus(event, index, id),
            blur: () => this.#labels.hide(id),
            hover: (entering) => (entering ? this.#labels.show(id) : this.#labels.hide(id)),
            click: (event) => this.#activate(event, id, one),
          });
        })}
      </div>`;
  }

  /** The map's placeholder while it loads: the map's own size, so nothing moves when it is drawn. */
  #renderSkeleton(): TemplateResult {
    return html`<svg class="bone" width=${PREFERRED.width} height=${PREFERRED.height} aria-hidden="true"></svg>`;
  }

  /** Arrow keys, Home and End move between markers (one tab stop); Escape closes a label, then the selection. */
  #onKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="marker"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = nextIndex(event.key, index, buttons.length);
    if (event.key === 'Escape') {
      // Dismissing the label comes first (WCAG 1.4.13), the selection only on a second press.
      if (this.#labels.open) this.#labels.hide();
      else this.select(null);
    } else if (next !== undefined) {
      const target = buttons[next];
      this.focusIndex = next;
      target.focus();
      // Moved by a key, so its label shows, as keyboard focus does: WebKit does not count focus()
      // from a key handler as :focus-visible.
      if (target.dataset.id) this.#labels.show(target.dataset.id);
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

interface LandShapes {
  /** The shaded countries' ids, sorted: what the shapes were made for. */
  key: string;
  /** Every country but the shaded ones, as one path. */
  rest: string;
  /** One path per shaded country. */
  shaded: string[];
}

const shapesByOutlines = new WeakMap<Outlines, LandShapes>();

/**
 * The land as one path, plus one per shaded country: a few elements to create and lay out instead
 * of 176 (the bulk of the map's first drawing), and no hairline seams where two neighbours'
 * translucent fills meet. Made once per outlines and shaded set.
 */
function landShapes(outlines: Outlines, shaded: Set<string>): LandShapes {
  const key = [...shaded].sort().join(' ');
  let shapes = shapesByOutlines.get(outlines);
  if (shapes?.key !== key) {
    const rest: string[] = [];
    const own: string[] = [];
    for (const [id, d] of outlines.countries) (shaded.has(id) ? own : rest).push(d);
    shapesByOutlines.set(outlines, (shapes = { key, rest: rest.join(''), shaded: own }));
  }
  return shapes;
}

function warnNotLoaded(err: unknown): void {
  console.warn('sz-widgets: <sz-center-map> could not load its map code:', err);
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-center-map': SzCenterMap;
  }
}
