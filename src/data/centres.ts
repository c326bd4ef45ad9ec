// The centres dataset: a GeoJSON (RFC 7946) FeatureCollection → typed Centers. The checks here
// are the ones the elements rely on and a JSON Schema cannot express (swapped coordinates,
// unique ids, real dates, known country codes, safe URLs). Pure: no DOM; runs in browsers and Node.
import { safeUrl } from '../shared/url.js';
import { isCountry } from './countries.js';
import { parseDate } from './dates.js';
import { SzError, type Center, type LangMap } from './types.js';

/** One thing wrong with a dataset: where (a JSONPath such as `$.features[3].properties.id`) and what. */
export interface Problem {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
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
export function checkCentres(json: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => void problems.push({ path, message });
  /** Unless `ok`: "is required" for a missing value, else "must be <what>, not <value>" (cut short: values may be hostile). */
  const must = (path: string, value: unknown, ok: unknown, what: string): boolean => {
    if (!ok) {
      const s = JSON.stringify(value) ?? String(value);
      report(path, value === undefined ? 'is required' : `must be ${what}, not ${s.length > 60 ? s.slice(0, 59) + '…' : s}`);
    }
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
      if (must(cAt, c, Array.isArray(c) && c.length > 1 && c.length < 4 && c.every(Number.isFinite), '[longitude, latitude]')) {
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
    if (must(field('id'), id, typeof id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(id), 'lower-case letters, digits and hyphens (like "tel-aviv")')) {
      const first = ids.get(id as string);
      if (first) report(field('id'), `duplicate id "${id}" (first used at ${first})`);
      else ids.set(id as string, field('id'));
    }
    if (must(field('name'), name, name !== undefined, '')) langMap(name, field('name'));
    if (city !== undefined) langMap(city, field('city'));
    if (summary !== undefined) langMap(summary, field('summary'));
    // A place that could not be located may have no known country either (the source's "Evelyn").
    if (country !== undefined || unresolved !== true) {
      must(field('country'), country, typeof country === 'string' && isCountry(country), 'an upper-case ISO 3166-1 alpha-2 code');
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
    if (unresolved !== undefined && must(field('locationUnresolved'), unresolved, typeof unresolved === 'boolean', 'true or false')) {
      // Reported where the schema's rule reports it, so the validator shows it once.
      if (unresolved && isObj(g)) report(gAt, 'must be null when properties.locationUnresolved is true (or leave locationUnresolved out)');
    }
  });
  return problems;
}

const langs = (v: unknown): LangMap[] => ((v || []) as (string | LangMap)[]).map((x) => (typeof x === 'string' ? { en: x } : x));

/**
 * The centres of a dataset. Throws SzError 'schema' naming the first problem's JSONPath (and how
 * many more there are); unknown members are ignored.
 */
export function parseCentres(json: unknown): Center[] {
  const problems = checkCentres(json);
  const more = problems.length - 1;
  if (problems[0]) {
    throw new SzError('schema', `${problems[0].path}: ${problems[0].message}` + (more ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''));
  }
  return ((json as Obj).features as Obj[]).map(({ geometry, properties }) => {
    const p = properties as Obj;
    const at = (geometry as { coordinates: number[] } | null)?.coordinates;
    // Known members only: an unknown member of the data never reaches a Center.
    const center = {
      // Empty when the source gives no country (only possible for an unresolved location).
      country: '',
      founders: langs(p.founders),
      partners: langs(p.partners),
      focus: langs(p.focus),
      source: safeUrl(p.source),
      ...(at && { coordinates: [at[0], at[1]] }),
    } as Obj;
    for (const key of ['id', 'name', 'city', 'country', 'status', 'opened', 'summary']) if (p[key] !== undefined) center[key] = p[key];
    if (p.locationUnresolved) center.locationUnresolved = true;
    return center as unknown as Center;
  });
}

export { parseCentres as parseCenters, checkCentres as checkCenters };
