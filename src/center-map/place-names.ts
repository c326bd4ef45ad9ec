import { html, type TemplateResult } from 'lit';
import type { MapStrings } from '../i18n/strings.js';
import type { Locale } from '../shared/locale.js';
import type { Marker } from './map-layout.js';
import { placeOf } from './map-names.js';
import { overlap, type Rect } from './place-label.js';

type Host = HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** Space between a marker's centre and its city's name, in px: past the marker's 28 px target. */
const GAP = 16;

/** A name for the map: where it goes (in % of the map box, as the markers) and what it says. */
export interface PlaceName {
  x: number;
  y: number;
  text: string;
}

/** The city of each single-centre marker (a group's names are in its label), aria-hidden: the marker says it. */
export function placeNames(markers: Marker[], tag: string, text: MapStrings): PlaceName[] {
  return markers.flatMap((marker) => {
    const city = marker.members.length === 1 ? placeOf(marker.members[0], tag, text).city : '';
    return city ? [{ x: marker.x, y: marker.y, text: city }] : [];
  });
}

/** The names, placed by PlaceNames after they are on the page. */
export function renderPlaceNames(names: PlaceName[], dir: Locale['dir']): TemplateResult[] {
  return names.map(
    ({ x, y, text }) =>
      html`<span part="place" class="place" data-x=${x.toFixed(3)} data-y=${y.toFixed(3)} dir=${dir} aria-hidden="true"
        >${text}</span
      >`,
  );
}

const inside = (a: Rect, b: Rect) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * Puts each name beside its marker, after it in the text's direction where it fits, else before
 * it, else nowhere: a name never covers a marker, another name or the map's edge.
 *
 * Measuring after a render would make the browser lay out the whole host page there and then
 * (everything the other widgets and the page changed too) inside the map's task. So a render only
 * hides the names whose layout changed, with no measuring; they are measured and shown in the task
 * after the next frame, when the page's layout is done and only theirs is new. Once per layout of
 * names and map width: a focus move or a selection costs nothing.
 */
export class PlaceNames {
  #layout = '';
  /** The placement waiting for the next frame, if any. */
  #pending?: Promise<void>;

  constructor(private readonly host: Host) {}

  /** After a render: hides the names and measures them after the next frame, if their layout changed. */
  place(mapWidth: number): void {
    const names = this.#names();
    const layout = `${mapWidth} ${names.map((n) => `${n.dataset.x},${n.dataset.y},${n.textContent}`).join(' ')}`;
    if (layout === this.#layout) return;
    this.#layout = layout;
    for (const name of names) name.classList.add('hidden');
    this.#pending ??= afterNextFrame().then(() => {
      this.#pending = undefined;
      this.#measure();
    });
  }

  /** Resolves once no placement is waiting: what `updateComplete` awaits. */
  get settled(): Promise<void> | undefined {
    return this.#pending;
  }

  #names(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('.place')];
  }

  #measure(): void {
    const root = this.host.renderRoot;
    const map = root.querySelector('.map');
    // Taken off the page meanwhile: placed again when it renders there.
    if (!map || !this.host.isConnected) return void (this.#layout = '');
    const names = this.#names();
    for (const name of names) name.classList.remove('before', 'hidden');
    const box = map.getBoundingClientRect();
    const taken: Rect[] = [...root.querySelectorAll('[part~="marker"], [part~="origin"]')].map((mark) =>
      mark.getBoundingClientRect(),
    );
    for (const name of names) {
      const after = name.getBoundingClientRect();
      const rtl = name.dir === 'rtl';
      // The other side: mirrored about the marker's centre.
      const shift = rtl ? after.width + 2 * GAP : -(after.width + 2 * GAP);
      const before = { left: after.left + shift, right: after.right + shift, top: after.top, bottom: after.bottom };
      const fits = (b: Rect) => inside(b, box) && !taken.some((t) => overlap(b, t) > 0);
      const chosen = [after, before].find(fits);
      if (chosen === before) name.classList.add('before');
      if (chosen) taken.push(chosen);
      else name.classList.add('hidden');
    }
  }
}

/**
 * The task after the next frame is drawn (the page's layout is then up to date); on a hidden page,
 * which draws no frames, a short timer instead.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
