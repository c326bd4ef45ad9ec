// The map's geometry for one size of map: which part of the world is in view, where the markers
// go, and which markers merge into a group. The country outlines were projected at build time
// (outlines/<projection>.ts, from scripts/build-geometry.mjs): here they are only framed, by the
// svg's viewBox. Markers and arcs take the same path through d3-geo's raw projection formulas and
// the outlines' linear transform, so they sit exactly where the build put the land. Pure
// computation, no DOM; <sz-center-map> loads it with import() with the outlines it needs.
import { geoEqualEarthRaw, geoInterpolate, geoMercatorRaw, geoNaturalEarth1Raw } from 'd3-geo';
import type { GeoRawProjection } from 'd3-geo';

export type ProjectionName = 'equal-earth' | 'natural-earth' | 'mercator';

/** One projection's country outlines, as scripts/build-geometry.mjs writes them. */
export interface Outlines {
  projection: ProjectionName;
  /** d3's scale and translate for the outlines' space: x = tx + k·x', y = ty − k·y' of the raw projection. */
  scale: number;
  translate: [number, number];
  /** The land's bounding box in the outlines' space: x0, y0, x1, y1. */
  bounds: [number, number, number, number];
  /** [alpha-2 id, SVG path data] per country. */
  countries: [string, string][];
  /** Borders between countries (interior boundaries), one path. */
  borders: string;
}

export interface MapInput {
  /** px, ≥ 1 */
  width: number;
  /** px, ≥ 1 */
  height: number;
  /** Positions to fit in view ([lon, lat]); empty or undefined: the whole world. */
  fit?: [number, number][];
  /** Inner margin in px kept around the fitted positions (markers must not be cut off). */
  margin: number;
  markers: { id: string; coordinates: [number, number] }[];
  /** Markers closer than this in px (centre to centre) merge into a cluster. */
  mergeDistance: number;
  /** A place marked on its own (not a marker, never grouped), with great-circle links to `links`. */
  origin?: { coordinates: [number, number]; links: [number, number][] };
}

export interface MapOutput {
  /** The part of the outlines' space in view, for the svg's viewBox: x, y, width, height. */
  viewBox: [number, number, number, number];
  /**
   * Projected marker positions in px (x right, y down), same order as input. A marker whose
   * coordinates are not finite numbers has no position and is left out (of clusters too).
   */
  points: { id: string; x: number; y: number }[];
  /**
   * Markers grouped so that no two groups are closer than mergeDistance (centre to centre); a lone
   * marker is a group of one. x,y: the group's position (mean of members, px).
   */
  clusters: { ids: string[]; x: number; y: number }[];
  /** The origin's position in px, when there is one and it can be placed. */
  origin?: { x: number; y: number };
  /** The great-circle links from the origin as one path, in the outlines' space ('' when none). */
  arcs: string;
}

/** Most a fitted view zooms in, relative to the world view: nearby cities keep some map around them. */
const MAX_ZOOM = 8;
/** Zoom of a view fitted to a single position. */
const SINGLE_ZOOM = 4;
/** Points per great-circle link: smooth at any zoom the map allows. */
const ARC_STEPS = 48;

const RAW: Record<ProjectionName, GeoRawProjection> = {
  'equal-earth': geoEqualEarthRaw,
  'natural-earth': geoNaturalEarth1Raw,
  mercator: geoMercatorRaw,
};
const RADIANS = Math.PI / 180;

const round1 = (v: number): number => Math.round(v * 10) / 10;
const round2 = (v: number): number => Math.round(v * 100) / 100;
const finite = (p: readonly number[]): p is [number, number] => Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** A position in the outlines' space, or null where the projection has none (Mercator's poles). */
export function project(outlines: Outlines, [lon, lat]: [number, number]): [number, number] | null {
  if (!finite([lon, lat])) return null;
  const [x, y] = RAW[outlines.projection](lon * RADIANS, lat * RADIANS);
  const p: [number, number] = [outlines.translate[0] + outlines.scale * x, outlines.translate[1] - outlines.scale * y];
  return finite(p) ? p : null;
}

/**
 * Offset along one axis that puts a span of points [p0, p1] in view [a, b], centred where it
 * can be, without uncovering the world's edge [w0, w1] when the world is larger than the view.
 * The points lie inside the world and fit in the view, so the result keeps them in view.
 */
function offset(a: number, b: number, p0: number, p1: number, w0: number, w1: number): number {
  if (w1 - w0 <= b - a) return (a + b - w0 - w1) / 2;
  const centred = (a + b - p0 - p1) / 2;
  return Math.min(a - w0, Math.max(b - w1, centred));
}

/** px = k·unit + [ox, oy]: the view of the outlines' space in a box of the input's size. */
interface View {
  k: number;
  ox: number;
  oy: number;
}

/** Frames the view: the whole land, or the fitted positions (already in the outlines' space). */
function frame(outlines: Outlines, fit: [number, number][], width: number, height: number, margin: number): View {
  const [l0x, l0y, l1x, l1y] = outlines.bounds;
  const [ax, ay, bx, by] = [margin, margin, width - margin, height - margin];
  const worldK = Math.min((bx - ax) / (l1x - l0x), (by - ay) / (l1y - l0y));
  const distinct = [...new Map(fit.map((p) => [`${p[0]},${p[1]}`, p])).values()];
  if (distinct.length === 0) {
    // The whole land in the box, centred.
    return {
      k: worldK,
      ox: ax + (bx - ax - worldK * (l1x + l0x)) / 2,
      oy: ay + (by - ay - worldK * (l1y + l0y)) / 2,
    };
  }
  const xs = distinct.map((p) => p[0]);
  const ys = distinct.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One position, or positions that coincide on the map (an infinite fit): the closest view.
  const fitK = distinct.length === 1 ? worldK * SINGLE_ZOOM : Math.min((bx - ax) / (x1 - x0), (by - ay) / (y1 - y0));
  const k = Math.min(worldK * MAX_ZOOM, Math.max(worldK, fitK));
  // The "world" spans the positions too: a position off the land's outline (a far islet, the
  // open sea) must not be pushed out of view by the rule that keeps the land's edge covered.
  return {
    k,
    ox: offset(ax, bx, k * x0, k * x1, k * Math.min(l0x, x0), k * Math.max(l1x, x1)),
    oy: offset(ay, by, k * y0, k * y1, k * Math.min(l0y, y0), k * Math.max(l1y, y1)),
  };
}

