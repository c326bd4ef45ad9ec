// Builds the country outlines that <sz-center-map> draws: src/center-map/outlines/<projection>.ts,
// SVG path data projected here, at build time, once per projection the map offers. The browser
// then only scales and moves them (the svg's viewBox) and places markers by the same linear
// transform: no projection of the world at run time.
//
// Source: node_modules/world-atlas/countries-110m.json (world-atlas 2, made from Natural Earth
// 1:110m Admin 0 countries, public domain; https://www.naturalearthdata.com/).
// Regenerate after a world-atlas update, then commit the output:
//     node scripts/build-geometry.mjs
// The output is deterministic: the same input gives the same bytes.
//
// What it does, and why:
// - keeps only the `countries` object (the map needs no separate `land`) and drops every
//   `properties` (names come from Intl in the browser, not from here);
// - drops Antarctica: no centre is there and it would take a fifth of the map's height;
// - replaces the ISO 3166-1 numeric ids with alpha-2 codes, the codes the centres data uses.
//   Three shapes have no ISO code: Kosovo gets "XK" (the code the EU and Unicode CLDR use);
//   Northern Cyprus and Somaliland get "-99-n-cyprus" and "-99-somaliland" ("-99" is Natural
//   Earth's "no code" marker; the suffix keeps ids unique, and no alpha-2 code can start with "-");
// - projects the simplified shapes with d3-geo (resampled and clipped as d3 draws them) into a
//   fixed space OUTLINE_WIDTH units wide, the land's bounding box from (0, 0), and writes integer
//   path data, relative after each ring's first point; it also writes the simplified topology to
//   scripts/geometry/world-110m.json (the bench's Leaflet page draws the same shapes from it).
// - simplifies every arc (Douglas–Peucker, SIMPLIFY degrees) and re-quantizes to QUANTIZE steps
//   per axis. Arcs are simplified as arcs, so a border shared by two countries stays one line and
//   the countries still meet exactly. A ring that a simplification would flip or flatten keeps
//   its arcs whole (a flipped ring would make d3-geo fill the whole sphere but that island).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { geoEqualEarth, geoMercator, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = join(root, 'node_modules/world-atlas/countries-110m.json');
const TOPOLOGY = join(root, 'scripts/geometry/world-110m.json');
const OUTLINES = join(root, 'src/center-map/outlines');
/**
 * Width of the outlines' space in units: one unit is 0.09° of longitude at the equator, about the
 * simplification's tolerance, so integer coordinates lose nothing the shapes still have; 0.4 px
 * on a 1600 px world map, 3 px at the map's deepest zoom (8×) there.
 */
const OUTLINE_WIDTH = 4000;
/** Each projection's outlines, min+gzip: they are most of what the map downloads. */
const OUTLINES_BUDGET_GZIP = 20000;
/** Grid steps per axis: 0.06° of longitude, a quarter of a pixel on a 1600 px world map. */
const QUANTIZE = 6000;
/** Douglas–Peucker tolerance in degrees: under half a pixel on a 1600 px world map. */
const SIMPLIFY = 0.1;
/** 22 KB as `gzip -9` counts it; Node's zlib writes a few hundred bytes less, hence the margin. */
const BUDGET_GZIP = 21500;

const ANTARCTICA = '010';
const NO_CODE = { Kosovo: 'XK', 'N. Cyprus': '-99-n-cyprus', Somaliland: '-99-somaliland' };

