// The centres dataset: a GeoJSON (RFC 7946) FeatureCollection → typed Centers. The checks here
// are the ones the elements rely on and a JSON Schema cannot express (swapped coordinates,
// unique ids, real dates, known country codes, safe URLs). Pure: no DOM; runs in browsers and Node.
import { safeUrl } from './url.js';
import { isCountry } from './countries.js';
import { parseDate } from './dates.js';
import {
  isObj,
  shortValue,
  SzError,
  type Center,
  type Dropped,
  type LangMap,
  type Obj,
  type Problem,
} from './types.js';

export type { Dropped };

// Problem lives in types.ts, shared with the feed parser's onDrop; re-exported for existing importers.
export type { Problem };

const abs = Math.abs;

/** `base` and one more step in JSONPath: `.name`, `[3]`, or `['zh-Hans']` for a key that is not an identifier. */
export const jsonPath = (base: string, key: string | number): string =>
  typeof key === 'number'
    ? `${base}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${base}.${key}`
      : `${base}['${key.replace(/['\\]/g, '\\$&')}']`;

const isTag = (key: string): boolean => {
  try {
    return Intl.getCanonicalLocales(key).length === 1;
  } catch {
    return false;
  }
};

/** YYYY-MM-DD naming a real day (parseDate rejects 2017-02-30). */
const isDate = (v: unknown): boolean => /^\d{4}-\d\d-\d\d$/.test(v as string) && !!parseDate(v);

// Rough centre points of the cities this dataset knows, to recognise a [latitude, longitude] that
// is in range either way round (London, Toronto, Tel Aviv, Boston).
const KNOWN: Record<string, number[]> = {
  'san francisco': [-122.4, 37.8],
  boston: [-71.1, 42.4],
  seattle: [-122.3, 47.6],
  london: [-0.1, 51.5],
  'tel aviv': [34.8, 32.1],
  toronto: [-79.4, 43.7],
};