/**
 * Great circles from `from` to each of `to`, sampled and projected, as path data in the outlines'
 * space. A link that crosses the map's edge (the antimeridian) is cut there, not drawn across.
 */
function arcPath(outlines: Outlines, from: [number, number], to: [number, number][]): string {
  let d = '';
  const edge = (outlines.bounds[2] - outlines.bounds[0]) / 2;
  for (const target of to) {
    const along = geoInterpolate(from, target);
    let last: [number, number] | null = null;
    for (let n = 0; n <= ARC_STEPS; n++) {
      const p = project(outlines, along(n / ARC_STEPS));
      if (!p) {
        last = null;
        continue;
      }
      const jump = last && Math.abs(p[0] - last[0]) > edge;
      d += `${!last || jump ? 'M' : 'L'}${round1(p[0])} ${round1(p[1])}`;
      last = p;
    }
  }
  return d;
}

/** The view, markers and groups for a box of `input`'s size, over `outlines`. */
export function drawMap(outlines: Outlines, input: MapInput): MapOutput {
  const width = Math.max(1, input.width || 0);
  const height = Math.max(1, input.height || 0);
  // A margin larger than the box allows would turn the extent inside out.
  const margin = Math.max(0, Math.min(input.margin || 0, (width - 1) / 2, (height - 1) / 2));
  const fit = (input.fit ?? []).map((p) => project(outlines, p)).filter((p): p is [number, number] => !!p);
  const { k, ox, oy } = frame(outlines, fit, width, height, margin);

  const points: MapOutput['points'] = [];
  for (const { id, coordinates } of input.markers) {
    const p = project(outlines, coordinates);
    if (p) points.push({ id, x: round1(k * p[0] + ox), y: round1(k * p[1] + oy) });
  }
  const { origin } = input;
  const from = origin && project(outlines, origin.coordinates);
  return {
    viewBox: [round2(-ox / k), round2(-oy / k), round2(width / k), round2(height / k)],
    points,
    clusters: cluster(points, input.mergeDistance),
    ...(from && { origin: { x: round1(k * from[0] + ox), y: round1(k * from[1] + oy) } }),
    arcs: origin && from ? arcPath(outlines, origin.coordinates, origin.links) : '',
  };
}

/**
 * Greedy clustering in screen space, exported for tests: merge any two groups closer than
 * `size` until none is.
 *
 * The closest pair merges first, so groups stay as local as they can; a group sits at the mean
 * of its members (rounded to 0.1 px, the same rounding as the output, so the guarantee holds for
 * the numbers returned). Ties go to the pair that comes first in input order, and groups keep the
 * order of their first member: the same input always gives the same groups.
 */
export function cluster(
  points: { id: string; x: number; y: number }[],
  size: number,
): { ids: string[]; x: number; y: number }[] {
  const groups = points.map((p, n) => ({ members: [n], sx: p.x, sy: p.y, x: p.x, y: p.y }));
  const alive = groups.map(() => true);
  const limit = size > 0 ? size * size : 0;
  const d2 = (i: number, j: number): number => (groups[i].x - groups[j].x) ** 2 + (groups[i].y - groups[j].y) ** 2;

  // Each group's nearest other group (lowest index on ties): one merge costs O(n), not O(n²).
  const near = groups.map(() => ({ j: -1, d: Infinity }));
  const findNear = (i: number): void => {
    let best = { j: -1, d: Infinity };
    for (let j = 0; j < groups.length; j++) {
      if (j !== i && alive[j]) {
        const d = d2(i, j);
        if (d < best.d) best = { j, d };
      }
    }
    near[i] = best;
  };
  groups.forEach((_, i) => findNear(i));

  for (;;) {
    let i = -1;
    for (let k = 0; k < groups.length; k++) {
      if (alive[k] && near[k].d < limit && (i < 0 || near[k].d < near[i].d)) i = k;
    }
    if (i < 0) break;
    // Keep the earlier group, so members and groups stay in input order.
    const j = Math.max(i, near[i].j);
    i = Math.min(i, near[i].j);
    const a = groups[i];
    const b = groups[j];
    alive[j] = false;
    a.members = [...a.members, ...b.members].sort((m, n) => m - n);
    a.sx += b.sx;
    a.sy += b.sy;
    a.x = round1(a.sx / a.members.length);
    a.y = round1(a.sy / a.members.length);
    findNear(i);
    for (let k = 0; k < groups.length; k++) {
      if (k === i || !alive[k]) continue;
      if (near[k].j === i || near[k].j === j) findNear(k);
      else {
        const d = d2(k, i);
        if (d < near[k].d || (d === near[k].d && i < near[k].j)) near[k] = { j: i, d };
      }
    }
  }
  return groups
    .filter((_, k) => alive[k])
    .map(({ members, x, y }) => ({ ids: members.map((n) => points[n].id), x, y }));
}