// ISO 3166-1 numeric → alpha-2, for the countries that the 1:110m file has.
// prettier-ignore
const ALPHA2 = {
  '004': 'AF', '008': 'AL', '012': 'DZ', '024': 'AO', '031': 'AZ', '032': 'AR', '036': 'AU',
  '040': 'AT', '044': 'BS', '050': 'BD', '051': 'AM', '056': 'BE', '064': 'BT', '068': 'BO',
  '070': 'BA', '072': 'BW', '076': 'BR', '084': 'BZ', '090': 'SB', '096': 'BN', '100': 'BG',
  '104': 'MM', '108': 'BI', '112': 'BY', '116': 'KH', '120': 'CM', '124': 'CA', '140': 'CF',
  '144': 'LK', '148': 'TD', '152': 'CL', '156': 'CN', '158': 'TW', '170': 'CO', '178': 'CG',
  '180': 'CD', '188': 'CR', '191': 'HR', '192': 'CU', '196': 'CY', '203': 'CZ', '204': 'BJ',
  '208': 'DK', '214': 'DO', '218': 'EC', '222': 'SV', '226': 'GQ', '231': 'ET', '232': 'ER',
  '233': 'EE', '238': 'FK', '242': 'FJ', '246': 'FI', '250': 'FR', '260': 'TF', '262': 'DJ',
  '266': 'GA', '268': 'GE', '270': 'GM', '275': 'PS', '276': 'DE', '288': 'GH', '300': 'GR',
  '304': 'GL', '320': 'GT', '324': 'GN', '328': 'GY', '332': 'HT', '340': 'HN', '348': 'HU',
  '352': 'IS', '356': 'IN', '360': 'ID', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL',
  '380': 'IT', '384': 'CI', '388': 'JM', '392': 'JP', '398': 'KZ', '400': 'JO', '404': 'KE',
  '408': 'KP', '410': 'KR', '414': 'KW', '417': 'KG', '418': 'LA', '422': 'LB', '426': 'LS',
  '428': 'LV', '430': 'LR', '434': 'LY', '440': 'LT', '442': 'LU', '450': 'MG', '454': 'MW',
  '458': 'MY', '466': 'ML', '478': 'MR', '484': 'MX', '496': 'MN', '498': 'MD', '499': 'ME',
  '504': 'MA', '508': 'MZ', '512': 'OM', '516': 'NA', '524': 'NP', '528': 'NL', '540': 'NC',
  '548': 'VU', '554': 'NZ', '558': 'NI', '562': 'NE', '566': 'NG', '578': 'NO', '586': 'PK',
  '591': 'PA', '598': 'PG', '600': 'PY', '604': 'PE', '608': 'PH', '616': 'PL', '620': 'PT',
  '624': 'GW', '626': 'TL', '630': 'PR', '634': 'QA', '642': 'RO', '643': 'RU', '646': 'RW',
  '682': 'SA', '686': 'SN', '688': 'RS', '694': 'SL', '703': 'SK', '704': 'VN', '705': 'SI',
  '706': 'SO', '710': 'ZA', '716': 'ZW', '724': 'ES', '728': 'SS', '729': 'SD', '732': 'EH',
  '740': 'SR', '748': 'SZ', '752': 'SE', '756': 'CH', '760': 'SY', '762': 'TJ', '764': 'TH',
  '768': 'TG', '780': 'TT', '784': 'AE', '788': 'TN', '792': 'TR', '795': 'TM', '800': 'UG',
  '804': 'UA', '807': 'MK', '818': 'EG', '826': 'GB', '834': 'TZ', '840': 'US', '854': 'BF',
  '858': 'UY', '860': 'UZ', '862': 'VE', '887': 'YE', '894': 'ZM',
};

const source = JSON.parse(readFileSync(INPUT, 'utf8'));

/** Arc i as absolute [lon, lat] positions (the source is quantized and delta-encoded). */
const decoded = source.arcs.map((arc) => {
  const [sx, sy] = source.transform.scale;
  const [tx, ty] = source.transform.translate;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
});

// Countries to keep, with alpha-2 ids, and their arcs renumbered densely in order of first use.
const renumber = new Map(); // old arc index → new arc index
const used = []; // new arc index → old arc index
const remap = (ref) => {
  const old = ref < 0 ? ~ref : ref;
  if (!renumber.has(old)) {
    renumber.set(old, used.length);
    used.push(old);
  }
  const index = renumber.get(old);
  return ref < 0 ? ~index : index;
};
const geometries = [];
for (const g of source.objects.countries.geometries) {
  if (g.id === ANTARCTICA) continue;
  const id = g.id === undefined ? NO_CODE[g.properties?.name] : ALPHA2[g.id];
  if (!id) throw new Error(`No alpha-2 code for ${g.id} (${g.properties?.name}): extend the table.`);
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`Unexpected ${g.type} for ${id}`);
  const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs).map((rings) => rings.map((ring) => ring.map(remap)));
  geometries.push({ type: g.type, arcs: g.type === 'Polygon' ? polygons[0] : polygons, id });
}
const ids = geometries.map((g) => g.id);
if (new Set(ids).size !== ids.length) throw new Error('Duplicate country ids');
const arcs = used.map((old) => decoded[old]);
const rings = geometries.flatMap((g) => (g.type === 'Polygon' ? g.arcs : g.arcs.flat()));

