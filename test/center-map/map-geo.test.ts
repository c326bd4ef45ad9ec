import { expect } from '@open-wc/testing';
import { cluster, drawMap as draw } from '../../src/center-map/map-geo.js';
import type { MapInput, MapOutput, Outlines, ProjectionName } from '../../src/center-map/map-geo.js';
import equalEarth from '../../src/center-map/outlines/equal-earth.js';
import mercator from '../../src/center-map/outlines/mercator.js';
import naturalEarth from '../../src/center-map/outlines/natural-earth.js';
import { isCountry } from '../../src/data/countries.js';

// The shipped centres (datasets/centres.geojson) that have a location, with their countries.
const CENTRES: { id: string; country: string; coordinates: [number, number] }[] = [
  { id: 'san-francisco', country: 'US', coordinates: [-122.4194, 37.7749] },
  { id: 'boston', country: 'US', coordinates: [-71.0589, 42.3601] },
  { id: 'seattle', country: 'US', coordinates: [-122.3321, 47.6062] },
  { id: 'london', country: 'GB', coordinates: [-0.1276, 51.5072] },
  { id: 'tel-aviv', country: 'IL', coordinates: [34.7818, 32.0853] },
  { id: 'toronto', country: 'CA', coordinates: [-79.3832, 43.6532] },
];
const MARKERS = CENTRES.map(({ id, coordinates }) => ({ id, coordinates }));
const ALL = CENTRES.map((c) => c.coordinates);
const PROJECTIONS: ProjectionName[] = ['equal-earth', 'natural-earth', 'mercator'];
const WIDTHS = [280, 375, 768, 1280, 1600];
const SIZE = 28;
const MARGIN = SIZE / 2;

const OUTLINES: Record<ProjectionName, Outlines> = {
  'equal-earth': equalEarth,
  'natural-earth': naturalEarth,
  mercator,
};
type Input = MapInput & { projection: ProjectionName };
const input = (width: number, projection: ProjectionName, fit: [number, number][] = ALL): Input => ({
  width,
  height: Math.round(width * 0.55),
  projection,
  fit,
  margin: MARGIN,
  markers: MARKERS,
  mergeDistance: SIZE,
});
/** The map for `input`, with the outlines of its projection. */
const drawMap = ({ projection, ...rest }: Input) => draw(OUTLINES[projection], rest);
const point = (out: MapOutput, id: string) => out.points.find((p) => p.id === id)!;
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * An SVG in the page, `width` × `height` px, showing `out`'s view: paths are measured and hit-tested
 * by the browser itself. `toUnits` turns a point in px into the outlines' space.
 */
function svgPath(d: string, out: MapOutput, width: number, height: number) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', out.viewBox.join(' '));
  svg.style.position = 'absolute';
  svg.style.left = '0';
  svg.style.top = '0';
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  const [vx, vy, vw, vh] = out.viewBox;
  return {
    path,
    toUnits: (x: number, y: number) => new DOMPoint(vx + (x * vw) / width, vy + (y * vh) / height),
    /** A box in the outlines' space, in px. */
    toPx: (b: DOMRect) => ({
      x: ((b.x - vx) * width) / vw,
      y: ((b.y - vy) * height) / vh,
      width: (b.width * width) / vw,
      height: (b.height * height) / vh,
    }),
    remove: () => svg.remove(),
  };
}