/** Everything wrong with a centres dataset, in document order; [] when it is fine. Unknown members are allowed. */
export function checkCenters(json: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => void problems.push({ path, message });
  /**
   * Unless `ok`: "is required" for a missing value, else "must be <what>, not <value>" (cut short: values may
   * be hostile).
   */
  const must = (path: string, value: unknown, ok: unknown, what: string): boolean => {
    if (!ok) report(path, value === undefined ? 'is required' : `must be ${what}, not ${shortValue(value)}`);
    return !!ok;
  };
  const langMap = (v: unknown, at: string): void => {
    if (!must(at, v, isObj(v), 'a language map such as {"en": "…", "zh-Hans": "…"}')) return;
    const map = v as Obj;
    must(at + '.en', map.en, 'en' in map, '');
    for (const [key, text] of Object.entries(map)) {
      if (isTag(key)) must(jsonPath(at, key), text, typeof text === 'string' && text.trim(), 'a non-empty string');
      else report(jsonPath(at, key), 'is not a BCP 47 language tag');
    }
  };

  if (!must('$', json, isObj(json), 'a GeoJSON FeatureCollection')) return problems;
  const { type, features } = json as Obj;
  must('$.type', type, type === 'FeatureCollection', '"FeatureCollection"');
  if (!must('$.features', features, Array.isArray(features), 'an array of Features')) return problems;
  const ids = new Map<string, string>();

  (features as unknown[]).forEach((f, i) => {
    const at = `$.features[${i}]`;
    if (!must(at, f, isObj(f), 'a Feature')) return;
    const { type, geometry: g, properties: p } = f as Obj;
    must(at + '.type', type, type === 'Feature', '"Feature"');
    const gAt = at + '.geometry';
    const cAt = gAt + '.coordinates';
    // A Point's position; RFC 7946 allows a third number, the altitude. Another geometry (a
    // Polygon …) is reported once, as a whole: its coordinates are not a position.
    const c = isObj(g) && g.type === 'Point' && g.coordinates;
    if (g !== null && must(gAt, isObj(g) ? (g.type ?? g) : g, c !== false, 'a Point or null')) {
      if (
        must(
          cAt,
          c,
          Array.isArray(c) && c.length > 1 && c.length < 4 && c.every(Number.isFinite),
          '[longitude, latitude]',
        )
      ) {
        const [lon, lat] = c as number[];
        const ref = isObj(p) && isObj(p.city) && KNOWN[String(p.city.en).trim().toLowerCase()];
        const near = (x: number, y: number) => ref && abs(x - ref[0]) <= 1 && abs(y - ref[1]) <= 1;
        if ((abs(lon) <= 90 && abs(lat) > 90 && abs(lat) <= 180) || (!near(lon, lat) && near(lat, lon))) {
          report(cAt, `looks like [latitude, longitude]; GeoJSON wants longitude first: [${lat}, ${lon}]`);
        } else {
          must(cAt + '[0]', lon, abs(lon) <= 180, 'a longitude between -180 and 180');
          must(cAt + '[1]', lat, abs(lat) <= 90, 'a latitude between -90 and 90');
        }
      }
    }

    const pAt = at + '.properties';
    if (!must(pAt, p, isObj(p), 'an object')) return;
    const { id, name, city, summary, country, status, opened, source, locationUnresolved: unresolved } = p as Obj;
    const field = (key: string) => `${pAt}.${key}`;
    if (
      must(
        field('id'),
        id,
        typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id),
        'lower-case letters, digits and hyphens (like "tel-aviv")',
      )
    ) {
      const first = ids.get(id as string);
      if (first) report(field('id'), `duplicate id "${id}" (first used at ${first})`);
      else ids.set(id as string, field('id'));
    }
    if (must(field('name'), name, name !== undefined, '')) langMap(name, field('name'));
    if (city !== undefined) langMap(city, field('city'));
    if (summary !== undefined) langMap(summary, field('summary'));
    // A place that could not be located may have no known country either (the source's "Evelyn").
    if (country !== undefined || unresolved !== true) {
      must(
        field('country'),
        country,
        typeof country === 'string' && isCountry(country),
        'an upper-case ISO 3166-1 alpha-2 code',
      );
    }
    must(field('status'), status, status === 'open' || status === 'planned', '"open" or "planned"');
    if (opened !== undefined) must(field('opened'), opened, isDate(opened), 'a real date written YYYY-MM-DD');
    for (const key of ['founders', 'partners', 'focus']) {
      const list = (p as Obj)[key];
      if (list !== undefined && must(field(key), list, Array.isArray(list), 'an array')) {
        (list as unknown[]).forEach((item, j) => {
          const iAt = `${field(key)}[${j}]`;
          if (typeof item !== 'string') langMap(item, iAt);
          else must(iAt, item, item.trim(), 'a non-empty string or a language map');
        });
      }
    }
    must(field('source'), source, safeUrl(source), 'an absolute http(s) URL');
    if (
      unresolved !== undefined &&
      must(field('locationUnresolved'), unresolved, typeof unresolved === 'boolean', 'true or false')
    ) {
      // Reported where the schema's rule reports it, so the validator shows it once.
      if (unresolved && isObj(g))
        report(gAt, 'must be null when properties.locationUnresolved is true (or leave locationUnresolved out)');
    }
  });
  return problems;
}

const langs = (v: unknown): LangMap[] =>
  ((v || []) as (string | LangMap)[]).map((x) => (typeof x === 'string' ? { en: x } : x));

export interface CentersOptions {
  /**
   * `true` (the default, for data owners and the validator): any problem throws. `false` (the
   * elements): a feature that breaks a rule is left out, or only its bad field where the rest is
   * sound, and each is reported through `onDrop`; only a dataset with nothing usable throws.
   */
  strict?: boolean;
  onDrop?: (dropped: Dropped) => void;
}

// A problem at one of these paths (relative to the feature) costs only that field: the centre is
// still worth showing without its link, opening date, summary, position or one of its lists.
const FIELD =
  /^(\.geometry|\.properties\.(?:source|opened|summary|city|locationUnresolved|founders|partners|focus))(?:\[(\d+)\])?/;
// A bad translation (any key but `en`) costs only that language.
const TRANSLATION = /^\.properties\.(name|city|summary)(?:\.(?!en$)([A-Za-z_$][\w$]*)|\['((?:[^'\\]|\\.)*)'\])$/;

const without = (o: unknown, key: string): Obj =>
  Object.fromEntries(Object.entries(o as Obj).filter(([k]) => k !== key));