// Quantization grid over the kept land's bounding box.
let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
for (const arc of arcs) {
  for (const [x, y] of arc) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
}
const kx = (x1 - x0) / (QUANTIZE - 1);
const ky = (y1 - y0) / (QUANTIZE - 1);
// Only positions on the antimeridian itself may land on the grid's ±180° columns. Russia's ring
// goes -180° → 179.993°: snapped to 180°, that step would become an edge running along the
// antimeridian, which d3-geo's antimeridian clipping has to untangle; one step inside, the ring
// crosses the antimeridian as it does in the source.
const quantize = ([x, y]) => {
  let qx = Math.round((x - x0) / kx);
  if (qx === 0 && x !== x0) qx = 1;
  if (qx === QUANTIZE - 1 && x !== x1) qx = QUANTIZE - 2;
  return [qx, Math.round((y - y0) / ky)];
};

/** Longitudes made continuous (±360°) along a line that crosses the antimeridian, for planar maths. */
function unwrap(points) {
  const out = [];
  for (const [x, y] of points) {
    let u = x;
    const previous = out[out.length - 1];
    if (previous) {
      while (u - previous[0] > 180) u -= 360;
      while (u - previous[0] < -180) u += 360;
    }
    out.push([u, y]);
  }
  return out;
}

/** Douglas–Peucker on one arc (measured with unwrapped longitudes): the positions kept, always both ends. */
function simplify(arc, tolerance) {
  const points = unwrap(arc);
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const spans = [[0, points.length - 1]];
  while (spans.length > 0) {
    const [i, j] = spans.pop();
    const [ax, ay] = points[i];
    const dx = points[j][0] - ax;
    const dy = points[j][1] - ay;
    const length2 = dx * dx + dy * dy;
    let farthest = -1;
    let distance = -1;
    for (let k = i + 1; k < j; k++) {
      const px = points[k][0] - ax;
      const py = points[k][1] - ay;
      // A closed arc starts and ends at one point: measure from that point.
      const u = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
      const d = Math.hypot(px - u * dx, py - u * dy);
      if (d > distance) [distance, farthest] = [d, k];
    }
    if (farthest >= 0 && distance > tolerance) {
      keep[farthest] = 1;
      spans.push([i, farthest], [farthest, j]);
    }
  }
  return arc.filter((_, k) => keep[k]);
}

