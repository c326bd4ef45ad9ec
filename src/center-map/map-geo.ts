// The map's geometry: projects the world and the markers for one size of map and groups markers
// that would overlap. Pure computation, no DOM; <sz-center-map> loads it with import() so that
// d3-geo, topojson-client and the country shapes are fetched only when a map is on the page.
import { geoEqualEarth, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPoint } from 'geojson';
// Natural Earth 1:110m countries, alpha-2 ids, no Antarctica: see scripts/build-geometry.mjs.
import world from './world.js';

export type ProjectionName = 'equal-earth' | 'natural-earth' | 'mercator';

export interface MapInput {
  /** px, ≥ 1 */
  width: number;
  /** px, ≥ 1 */
  height: number;
  projection: ProjectionName;
  /** Positions to fit in view ([lon, lat]); empty or undefined: the whole world. */
  fit?: [number, number][];
  /** Inner margin in px kept around the fitted positions (markers must not be cut off). */
  margin: number;
  markers: { id: string; coordinates: [number, number] }[];
  /** Markers closer than this in px (centre to centre) merge into a cluster. */
  mergeDistance: number;
}

export interface MapOutput {
  /** One SVG path (d attribute) per country, id = alpha-2 code; '' when it is wholly out of view. */
  countries: { id: string; d: string }[];
  /** Borders between countries (topojson mesh of interior boundaries), one path. */
  borders: string;
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
}

/** Most a fitted view zooms in, relative to the world view: nearby cities keep some map around them. */
const MAX_ZOOM = 8;
/** Zoom of a view fitted to a single position. */
const SINGLE_ZOOM = 4;
/** Paths are clipped a little outside the box, so a stroke never runs along the edge of the view. */
const CLIP_PAD = 4;

const projections: Record<ProjectionName, () => GeoProjection> = {
  'equal-earth': geoEqualEarth,
  'natural-earth': geoNaturalEarth1,
  mercator: geoMercator,
};

interface Geometry {
  countries: Feature[];
  borders: MultiLineString;
}

// The only module state: the shapes, parsed from TopoJSON once, on the first drawMap().
let parsed: Geometry | undefined;

function geometry(): Geometry {
  if (!parsed) {
    // The JSON's inferred type is structural (strings, number arrays); it is a TopoJSON topology.
    const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
    const land = feature(topology, topology.objects.countries);
    // a !== b: arcs shared by two different countries, i.e. land borders, not coastlines.
    const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
    parsed = { countries: land.features, borders };
  }
  return parsed;
}

type Box = [[number, number], [number, number]];

const round1 = (v: number): number => Math.round(v * 10) / 10;
const finite = (p: readonly number[]): p is [number, number] => Number.isFinite(p[0]) && Number.isFinite(p[1]);

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

/** d3's own reference scale for fitting (projection.fitExtent measures at it). */
const REF_SCALE = 150;

interface Reference {
  /** The land's bounds at REF_SCALE and no translation. */
  land: Box;
  /** Each country's, same order as the features. */
  countries: Box[];
}

// Bounds at REF_SCALE and no translation, per projection. Every frame is a scale and a shift of
// these, so the world is measured once per projection rather than on every draw (a resize or a
// zoom then costs only the drawing), and countries wholly out of view are not drawn at all.
const references = new Map<ProjectionName, Reference>();

function reference(name: ProjectionName, projection: GeoProjection, countries: Feature[]): Reference {
  let ref = references.get(name);
  if (!ref) {
    const measure = geoPath(projection.scale(REF_SCALE).translate([0, 0]));
    const each = countries.map((f) => measure.bounds(f));
    const land: Box = [
      [Math.min(...each.map((b) => b[0][0])), Math.min(...each.map((b) => b[0][1]))],
      [Math.max(...each.map((b) => b[1][0])), Math.max(...each.map((b) => b[1][1]))],
    ];
    ref = { land, countries: each };
    references.set(name, ref);
  }
  return ref;
}

