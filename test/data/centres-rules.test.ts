// parseCentres(): each rule of the centres format, and what passes.
import { expect } from '@open-wc/testing';
import { checkCentres, parseCentres } from '../../src/data/centres.js';
import { type Json, load, dataset, withoutGeometry, failure } from './centres-helpers.js';

describe('parseCentres(): each rule names the JSON path', () => {
  const f = '$.features[0]';
  const p = `${f}.properties`;
  const cases: [string, unknown, string][] = [
    ['not an object', ['toronto'], '$: must be a GeoJSON FeatureCollection, not ["toronto"]'],
    [
      'not a FeatureCollection',
      { ...dataset(), type: 'Feature' },
      '$.type: must be "FeatureCollection", not "Feature"',
    ],
    ['no features', { type: 'FeatureCollection' }, '$.features: is required'],
    [
      'a feature that is not an object',
      { type: 'FeatureCollection', features: [null] },
      `${f}: must be a Feature, not null`,
    ],
    [
      'longitude out of range',
      dataset({}, { type: 'Point', coordinates: [-200, 43.6] }),
      `${f}.geometry.coordinates[0]: must be a longitude between -180 and 180, not -200`,
    ],
    [
      'latitude out of range',
      dataset({ city: { en: 'Nowhere' } }, { type: 'Point', coordinates: [120, -91] }),
      `${f}.geometry.coordinates[1]: must be a latitude between -90 and 90, not -91`,
    ],
    [
      'latitude and longitude swapped (out of range)',
      dataset({ city: { en: 'Seattle' } }, { type: 'Point', coordinates: [47.6062, -122.3321] }),
      `${f}.geometry.coordinates: looks like [latitude, longitude]; ` +
        'GeoJSON wants longitude first: [-122.3321, 47.6062]',
    ],
    [
      'latitude and longitude swapped (a known city)',
      dataset({ city: { en: 'London' }, country: 'GB' }, { type: 'Point', coordinates: [51.5072, -0.1276] }),
      `${f}.geometry.coordinates: looks like [latitude, longitude]; GeoJSON wants longitude first: [-0.1276, 51.5072]`,
    ],
    [
      'coordinates that are not two numbers',
      dataset({}, { type: 'Point', coordinates: [43.6] }),
      `${f}.geometry.coordinates: must be [longitude, latitude], not [43.6]`,
    ],
    [
      'an infinite coordinate',
      dataset({}, { type: 'Point', coordinates: [Infinity, 43.6] }),
      `${f}.geometry.coordinates: must be [longitude, latitude], not [null,43.6]`,
    ],
    [
      'another geometry type',
      dataset(
        {},
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
      ),
      `${f}.geometry: must be a Point or null, not "LineString"`,
    ],
    ['a missing geometry', withoutGeometry(), `${f}.geometry: is required`],
    [
      'a missing properties object',
      { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] },
      `${p}: is required`,
    ],
    [
      'a bad id',
      dataset({ id: 'Toronto!' }),
      `${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not "Toronto!"`,
    ],
    [
      'an id starting with a hyphen',
      dataset({ id: '-toronto' }),
      `${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not "-toronto"`,
    ],
    [
      'an empty id',
      dataset({ id: '' }),
      `${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not ""`,
    ],
    [
      'an unknown country code',
      dataset({ country: 'EU' }),
      `${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "EU"`,
    ],
    [
      'a lower-case country code',
      dataset({ country: 'ca' }),
      `${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "ca"`,
    ],
    ['a missing country', dataset({ country: undefined }), `${p}.country: is required`],
    ['a bad status', dataset({ status: 'Open' }), `${p}.status: must be "open" or "planned", not "Open"`],
    [
      'an impossible date',
      dataset({ opened: '2017-02-29' }),
      `${p}.opened: must be a real date written YYYY-MM-DD, not "2017-02-29"`,
    ],
    [
      'a date with a time',
      dataset({ opened: '2017-05-09T10:00:00Z' }),
      `${p}.opened: must be a real date written YYYY-MM-DD, not "2017-05-09T10:00:00Z"`,
    ],
    [
      'a name that is a plain string',
      dataset({ name: 'Toronto' }),
      `${p}.name: must be a language map such as {"en": "…", "zh-Hans": "…"}, not "Toronto"`,
    ],
    ['a language map without en', dataset({ city: { 'zh-Hans': '多伦多' } }), `${p}.city.en: is required`],
    [
      'an empty text in a language map',
      dataset({ summary: { en: 'Fine', 'zh-Hans': '  ' } }),
      `${p}.summary['zh-Hans']: must be a non-empty string, not "  "`,
    ],
    [
      'a key that is not a language tag',
      dataset({ name: { en: 'Toronto', 'not a tag': 'x' } }),
      `${p}.name['not a tag']: is not a BCP 47 language tag`,
    ],
    [
      'partners that are not an array',
      dataset({ partners: { en: 'Plug and Play' } }),
      `${p}.partners: must be an array, not {"en":"Plug and Play"}`,
    ],
    [
      'a focus entry that is neither string nor map',
      dataset({ focus: [42] }),
      `${p}.focus[0]: must be a language map such as {"en": "…", "zh-Hans": "…"}, not 42`,
    ],
    [
      'a founder map without en',
      dataset({ founders: [{ 'zh-Hans': '力合科创集团' }] }),
      `${p}.founders[0].en: is required`,
    ],
    ['a missing source', dataset({ source: undefined }), `${p}.source: is required`],
    [
      'a relative source',
      dataset({ source: '/centres/toronto' }),
      `${p}.source: must be an absolute http(s) URL, not "/centres/toronto"`,
    ],
    [
      'a data: source',
      dataset({ source: 'data:text/html,hi' }),
      `${p}.source: must be an absolute http(s) URL, not "data:text/html,hi"`,
    ],
    [
      'locationUnresolved that is not a boolean',
      dataset({ locationUnresolved: 1 }, null),
      `${p}.locationUnresolved: must be true or false, not 1`,
    ],
    [
      'locationUnresolved with a point',
      dataset({ locationUnresolved: true }),
      `${f}.geometry: must be null when properties.locationUnresolved is true (or leave locationUnresolved out)`,
    ],
  ];

  for (const [rule, json, message] of cases) {
    it(rule, () => {
      expect(failure(json).message).to.equal(message);
      const at = message.indexOf(': ');
      expect(checkCentres(json)).to.deep.equal([{ path: message.slice(0, at), message: message.slice(at + 2) }]);
    });
  }

  it('rejects a javascript: source however it is written', () => {
    for (const source of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)']) {
      const refused = /^\$\.features\[0\]\.properties\.source: must be an absolute http\(s\) URL, not /;
      expect(failure(dataset({ source })).message).to.match(refused);
    }
  });

  it('reports a duplicate id at the second use', () => {
    const json = dataset();
    const features = json.features as Json[];
    features.push(structuredClone(features[0]));
    const duplicate = '$.features[1].properties.id: duplicate id "toronto" (first used at $.features[0].properties.id)';
    expect(failure(json).message).to.equal(duplicate);
  });

  it('names the first problem and counts the others', () => {
    expect(failure(dataset({ status: 'closed', country: 'XX', source: 'ftp://x' })).message).to.equal(
      `${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "XX" (and 2 more problems)`,
    );
    expect(failure(dataset({ status: 'closed', source: 'ftp://x' })).message).to.match(/ \(and 1 more problem\)$/);
  });

  it('cuts a long value short in the message', () => {
    const message = failure(dataset({ status: 'x'.repeat(500) })).message;
    expect(message).to.equal(`${p}.status: must be "open" or "planned", not "${'x'.repeat(58)}…`);
  });

  it('finds problems in every feature, in document order', () => {
    const json = dataset();
    const features = json.features as Json[];
    const second = structuredClone(features[0]) as Json;
    (second.properties as Json).id = 'second';
    (second.properties as Json).status = 'gone';
    features.push(second);
    (features[0].properties as Json).opened = '2017-13-01';
    expect(checkCentres(json).map((x) => x.path)).to.deep.equal([`${p}.opened`, '$.features[1].properties.status']);
  });
});

