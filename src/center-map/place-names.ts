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
 * it, else nowhere: a name never covers a marker, another name or the map's edge. Measured once
 * per layout of names and map width, so a focus move or a selection costs nothing.
 */
export class PlaceNames {
  #layout = '';

  constructor(private readonly host: Host) {}

  place(): void {
    const root = this.host.renderRoot;
    const names = [...root.querySelectorAll<HTMLElement>('.place')];
    const map = root.querySelector('.map');
    if (!map) return;
    const box = map.getBoundingClientRect();
    const layout = `${box.width} ${names.map((n) => `${n.dataset.x},${n.dataset.y},${n.textContent}`).join(' ')}`;
    if (layout === this.#layout) return;
    this.#layout = layout;
    for (const name of names) name.classList.remove('before', 'hidden');
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
