// Shared by the parseCentres() test files (test/data/centres-*.test.ts): a dataset that passes
// every check, to be broken one rule at a time.
import { expect } from '@open-wc/testing';
import { parseCentres } from '../../src/data/centres.js';
import { SzError } from '../../src/data/types.js';

export type Json = Record<string, unknown>;

export const load = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** A one-feature dataset that passes every check; `over` replaces properties, `geometry` the geometry. */
export function dataset(
  over: Json = {},
  geometry: unknown = { type: 'Point', coordinates: [-79.3832, 43.6532] },
): Json {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry,
        properties: {
          id: 'toronto',
          name: { en: 'Innovation centre, Toronto', 'zh-Hans': '创新中心（多伦多）' },
          city: { en: 'Toronto', 'zh-Hans': '多伦多' },
          country: 'CA',
          status: 'open',
          opened: '2017-05-09',
          source: 'https://example.org/centres/toronto',
          ...over,
        },
      },
    ],
  };
}

export function withoutGeometry(): Json {
  const json = dataset();
  delete ((json.features as Json[])[0] as Json).geometry;
  return json;
}

/** The schema error parseCentres() throws for `json`; fails when it throws nothing, or something else. */
export function failure(json: unknown): SzError {
  try {
    parseCentres(json);
  } catch (err) {
    expect(err).to.be.instanceOf(SzError);
    expect((err as SzError).code).to.equal('schema');
    return err as SzError;
  }
  throw new Error('expected parseCentres to throw');
}