/** The feature with its unsound fields taken out, or the problem that leaves it out whole. */
function repair(feature: Obj, problems: Problem[]): { repaired: Obj } | { fatal: Problem } {
  let p = feature.properties as Obj;
  const lists: Record<string, Set<number>> = {};
  let geometry = feature.geometry;
  for (const problem of problems) {
    const tr = TRANSLATION.exec(problem.path);
    if (tr) {
      p = { ...p, [tr[1]]: without(p[tr[1]], tr[2] ?? tr[3].replace(/\\(.)/g, '$1')) };
      continue;
    }
    const f = FIELD.exec(problem.path);
    if (!f) return { fatal: problem };
    const key = f[1].replace(/^\.(properties\.)?/, '');
    if (key === 'geometry') geometry = null;
    else if (f[2] !== undefined) (lists[key] ??= new Set()).add(Number(f[2]));
    else p = without(p, key);
  }
  for (const [key, bad] of Object.entries(lists))
    if (Array.isArray(p[key])) p = { ...p, [key]: (p[key] as unknown[]).filter((_, j) => !bad.has(j)) };
  return { repaired: { ...feature, geometry, properties: p } };
}

/** The Center a sound feature describes. Known members only: an unknown member never reaches a Center. */
function toCenter({ geometry, properties }: Obj): Center {
  const p = properties as Obj;
  const at = (geometry as { coordinates: number[] } | null)?.coordinates;
  const center = {
    // Empty when the source gives no country (only possible for an unresolved location).
    country: '',
    founders: langs(p.founders),
    partners: langs(p.partners),
    focus: langs(p.focus),
    source: safeUrl(p.source) ?? '',
    ...(at && { coordinates: [at[0], at[1]] }),
  } as Obj;
  for (const key of ['id', 'name', 'city', 'country', 'status', 'opened', 'summary'])
    if (p[key] !== undefined) center[key] = p[key];
  if (p.locationUnresolved) center.locationUnresolved = true;
  return center as unknown as Center;
}

const schemaError = (problems: Problem[]): SzError => {
  const more = problems.length - 1;
  return new SzError(
    'schema',
    `${problems[0].path}: ${problems[0].message}` + (more ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''),
  );
};

/**
 * The centres of a dataset. Strict (the default) throws SzError 'schema' naming the first
 * problem's JSONPath (and how many more there are). Tolerant (`strict: false`) keeps every sound
 * centre (see CentersOptions). Unknown members are ignored either way.
 */
export function parseCenters(json: unknown, { strict = true, onDrop }: CentersOptions = {}): Center[] {
  const problems = checkCenters(json);
  if (!problems.length) return ((json as Obj).features as Obj[]).map(toCenter);
  if (strict) throw schemaError(problems);

  // Problems outside any feature (not an object, no features array) leave nothing to read.
  const features = isObj(json) && Array.isArray(json.features) ? (json.features as unknown[]) : undefined;
  if (!features) throw schemaError(problems);
  const byFeature = new Map<number, Problem[]>();
  for (const problem of problems) {
    const m = /^\$\.features\[(\d+)\](.*)$/.exec(problem.path);
    if (!m) {
      onDrop?.({ path: problem.path, message: `ignored: ${problem.message}` });
      continue;
    }
    const own = byFeature.get(Number(m[1])) ?? [];
    byFeature.set(Number(m[1]), [...own, { path: m[2], message: problem.message }]);
  }
  const centres: Center[] = [];
  features.forEach((feature, i) => {
    const at = `$.features[${i}]`;
    const own = byFeature.get(i);
    const props = isObj(feature) && isObj(feature.properties) ? feature.properties : {};
    const id = typeof props.id === 'string' ? props.id : undefined;
    if (!own) return void centres.push(toCenter(feature as Obj));
    const result = repair(feature as Obj, own);
    if ('fatal' in result) {
      onDrop?.({ path: at, message: `left out: ${at}${result.fatal.path} ${result.fatal.message}`, ...(id && { id }) });
      return;
    }
    for (const q of own) onDrop?.({ path: at + q.path, message: `dropped: ${q.message}`, ...(id && { id }) });
    centres.push(toCenter(result.repaired));
  });
  // Nothing usable left: the data owner's problems, not an empty dataset.
  if (!centres.length && features.length) throw schemaError(problems);
  return centres;
}

// The British spellings, from before the API settled on `center` (as the elements and attributes
// spell it). Kept for one minor version.
/** @deprecated Use `parseCenters`; `parseCentres` goes in 0.3.0. */
export const parseCentres = parseCenters;
/** @deprecated Use `checkCenters`; `checkCentres` goes in 0.3.0. */
export const checkCentres = checkCenters;
/** @deprecated Use `CentersOptions`; `CentresOptions` goes in 0.3.0. */
export type CentresOptions = CentersOptions;
