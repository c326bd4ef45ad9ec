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
 * The map's preferred width where the page sizes it by its content (a float, a flex row, a table
 * cell): the svg's width and height attributes, which CSS then scales to the box. As a picture
 * with a percentage width, it still shrinks to any narrower column.
 */
const PREFERRED = { width: 560, height: Math.round(560 * ASPECT) };
/** Between a marker and its label, and between a label and the map's edge, in px. */
const TIP_GAP = 4;

interface Rect {
  l: number;
  t: number;
  r: number;
  b: number;
}

/** The area two rectangles share. */
const overlap = (a: Rect, o: Rect): number => Math.max(0, Math.min(a.r, o.r) - Math.max(a.l, o.l)) * Math.max(0, Math.min(a.b, o.b) - Math.max(a.t, o.t));

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
 * @attr [theme=none: the page's colours] - `light` or `dark` forces that palette, with a surface of its own (the boxed look); `auto` follows the page's `color-scheme` (`light dark` on the page: the visitor's system setting; none: light, as the page is).
 * @attr [variant=none: part of the page] - `card`: the boxed look, a surface of its own with padding and rounded corners. By default the widget has no background and no outer padding, and takes the page's text colour and size.
 * @attr [timeout=10] - Seconds before a load is given up.
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
    variant: { reflect: true },
    timeout: { type: Number },
    centers: { attribute: false },
    width: { state: true },
    zoom: { state: true },
    focusIndex: { state: true },
    geo: { state: true },
    tip: { state: true },
  };

  declare src: string | null;
  declare selected: string | null;
  declare for: string | null;
  declare view: 'data' | 'world';
  // Spelled out for the manifest (see the news list's dateStyle); map-geo's type checks them.
  declare projection: 'equal-earth' | 'natural-earth' | 'mercator';
  declare showList: boolean;
  declare showPlanned: boolean;
  declare theme: 'light' | 'dark' | 'auto' | null;
  declare variant: 'card' | null;
  declare timeout: number;
  declare centers: Center[] | undefined;
  declare private width: number;
  /** The members of the group zoomed into, if any. */
  declare private zoom: string[] | undefined;
  /** The marker that takes the tab stop (roving tabindex). */
  declare private focusIndex: number;
  declare private geo: MapGeo | undefined;
  /** The data-id of the marker whose label is open, if any. */
  declare private tip: string | undefined;

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
  /** The open label was opened by a tap or click (the next one closes it), not by hover or focus. */
  private pinned = false;
  /** Whether the page-wide listeners that close an open label are attached. */
  private listening = false;

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
    // Back on a page later, the map starts with no label open.
    this.closeTip();
    this.listen(false);
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
    // A label whose marker is gone (zoomed, resized into a group) is closed, not left to reopen.
    if (this.tip && !this.drawn.clusters.some((cl) => cl.ids.join(' ') === this.tip)) this.closeTip();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.observeSize();
    // Marker positions go through the CSSOM: a style attribute (even styleMap's first render)
    // is an inline style, which a strict CSP (style-src 'self') blocks.
    for (const marker of this.renderRoot.querySelectorAll<HTMLElement>('[part~="marker"]')) {
      marker.style.left = `${marker.dataset.x}%`;
      marker.style.top = `${marker.dataset.y}%`;
    }
    if (this.tip) this.placeTip();
    this.listen(!!this.tip);
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

  /** A marker's name, "Tel Aviv, Israel — open" (a centre without a location has no marker). */
  private name(c: Center, locale: Locale, t: Strings['map']): string {
    const place = c.city ? pickLang(c.city, locale.tag)[0] : '';
    const country = c.country ? countryName(c.country, locale.tag) : '';
    const where = [place, country].filter(Boolean).join(', ') || pickLang(c.name, locale.tag)[0];
    return `${where} — ${c.status === 'open' ? t.open : t.planned}`;
  }

  /**
   * A list item: the place as its visible name ("Tel Aviv", "Evelyn (location not identified)",
   * or "France — planned" for a country with a centre planned and no name yet), then the country
   * and status under it. Read together they make the marker's form: "Tel Aviv, Israel — open".
   * The centres' full names all repeat "Shenzhen Overseas Innovation Centre", so they are left out.
   */
  private listEntry(c: Center, locale: Locale, t: Strings['map']): TemplateResult {
    const status = c.status === 'open' ? t.open : t.planned;
    const country = c.country ? countryName(c.country, locale.tag) : '';
    const city = c.city ? pickLang(c.city, locale.tag)[0] : '';
    // Spaces live inside the strings: the build's HTML minifier drops whitespace at a template's edges.
    if (!city && country) return html`<span class="name">${`${country} — ${status}`}</span>`;
    // Neither city nor country: only a centre whose location is unresolved; its name is all there is.
    const where = city || pickLang(c.name, locale.tag)[0];
    const name = c.locationUnresolved ? `${where} (${t.unresolved})` : where;
    const [separator, rest] = country ? [', ', `${country} — ${status}`] : [' — ', status];
    // The separator is for the accessible name only; on screen the rest is a line of its own.
    return html`<span class="name">${name}</span><span class="sr-only">${separator}</span><span class="where">${rest}</span>`;
  }

  protected override render(): TemplateResult {
    const locale = resolveLocale(this);
    const t = stringsFor(locale.ui, this);
    const m = t?.map;
    const ready = !!(m && this.geo && this.drawn && this.data.status !== 'loading');
    // Until the drawing is ready the map says it is loading, whatever the data's state.
    const message = !t || !m ? '' : !ready ? m.loading : stateMessage(this.data, t, locale, m.loading, m.empty);
    return html`<div part="base" lang=${locale.tag} dir=${locale.dir} aria-busy=${!ready}>
      <div part="map" class="map" dir="ltr">${ready && m ? this.renderMap(locale, m) : html`<svg class="bone" width=${PREFERRED.width} height=${PREFERRED.height} aria-hidden="true"></svg>`}</div>
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
    // Reading order: west to east, then north to south. Zoomed into a group, the centres out of
    // view get no marker (they would overflow the page and take focus unseen); the list has them.
    const inView = (v: number, max: number) => v >= MARKER / 2 && v <= max - MARKER / 2;
    const clusters = drawn.clusters.filter((cl) => inView(cl.x, width) && inView(cl.y, height)).sort((a, b) => a.x - b.x || a.y - b.y);
    const focus = Math.min(this.focusIndex, clusters.length - 1);
    return html`<svg viewBox="0 0 ${width} ${height}" width=${PREFERRED.width} height=${PREFERRED.height} aria-hidden="true" focusable="false">
        <g part="land">${drawn.countries.map((c) => svg`<path d=${c.d} class=${planned.has(c.id) ? 'planned' : ''}></path>`)}</g>
        <path part="borders" d=${drawn.borders}></path>
      </svg>
      <div class="markers" role="group" aria-label=${m.label} @keydown=${this.onKey}>
        ${clusters.map((cl, i) => {
          const members = cl.ids.map((id) => byId.get(id)).filter((c): c is Center => !!c);
          const one = members.length === 1 ? members[0] : undefined;
          const label = one ? this.name(one, locale, m) : m.cluster(members.length, members.map((c) => pickLang(c.city ?? c.name, locale.tag)[0]).join(', '));
          const selected = !!one && one.id === this.selected;
          const id = cl.ids.join(' ');
          return html`<button
            part="marker${selected ? ' selected' : ''}${one ? '' : ' cluster'}"
            class=${this.tip === id ? 'open' : ''}
            data-x=${((cl.x / width) * 100).toFixed(3)}
            data-y=${((cl.y / height) * 100).toFixed(3)}
            tabindex=${i === focus ? 0 : -1}
            aria-label=${label}
            aria-pressed=${ifDefined(one ? (selected ? 'true' : 'false') : undefined)}
            data-id=${id}
            @focus=${(e: FocusEvent) => this.onFocus(e, i, id)}
            @blur=${() => this.closeTip(id)}
            @pointerenter=${(e: PointerEvent) => e.pointerType === 'mouse' && this.openTip(id)}
            @pointerleave=${(e: PointerEvent) => e.pointerType === 'mouse' && this.closeTip(id)}
            @click=${(e: MouseEvent) => this.activate(e, id, one)}
          >${one ? nothing : members.length}<span class="tip" aria-hidden="true" dir=${locale.dir}>${label}</span></button>`;
        })}
      </div>`;
  }

  private renderList(locale: Locale, m: Strings['map']): TemplateResult {
    // Always in the accessibility tree; on screen (and in the tab order) with show-list.
    return html`<ul part="list" aria-label=${m.list} class=${this.showList ? '' : 'sr-only'}>
      ${this.list.map(
        (c) => html`<li>
          <button part="list-item" tabindex=${this.showList ? 0 : -1} aria-pressed=${c.id === this.selected ? 'true' : 'false'} @click=${() => this.select(c.id)}>${this.listEntry(c, locale, m)}</button>
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
      // Dismissing the label comes first (WCAG 1.4.13), the selection only on a second press.
      if (this.tip) this.closeTip();
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
  private onFocus(event: FocusEvent, index: number, id: string): void {
    this.focusIndex = index;
    if ((event.target as Element).matches(':focus-visible')) this.openTip(id);
  }

  /**
   * A tap or click selects the centre (or zooms into a group) and toggles its label: on touch
   * screens there is no hover to close it. Enter and Space (a click with detail 0) only select:
   * focus already shows the label.
   */
  private activate(event: MouseEvent, id: string, one: Center | undefined): void {
    if (!one) {
      this.closeTip();
      this.zoom = id.split(' ');
      return;
    }
    if (event.detail !== 0) {
      if (this.tip === id && this.pinned) this.closeTip();
      else this.openTip(id, true);
    }
    this.select(one.id);
  }

  private openTip(id: string, pinned = false): void {
    this.tip = id;
    this.pinned = pinned;
  }

  /** Closes the label of `id`, or whichever is open. */
  private closeTip(id?: string): void {
    if (id !== undefined && id !== this.tip) return;
    this.tip = undefined;
    this.pinned = false;
  }

  /** Page-wide, only while a label is open: a tap anywhere else or Escape closes it. */
  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) {
      document.addEventListener('pointerdown', this.onPagePointer, true);
      document.addEventListener('keydown', this.onPageKey);
    } else {
      document.removeEventListener('pointerdown', this.onPagePointer, true);
      document.removeEventListener('keydown', this.onPageKey);
    }
  }

  private readonly onPagePointer = (event: PointerEvent): void => {
    const open = this.renderRoot.querySelector('[part~="marker"].open');
    if (!open || !event.composedPath().includes(open)) this.closeTip();
  };

  // Bubbling, so the markers' own Escape (which closes the label first) has run and said so.
  private readonly onPageKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) this.closeTip();
  };

  /**
   * Puts the open label where it stays inside the map's box (so no overflow of the page's clips
   * it, and it stays on screen wherever the map is) and covers the fewest other markers: above
   * the marker, else below, right or left, shifted along the edge it is on. Measured, because the
   * label's size depends on its language and the page's font.
   */
  private placeTip(): void {
    const button = this.renderRoot.querySelector<HTMLElement>('[part~="marker"].open');
    const tip = button?.querySelector<HTMLElement>('.tip');
    const map = this.renderRoot.querySelector('.map');
    if (!button || !tip || !map) return;
    tip.style.setProperty('--_tip-max', `${Math.max(0, this.width - 2 * TIP_GAP)}px`);
    const box = map.getBoundingClientRect();
    // Rectangles in the map's own coordinates, in screen px.
    const local = (d: DOMRect): Rect => ({ l: d.left - box.left, t: d.top - box.top, r: d.right - box.left, b: d.bottom - box.top });
    const m = local(button.getBoundingClientRect());
    const { width: w, height: h } = tip.getBoundingClientRect();
    // Screen px per CSS px: a page may scale the widget with a transform.
    const k = button.offsetWidth ? (m.r - m.l) / button.offsetWidth : 1;
    const gap = TIP_GAP * k;
    const room: Rect = { l: gap, t: gap, r: box.width - gap, b: box.height - gap };
    // Along one axis, into the room; against its start when the label is longer than the room.
    const fit = (v: number, length: number, start: number, end: number) => Math.max(start, Math.min(v, end - length));
    const x = fit((m.l + m.r - w) / 2, w, room.l, room.r);
    const y = fit((m.t + m.b - h) / 2, h, room.t, room.b);
    const candidates = [
      [x, m.t - gap - h],
      [x, m.b + gap],
      [m.r + gap, y],
      [m.l - gap - w, y],
    ].map(([cx, cy]): Rect => ({ l: cx, t: cy, r: cx + w, b: cy + h }));
    const others = [...this.renderRoot.querySelectorAll('[part~="marker"]')].filter((o) => o !== button).map((o) => local(o.getBoundingClientRect()));
    // What sticks out of the room weighs far more than what covers a neighbour.
    const cost = (c: Rect) => (w * h - overlap(c, room)) * 1e6 + others.reduce((sum, o) => sum + overlap(c, o), 0);
    const best = candidates.reduce((a, c) => (cost(c) < cost(a) ? c : a));
    // Relative to the marker (the label's containing block), in CSS px; in the room whatever won.
    tip.style.setProperty('--_tip-x', `${(fit(best.l, w, room.l, room.r) - m.l) / k}px`);
    tip.style.setProperty('--_tip-y', `${(fit(best.t, h, room.t, room.b) - m.t) / k}px`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sz-center-map': SzCenterMap;
  }
}