describe('map-geo: drawMap()', () => {
  for (const [projection, outlines] of Object.entries(OUTLINES)) {
    it(`has every country once under its alpha-2 code, with no Antarctica (${projection} outlines)`, () => {
      const ids = outlines.countries.map(([id]) => id);
      expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
      expect(ids.length).to.be.greaterThan(170);
      for (const id of ['US', 'GB', 'IL', 'CA', 'FR', 'DE', 'BE', 'CN']) expect(ids, id).to.include(id);
      expect(ids).not.to.include('AQ');
      // Kosovo has the code the EU and CLDR use; the two shapes without any code say so.
      const pseudo = ids.filter((id) => !isCountry(id)).sort();
      expect(pseudo).to.deep.equal(['-99-n-cyprus', '-99-somaliland', 'XK']);
      // Short path data: integers only, built once for every size and view.
      for (const [id, d] of outlines.countries) expect(d, id).to.match(/^M[-\d lz M]+$/);
      expect(outlines.borders).to.match(/^M[-\d lz M]+$/);
    });
  }

  it('rounds marker positions to 0.1 px', () => {
    const out = drawMap(input(1600, 'natural-earth'));
    for (const p of out.points) {
      expect(Math.round(p.x * 10) / 10).to.equal(p.x);
      expect(Math.round(p.y * 10) / 10).to.equal(p.y);
    }
  });

  it('gives the same output for the same input', () => {
    expect(drawMap(input(375, 'mercator'))).to.deep.equal(drawMap(input(375, 'mercator')));
  });

  for (const projection of PROJECTIONS) {
    describe(projection, () => {
      it('keeps the cities where they are relative to each other', () => {
        for (const width of WIDTHS) {
          const out = drawMap(input(width, projection));
          const [sea, bos, lon, tlv, tor] = ['seattle', 'boston', 'london', 'tel-aviv', 'toronto'].map((id) =>
            point(out, id),
          );
          expect(sea.x, `${width}: Seattle west of Boston`).to.be.lessThan(bos.x);
          expect(sea.y, `${width}: Seattle north of Boston`).to.be.lessThan(bos.y);
          expect(lon.x, `${width}: London west of Tel Aviv`).to.be.lessThan(tlv.x);
          expect(tor.y, `${width}: Toronto north of Boston`).to.be.lessThan(bos.y);
        }
      });

      it('keeps every fitted marker inside the box, its margin included', () => {
        // Rounding to 0.1 px may move a marker on the margin's edge by 0.05 px.
        const near = [
          [-122.4194, 37.7749],
          [-122.2712, 37.8044], // Oakland, 13 km away: the zoom stops at 8× the world view
        ] as [number, number][];
        for (const width of WIDTHS) {
          const height = Math.round(width * 0.55);
          for (const fit of [ALL, [ALL[3]], near]) {
            const out = drawMap({
              ...input(width, projection, fit),
              markers: fit.map((coordinates, n) => ({ id: `m${n}`, coordinates })),
            });
            for (const p of out.points) {
              const where = `${width}px, ${fit.length} fitted: ${p.id} at ${p.x},${p.y}`;
              expect(p.x, where).to.be.within(MARGIN - 0.06, width - MARGIN + 0.06);
              expect(p.y, where).to.be.within(MARGIN - 0.06, height - MARGIN + 0.06);
            }
          }
        }
      });

      it('clusters markers so that no two groups are closer than the marker size', () => {
        for (const width of WIDTHS) {
          const out = drawMap(input(width, projection));
          const ids = out.clusters.flatMap((c) => c.ids).sort();
          expect(ids, `${width}: every marker in exactly one group`).to.deep.equal(MARKERS.map((m) => m.id).sort());
          for (const [n, a] of out.clusters.entries()) {
            for (const b of out.clusters.slice(n + 1)) {
              expect(distance(a, b), `${width}: ${a.ids} / ${b.ids}`).to.be.at.least(SIZE);
            }
            // A group sits at the mean of its members.
            const members = a.ids.map((id) => point(out, id));
            expect(a.x).to.be.closeTo(members.reduce((s, p) => s + p.x, 0) / members.length, 0.051);
            expect(a.y).to.be.closeTo(members.reduce((s, p) => s + p.y, 0) / members.length, 0.051);
          }
        }
      });

      it('puts each marker on (or within 6 px of) its country as drawn', () => {
        for (const width of WIDTHS) {
          const height = Math.round(width * 0.55);
          const out = drawMap(input(width, projection));
          for (const centre of CENTRES) {
            const [, country] = OUTLINES[projection].countries.find(([id]) => id === centre.country)!;
            const p = point(out, centre.id);
            const { path, toUnits, remove } = svgPath(country, out, width, height);
            let hit = false;
            // Coastal cities may sit just off a simplified coastline: look around the marker.
            for (let dx = -6; dx <= 6 && !hit; dx++) {
              for (let dy = -6; dy <= 6 && !hit; dy++) {
                if (dx * dx + dy * dy <= 36) hit = path.isPointInFill(toUnits(p.x + dx, p.y + dy));
              }
            }
            remove();
            expect(hit, `${width}px: ${centre.id} at ${p.x},${p.y} is not near ${centre.country}`).to.equal(true);
          }
        }
      });

      it('shows the whole world when nothing is to be fitted', () => {
        for (const width of [280, 1600]) {
          const height = Math.round(width * 0.55);
          const out = drawMap(input(width, projection, []));
          expect(drawMap({ ...input(width, projection), fit: undefined })).to.deep.equal(out);
          const land = OUTLINES[projection].countries.map(([, d]) => d).join('');
          const { path, toPx, remove } = svgPath(land, out, width, height);
          const box = toPx(path.getBBox());
          remove();
          const [innerW, innerH] = [width - 2 * MARGIN, height - 2 * MARGIN];
          const where = `${width}px: ${box.x},${box.y} ${box.width}×${box.height}`;
          expect(box.x, where).to.be.at.least(MARGIN - 0.5);
          expect(box.y, where).to.be.at.least(MARGIN - 0.5);
          expect(box.x + box.width, where).to.be.at.most(width - MARGIN + 0.5);
          expect(box.y + box.height, where).to.be.at.most(height - MARGIN + 0.5);
          // Fitted: one side fills the box, and the land is not a sliver in the other.
          expect(Math.max(box.width / innerW, box.height / innerH), where).to.be.at.least(0.98);
          expect(Math.min(box.width / innerW, box.height / innerH), where).to.be.at.least(0.5);
        }
      });

      it('zooms in at most 8× and never out beyond the world view', () => {
        const width = 768;
        const world = drawMap(input(width, projection, []));
        const zoom = (out: MapOutput) =>
          distance(point(out, 'seattle'), point(out, 'san-francisco')) /
          distance(point(world, 'seattle'), point(world, 'san-francisco'));
        // Two nearby cities: the fit would zoom far in; the view stops at 8×.
        const close: [number, number][] = [
          [-122.4194, 37.7749],
          [-122.2712, 37.8044],
        ];
        expect(zoom(drawMap(input(width, projection, close)))).to.be.closeTo(8, 0.1);
        // One position: centred at 4×.
        const one = drawMap(input(width, projection, [ALL[0]]));
        expect(zoom(one)).to.be.closeTo(4, 0.05);
        expect(point(one, 'san-francisco').x).to.be.closeTo(width / 2, 0.1);
        expect(point(one, 'san-francisco').y).to.be.closeTo(Math.round(width * 0.55) / 2, 0.1);
        // Positions spread wider than the land (both sides of the antimeridian, far north and
        // south): no zooming out beyond the world view.
        const wide = drawMap(
          input(width, projection, [
            [-179.9, 0],
            [179.9, 0],
            [0, 85],
            [0, -70],
          ]),
        );
        expect(zoom(wide)).to.be.closeTo(1, 0.002);
      });
    });
  }

  it('leaves out markers that cannot be placed, and survives a 1 px box', () => {
    const markers = [...MARKERS, { id: 'nowhere', coordinates: [Number.NaN, 10] as [number, number] }];
    const out = drawMap({ ...input(1, 'equal-earth'), height: 1, markers });
    expect(out.points.map((p) => p.id)).to.deep.equal(MARKERS.map((m) => m.id));
    for (const p of out.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).to.equal(true);
    expect(out.clusters.flatMap((c) => c.ids).sort()).to.deep.equal(MARKERS.map((m) => m.id).sort());
    // A latitude past the pole has no place in Mercator: fitting it alone gives the world view.
    expect(drawMap(input(768, 'mercator', [[0, 95]]))).to.deep.equal(drawMap(input(768, 'mercator', [])));
  });
});