/** Arc as quantized integer positions, consecutive duplicates merged. */
function quantized(arc, tolerance) {
  const out = [];
  for (const p of simplify(arc, tolerance)) {
    const q = quantize(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length === 1) out.push(out[0]); // an arc needs two positions even when it shrank to one
  return out;
}

/** Twice the signed planar area (in degrees², longitudes unwrapped) of a ring of quantized arcs. */
function ringArea(ring, arcPoints) {
  const grid = ring.flatMap((ref, n) => {
    const arc = ref < 0 ? [...arcPoints[~ref]].reverse() : arcPoints[ref];
    return n === 0 ? arc : arc.slice(1);
  });
  const points = unwrap(grid.map(([qx, qy]) => [x0 + qx * kx, y0 + qy * ky]));
  let area = 0;
  for (let k = 1; k < points.length; k++) {
    area += points[k - 1][0] * points[k][1] - points[k][0] * points[k - 1][1];
  }
  return area;
}

// Simplify; any ring that flips or flattens gets its arcs back unsimplified, until none does.
const whole = new Set();
let result;
for (;;) {
  result = arcs.map((arc, i) => quantized(arc, whole.has(i) ? 0 : SIMPLIFY));
  const original = arcs.map((arc) => quantized(arc, 0));
  const bad = rings.filter((ring) => {
    const before = ringArea(ring, original);
    const after = ringArea(ring, result);
    return after === 0 || Math.sign(after) !== Math.sign(before);
  });
  const more = bad
    .flat()
    .map((ref) => (ref < 0 ? ~ref : ref))
    .filter((i) => !whole.has(i));
  if (more.length === 0) break;
  for (const i of more) whole.add(i);
}

// Delta-encode as TopoJSON does: first position absolute, then differences.
const deltas = result.map((arc) => arc.map(([x, y], k) => (k === 0 ? [x, y] : [x - arc[k - 1][0], y - arc[k - 1][1]])));
// 12 significant digits keep the file short; the grid's far edge still decodes to ±180° within
// d3-geo's 1e-6 epsilon, so shapes cut at the antimeridian stay cut there.
const round = (v) => Number(v.toPrecision(12));
const transform = { scale: [kx, ky].map(round), translate: [x0, y0].map(round) };
if (Math.abs(transform.translate[0] + transform.scale[0] * (QUANTIZE - 1) - x1) > 1e-6) {
  throw new Error('The rounded quantization grid misses the east edge');
}
const topology = {
  type: 'Topology',
  bbox: [x0, y0, x1, y1].map(round),
  transform,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs: deltas,
};

const json = JSON.stringify(topology);
mkdirSync(dirname(TOPOLOGY), { recursive: true });
writeFileSync(TOPOLOGY, `${json}\n`);
const gzip = gzipSync(json, { level: 9 }).length;
const positions = result.reduce((n, arc) => n + arc.length, 0);
console.log(
  `${TOPOLOGY}: ${geometries.length} countries, ${result.length} arcs, ${positions} positions, ` +
    `${json.length} bytes, ${gzip} bytes gzip` +
    (whole.size ? `, ${whole.size} arcs kept whole` : ''),
);
if (gzip > BUDGET_GZIP) {
  console.error(`Over the ${BUDGET_GZIP} byte gzip budget: raise SIMPLIFY or lower QUANTIZE.`);
  process.exitCode = 1;
}

/**
 * Path data for a geometry as d3-geo draws it with `projection`, in integer units: absolute moveto
 * per ring, then relative lineto steps (the shortest form), repeated points dropped.
 */
function pathData(projection, geometry) {
  let d = '';
  let x0 = 0;
  let y0 = 0;
  let first = true;
  const num = (v, lead) => (v < 0 || lead ? String(v) : ` ${v}`);
  geoPath(projection, {
    moveTo(x, y) {
      [x0, y0] = [Math.round(x), Math.round(y)];
      d += `M${x0}${num(y0)}`;
      first = true;
    },
    lineTo(x, y) {
      const [x1, y1] = [Math.round(x), Math.round(y)];
      if (x1 === x0 && y1 === y0) return;
      d += `${first ? 'l' : ''}${num(x1 - x0, first)}${num(y1 - y0)}`;
      [x0, y0, first] = [x1, y1, false];
    },
    closePath() {
      d += 'z';
    },
    arc() {},
  })(geometry);
  return d;
}

const land = feature(topology, topology.objects.countries);
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
const PROJECTIONS = { 'equal-earth': geoEqualEarth, 'natural-earth': geoNaturalEarth1, mercator: geoMercator };
mkdirSync(OUTLINES, { recursive: true });
for (const [name, make] of Object.entries(PROJECTIONS)) {
  const projection = make().fitWidth(OUTLINE_WIDTH, land);
  const [[bx0, by0], [bx1, by1]] = geoPath(projection).bounds(land);
  const outlines = {
    projection: name,
    // Where d3 put the world: the markers go through the same transform (see map-geo.ts).
    scale: round(projection.scale()),
    translate: projection.translate().map(round),
    bounds: [Math.floor(bx0), Math.floor(by0), Math.ceil(bx1), Math.ceil(by1)],
    countries: land.features.map((f) => [String(f.id), pathData(projection, f)]),
    borders: pathData(projection, borders),
  };
  const body =
    '// Generated by scripts/build-geometry.mjs from world-atlas (Natural Earth 1:110m, public domain).\n' +
    '// Do not edit: regenerate with `node scripts/build-geometry.mjs`.\n' +
    "import type { Outlines } from '../map-geo.js';\n\n" +
    `const outlines: Outlines = JSON.parse('${JSON.stringify(outlines)}');\n\nexport default outlines;\n`;
  const file = join(OUTLINES, `${name}.ts`);
  writeFileSync(file, body);
  const size = gzipSync(JSON.stringify(outlines), { level: 9 }).length;
  console.log(`${file}: ${body.length} bytes, ${size} bytes gzip`);
  if (size > OUTLINES_BUDGET_GZIP) {
    console.error(`Over the ${OUTLINES_BUDGET_GZIP} byte gzip budget: raise SIMPLIFY or lower OUTLINE_WIDTH.`);
    process.exitCode = 1;
  }
}
