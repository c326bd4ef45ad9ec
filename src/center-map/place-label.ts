// Where a marker's open label goes: measured, because its size depends on its language and the
// page's font.

/** Between a marker and its label, and between a label and the map's edge, in px. */
const GAP = 4;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The area two rectangles share. */
export const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Along one axis: `start` moved into [min, max - length]; against min when it is longer than the room. */
const fit = (start: number, length: number, min: number, max: number) => Math.max(min, Math.min(start, max - length));

export interface LabelPlace {
  /** The open label, inside its marker. */
  label: HTMLElement;
  marker: HTMLElement;
  /** The map's box, and its width in CSS px. */
  map: Element;
  mapWidth: number;
  /** The other markers, which the label should cover as few of as it can. */
  others: Element[];
}

/**
 * Puts the label where it stays inside the map's box (so no overflow of the page's clips it, and
 * it stays on screen wherever the map is) and covers the fewest other markers: above the marker,
 * else below, right or left, shifted along the edge it is on.
 */
export function placeLabel({ label, marker, map, mapWidth, others }: LabelPlace): void {
  const box = map.getBoundingClientRect();
  label.style.setProperty('--_tip-max', `${Math.max(0, mapWidth - 2 * GAP)}px`);
  // Rectangles in the map's own coordinates, in screen px.
  const local = (r: DOMRect): Rect => ({
    left: r.left - box.left,
    top: r.top - box.top,
    right: r.right - box.left,
    bottom: r.bottom - box.top,
  });
  const at = local(marker.getBoundingClientRect());
  const { width, height } = label.getBoundingClientRect();
  // Screen px per CSS px: a page may scale the widget with a transform.
  const scale = marker.offsetWidth ? (at.right - at.left) / marker.offsetWidth : 1;
  const gap = GAP * scale;
  const room: Rect = { left: gap, top: gap, right: box.width - gap, bottom: box.height - gap };
  const x = fit((at.left + at.right - width) / 2, width, room.left, room.right);
  const y = fit((at.top + at.bottom - height) / 2, height, room.top, room.bottom);
  const candidates = [
    [x, at.top - gap - height],
    [x, at.bottom + gap],
    [at.right + gap, y],
    [at.left - gap - width, y],
  ].map(([left, top]): Rect => ({ left, top, right: left + width, bottom: top + height }));
  const covered = others.map((other) => local(other.getBoundingClientRect()));
  // What sticks out of the room weighs far more than what covers a neighbour.
  const cost = (c: Rect) =>
    (width * height - overlap(c, room)) * 1e6 + covered.reduce((sum, o) => sum + overlap(c, o), 0);
  const best = candidates.reduce((a, c) => (cost(c) < cost(a) ? c : a));
  // Relative to the marker (the label's containing block), in CSS px; in the room whatever won.
  label.style.setProperty('--_tip-x', `${(fit(best.left, width, room.left, room.right) - at.left) / scale}px`);
  label.style.setProperty('--_tip-y', `${(fit(best.top, height, room.top, room.bottom) - at.top) / scale}px`);
}