describe('map-geo: cluster()', () => {
  const p = (id: string, x: number, y: number) => ({ id, x, y });

  it('merges two close points into one group at their mean', () => {
    expect(cluster([p('a', 0, 0), p('b', 10, 0)], SIZE)).to.deep.equal([{ ids: ['a', 'b'], x: 5, y: 0 }]);
  });

  it('keeps points that are far enough apart as groups of one', () => {
    const points = [p('a', 0, 0), p('b', 28, 0), p('c', 0, 100)];
    expect(cluster(points, SIZE)).to.deep.equal([
      { ids: ['a'], x: 0, y: 0 },
      { ids: ['b'], x: 28, y: 0 },
      { ids: ['c'], x: 0, y: 100 },
    ]);
  });

  it('merges a chain transitively: a group that moved closer to a third point takes it in', () => {
    // a–c are 30 px apart, but a+b sit at 7.5, 22.5 px from c.
    expect(cluster([p('a', 0, 0), p('b', 15, 0), p('c', 30, 0)], SIZE)).to.deep.equal([
      { ids: ['a', 'b', 'c'], x: 15, y: 0 },
    ]);
  });

  it('merges the closest pair first and orders groups and members by input order', () => {
    // c–d (5 px) merge before b–c (20 px); then b (at 40) is 22.5 px from c+d (at 62.5): merged.
    const out = cluster([p('d', 65, 0), p('a', 0, 100), p('b', 40, 0), p('c', 60, 0)], SIZE);
    expect(out).to.deep.equal([
      { ids: ['d', 'b', 'c'], x: 55, y: 0 },
      { ids: ['a'], x: 0, y: 100 },
    ]);
  });

  it('leaves no two groups closer than the size, on a dense random field', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 300;
    const points = Array.from({ length: 200 }, (_, n) =>
      p(`m${n}`, Math.round(random() * 10) / 10, Math.round(random() * 10) / 10),
    );
    const out = cluster(points, SIZE);
    expect(out.flatMap((g) => g.ids).sort()).to.deep.equal(points.map((q) => q.id).sort());
    for (const [n, a] of out.entries()) for (const b of out.slice(n + 1)) expect(distance(a, b)).to.be.at.least(SIZE);
    expect(cluster(points, SIZE)).to.deep.equal(out);
  });

  it('returns nothing for no points and merges nothing for a size of 0', () => {
    expect(cluster([], SIZE)).to.deep.equal([]);
    expect(cluster([p('a', 0, 0), p('b', 0, 0)], 0)).to.deep.equal([
      { ids: ['a'], x: 0, y: 0 },
      { ids: ['b'], x: 0, y: 0 },
    ]);
  });
});