/** Frames the view: sets the projection's scale and translate. */
function frame(projection: GeoProjection, land: Box, fit: [number, number][], box: Box): void {
  const [[r0x, r0y], [r1x, r1y]] = land;
  const [[ax, ay], [bx, by]] = box;
  // The whole world in the box, centred: what projection.fitExtent(box, land) computes.
  const fitWorld = (): void => {
    const k = Math.min((bx - ax) / (r1x - r0x), (by - ay) / (r1y - r0y));
    projection
      .scale(REF_SCALE * k)
      .translate([ax + (bx - ax - k * (r1x + r0x)) / 2, ay + (by - ay - k * (r1y + r0y)) / 2]);
  };
  fitWorld();
  const worldScale = projection.scale();
  const distinct = [...new Map(fit.map((p) => [`${p[0]},${p[1]}`, p])).values()];
  if (distinct.length === 0) return;

  let scale = worldScale * SINGLE_ZOOM;
  if (distinct.length > 1) {
    const multi: MultiPoint = { type: 'MultiPoint', coordinates: distinct };
    scale = projection.fitExtent(box, multi).scale();
    // Positions that project to one pixel give an infinite (or NaN) scale: the closest view.
    if (!Number.isFinite(scale)) scale = Infinity;
  }
  scale = Math.min(worldScale * MAX_ZOOM, Math.max(worldScale, scale));

  // At this scale with no translation, where do the world and the positions fall?
  projection.scale(scale).translate([0, 0]);
  const f = scale / REF_SCALE;
  const [w0x, w0y, w1x, w1y] = [r0x * f, r0y * f, r1x * f, r1y * f];
  const projected = distinct.map((p) => projection(p)).filter((q): q is [number, number] => !!q && finite(q));
  // Only unprojectable positions (a latitude past the pole in Mercator): the world view.
  if (projected.length === 0) {
    fitWorld();
    return;
  }
  const xs = projected.map((q) => q[0]);
  const ys = projected.map((q) => q[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // The "world" spans the positions too: a position off the land's outline (a far islet, the
  // open sea) must not be pushed out of view by the rule that keeps the land's edge covered.
  projection.translate([
    offset(ax, bx, x0, x1, Math.min(w0x, x0), Math.max(w1x, x1)),
    offset(ay, by, y0, y1, Math.min(w0y, y0), Math.max(w1y, y1)),
  ]);
}

/** Whether a country's reference bounds, framed as the projection now is, reach into the view. */
function viewTest(projection: GeoProjection, width: number, height: number): (bounds: Box) => boolean {
  const k = projection.scale() / REF_SCALE;
  const [tx, ty] = projection.translate();
  // The reference bounds were resampled to within d3's precision (0.71 px) at REF_SCALE; scaled
  // up k times, the true outline may reach up to k px further: that much slack, and a pixel more.
  const pad = CLIP_PAD + 1 + k;
  return ([[x0, y0], [x1, y1]]) =>
    x0 * k + tx <= width + pad && x1 * k + tx >= -pad && y0 * k + ty <= height + pad && y1 * k + ty >= -pad;
}

/** `cull: false` draws every country through d3's clipping alone (the tests compare the two). */
export function drawMap(input: MapInput, cull = true): MapOutput {
  const { countries, borders } = geometry();
  const width = Math.max(1, input.width || 0);
  const height = Math.max(1, input.height || 0);
  // A margin larger than the box allows would turn the extent inside out.
  const margin = Math.max(0, Math.min(input.margin || 0, (width - 1) / 2, (height - 1) / 2));
  const box: Box = [
    [margin, margin],
    [width - margin, height - margin],
  ];

  const name = input.projection in projections ? input.projection : 'equal-earth';
  const projection = projections[name]();
  const ref = reference(name, projection, countries);
  frame(projection, ref.land, (input.fit ?? []).filter(finite), box);
  projection.clipExtent([
    [-CLIP_PAD, -CLIP_PAD],
    [width + CLIP_PAD, height + CLIP_PAD],
  ]);
  const path = geoPath(projection).digits(1);

  const points: MapOutput['points'] = [];
  for (const { id, coordinates } of input.markers) {
    const p = finite(coordinates) ? projection(coordinates) : null;
    if (p && finite(p)) points.push({ id, x: round1(p[0]), y: round1(p[1]) });
  }

  const inView = viewTest(projection, width, height);
  return {
    countries: countries.map((f, i) => ({
      id: String(f.id),
      d: !cull || inView(ref.countries[i]) ? (path(f) ?? '') : '',
    })),
    borders: path(borders) ?? '',
    points,
    clusters: cluster(points, input.mergeDistance),
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
