// The map's geometry on the page: its proportions, the markers' size, and what is drawn.
import type { Center } from '../data/types.js';
import type { MapInput, MapOutput, Outlines, ProjectionName } from './map-geo.js';

/** Diameter of a marker's hit area in px (WCAG 2.2 target size is 24); also the margin kept around fitted centres. */
export const MARKER_SIZE = 28;
// Markers closer than this (centre to centre) merge into a group: at 40 px even two diagonal
// neighbours' square boxes of 28 px cannot touch.
export const MERGE_DISTANCE = 40;
export const ASPECT = 0.55;
/**
 * The map's preferred width where the page sizes it by its content (a float, a flex row, a table
 * cell): the svg's width and height attributes, which CSS then scales to the box. As a picture
 * with a percentage width, it still shrinks to any narrower column.
 */
export const PREFERRED = { width: 560, height: Math.round(560 * ASPECT) };

/**
 * Shenzhen, where every centre's builders come from: its public city centre point (Futian), the
 * same kind of point as the centres' cities. Longitude first, as GeoJSON.
 */
export const SHENZHEN: [number, number] = [114.06, 22.54];

export interface DrawingOptions {
  /** The map box's width in px. */
  width: number;
  /** Mark Shenzhen, link it to each open centre, and keep it in the fitted view. */
  origin: boolean;
  /** `world`: the whole world; else the located centres (of the group zoomed into, if any). */
  view: 'data' | 'world';
  zoom: string[] | undefined;
}

/** What map-geo draws for `centers` in a box `width` px wide. */
export function drawingInput(centers: Center[], { width, origin, view, zoom }: DrawingOptions): MapInput {
  const located = centers.filter((center) => center.coordinates);
  const fitted = view === 'world' ? [] : located.filter((center) => !zoom || zoom.includes(center.id));
  const fit = fitted.map((center) => center.coordinates as [number, number]);
  // The fitted view of the network includes where it starts (not a group zoomed into).
  if (origin && view !== 'world' && !zoom) fit.push(SHENZHEN);
  return {
    width,
    height: Math.round(width * ASPECT),
    fit,
    ...(origin && {
      origin: {
        coordinates: SHENZHEN,
        links: located.flatMap((center) =>
          center.status === 'open' && center.coordinates ? [center.coordinates] : [],
        ),
      },
    }),
    margin: MARKER_SIZE,
    markers: located.map((center) => ({ id: center.id, coordinates: center.coordinates as [number, number] })),
    mergeDistance: MERGE_DISTANCE,
  };
}

/** One marker as drawn: a centre, or a group of centres too close to tell apart. */
export interface Marker {
  /** The members' ids, space-separated: the marker's data-id. */
  id: string;
  members: Center[];
  /** Position in % of the map box. */
  x: number;
  y: number;
}

/**
 * The markers to draw, in reading order: west to east, then north to south. Zoomed into a group,
 * the centres out of view get no marker (they would overflow the page and take focus unseen; the
 * list has them). `margin` px of a marker must fit inside the box.
 */
export function visibleMarkers(
  drawn: MapOutput,
  byId: Map<string, Center>,
  box: { width: number; height: number; margin: number },
): Marker[] {
  const { width, height, margin } = box;
  const inView = (v: number, max: number) => v >= margin && v <= max - margin;
  return drawn.clusters
    .filter((cluster) => inView(cluster.x, width) && inView(cluster.y, height))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((cluster) => ({
      id: cluster.ids.join(' '),
      members: cluster.ids.map((id) => byId.get(id)).filter((center): center is Center => !!center),
      x: (cluster.x / width) * 100,
      y: (cluster.y / height) * 100,
    }));
}

/** Each projection's outlines, a chunk of their own: a map loads only the one it shows. */
const OUTLINES: Record<ProjectionName, () => Promise<{ default: Outlines }>> = {
  'equal-earth': () => import('./outlines/equal-earth.js'),
  'natural-earth': () => import('./outlines/natural-earth.js'),
  mercator: () => import('./outlines/mercator.js'),
};

/** The outlines of `name`, or of the default projection for a name the map does not offer. */
export const loadOutlines = (name: string): Promise<Outlines> =>
  (OUTLINES[name as ProjectionName] ?? OUTLINES['equal-earth'])().then((module) => module.default);