describe('parseCentres(): what passes', () => {
  it('maps a feature to a Center: string entries become language maps, geometry null drops coordinates', () => {
    const json = dataset({
      founders: ['A Shenzhen company'],
      partners: [{ en: 'Trendlines Group', he: 'טרנדליינס' }],
    });
    expect(parseCentres(json)).to.deep.equal([
      {
        id: 'toronto',
        name: { en: 'Innovation centre, Toronto', 'zh-Hans': '创新中心（多伦多）' },
        city: { en: 'Toronto', 'zh-Hans': '多伦多' },
        country: 'CA',
        status: 'open',
        opened: '2017-05-09',
        founders: [{ en: 'A Shenzhen company' }],
        partners: [{ en: 'Trendlines Group', he: 'טרנדליינס' }],
        focus: [],
        source: 'https://example.org/centres/toronto',
        coordinates: [-79.3832, 43.6532],
      },
    ]);
    const plannedOnly = { city: undefined, opened: undefined, status: 'planned', locationUnresolved: false };
    const [planned] = parseCentres(dataset(plannedOnly, null));
    expect(planned).not.to.have.property('coordinates');
    expect(planned).not.to.have.property('city');
    expect(planned).not.to.have.property('locationUnresolved');
  });

  it('passes an empty collection', () => {
    expect(parseCentres({ type: 'FeatureCollection', features: [] })).to.deep.equal([]);
  });

  it('allows unknown members everywhere and keeps them out of the Centers', async () => {
    const centres = parseCentres(await load('/test/fixtures/centres/extra-properties.geojson'));
    expect(centres.map((c) => c.id)).to.deep.equal(['toronto', 'somewhere', 'belgium']);
    expect(centres[0]).not.to.have.property('x-rank');
    expect(centres[0]).not.to.have.property('website');
    // An altitude is allowed by RFC 7946; a Center keeps longitude and latitude.
    expect(centres[0].coordinates).to.deep.equal([-79.3832, 43.6532]);
    expect(centres[0].founders).to.deep.equal([
      { en: 'A Shenzhen company' },
      { en: 'Leaguer Group Co. Ltd.', 'zh-Hans': '力合科创集团' },
    ]);
    expect(centres[1]).to.include({ country: '', locationUnresolved: true });
    expect(centres[2].name['zh-Hant-TW']).to.equal('比利時');
  });

  it('does not let a "coordinates" property stand in for the geometry', () => {
    const [c] = parseCentres(dataset({ coordinates: [1, 2] }, null));
    expect(c).not.to.have.property('coordinates');
  });

  it('leaves hostile strings as plain strings', async () => {
    const [c] = parseCentres(await load('/test/fixtures/centres/hostile.geojson'));
    expect(c.name.en).to.equal('<img src=x onerror="window.__pwned=1">Centre');
    expect(c.name['zh-Hans']).to.equal('<script>window.__pwned=2</script>');
    expect(c.partners[0].he).to.equal('<iframe src="javascript:alert(1)">');
    expect(c.summary!.en).to.equal('{{constructor.constructor("alert(1)")()}} ${alert(1)}');
    expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('rejects a __proto__ key in a language map instead of using it', () => {
    const polluted = '"en":"Toronto","__proto__":{"polluted":1}';
    const json = JSON.parse(JSON.stringify(dataset()).replace('"en":"Toronto"', polluted));
    expect(failure(json).message).to.equal('$.features[0].properties.city.__proto__: is not a BCP 47 language tag');
    expect(({} as Json).polluted).to.equal(undefined);
  });
});
