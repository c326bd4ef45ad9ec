// The copy of an element's data that a prerendered page carries (`sz-widgets render`): one
// `<script type="application/json" data-sz-embedded>` per dataset, placed before the first widget
// that shows it, so it is parsed before any of them. Inert: a JSON script never runs.
import { isObj } from '../data/types.js';

/**
 * What one embedded script holds. `dataset` names the kind of data by its shipped dataset's file
 * (`news.json`, `centres.geojson`); `src` is the attribute as written, absent for the shipped data.
 */
export interface Embedded {
  dataset?: string;
  src?: string;
  /** When the data was read, in ms since 1970. */
  savedAt: number;
  /** The data, in the format its parser reads (JSON Feed, the centres GeoJSON). */
  data: unknown;
}

/** The attribute that marks the scripts. */
export const EMBEDDED_ATTR = 'data-sz-embedded';

// A script's JSON is read once, however many widgets look for their data in it.
const read = new WeakMap<Element, Embedded | null>();

/** The copy an embedded script's text holds, or null when it holds none (not JSON, not a copy). */
export function readEmbedded(text: string): Embedded | null {
  try {
    const value: unknown = JSON.parse(text);
    const savedAt = isObj(value) ? Date.parse(String(value.savedAt)) : NaN;
    if (!isObj(value) || !(savedAt >= 0) || !('data' in value)) return null;
    const string = (key: string) => (typeof value[key] === 'string' ? value[key] : undefined);
    return { dataset: string('dataset'), src: string('src'), savedAt, data: value.data };
  } catch {
    // A copy that is not JSON is no copy: the element loads its data as usual.
    return null;
  }
}

function payload(script: Element): Embedded | null {
  let found = read.get(script);
  if (found === undefined) read.set(script, (found = readEmbedded(script.textContent ?? '')));
  return found;
}

/**
 * The page's copy of the data an element with `src` (null: the shipped dataset) shows, if the page
 * was prerendered with it; `defaultSrc`, the element's shipped dataset, says which kind of data it reads.
 */
export function embeddedCopy(src: string | null, defaultSrc: string): Embedded | undefined {
  for (const script of document.querySelectorAll(`script[type="application/json"][${EMBEDDED_ATTR}]`)) {
    const copy = payload(script);
    if (copy && defaultSrc.endsWith(`/${copy.dataset}`) && copy.src === (src ?? undefined)) return copy;
  }
  return undefined;
}
