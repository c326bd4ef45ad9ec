import { expect } from '@open-wc/testing';
import { checkCenters, checkCentres, jsonPath, parseCenters, parseCentres } from '../../src/data/centres.js';
import { isCountry } from '../../src/data/countries.js';
import { SzError, type Center } from '../../src/data/types.js';

type Json = Record<string, unknown>;

const load = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** A one-feature dataset that passes every check; `over` replaces properties, `geometry` the geometry. */
function dataset(over: Json = {}, geometry: unknown = { type: 'Point', coordinates: [-79.3832, 43.6532] }): Json {
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

function withoutGeometry(): Json {
  const json = dataset();
  delete ((json.features as Json[])[0] as Json).geometry;
  return json;
}

function failure(json: unknown): SzError {
  try {
    parseCentres(json);
  } catch (err) {
    expect(err).to.be.instanceOf(SzError);
    expect((err as SzError).code).to.equal('schema');
    return err as SzError;
  }
  throw new Error('expected parseCentres to throw');
}

describe('parseCentres(): the shipped dataset', () => {
  let centres: Center[];
  const byId = (id: string) => centres.find((c) => c.id === id)!;
  before(async () => {
    centres = parseCentres(await load('/datasets/centres.geojson'));
  });

  it('has the seven first-batch centres and the three planned countries, in order', () => {
    expect(centres.map((c) => c.id)).to.deep.equal([
      'san-francisco',
      'boston',
      'seattle',
      'london',
      'evelyn',
      'tel-aviv',
      'toronto',
      'france',
      'germany',
      'belgium',
    ]);
    expect(centres.filter((c) => c.status === 'open')).to.have.length(7);
    expect(centres.filter((c) => c.status === 'open').every((c) => c.opened === '2017-05-09')).to.equal(true);
    expect(centres.filter((c) => c.status === 'planned').map((c) => c.country)).to.deep.equal(['FR', 'DE', 'BE']);
  });

  it('gives every entry an English and a Chinese name, a country (but Evelyn) and the article as source', () => {
    for (const c of centres) {
      expect(c.name.en, c.id).to.be.a('string').and.not.equal('');
      expect(c.name['zh-Hans'], c.id).to.be.a('string').and.not.equal('');
      expect(c.summary?.en, c.id).to.be.a('string');
      expect(c.summary?.['zh-Hans'], c.id).to.be.a('string');
      expect(c.source, c.id).to.equal('http://en.szinvest.gov.cn/ne/news/201705/t20170512_6693203.htm');
      if (c.id !== 'evelyn') expect(isCountry(c.country), c.id).to.equal(true);
    }
    expect(centres.map((c) => c.country)).to.deep.equal(['US', 'US', 'US', 'GB', '', 'IL', 'CA', 'FR', 'DE', 'BE']);
  });

  it('keeps "Evelyn" as written, with no coordinates, marked locationUnresolved', () => {
    const evelyn = byId('evelyn');
    expect(evelyn.city).to.deep.equal({ en: 'Evelyn' });
    expect(evelyn).not.to.have.property('coordinates');
    expect(evelyn.locationUnresolved).to.equal(true);
    expect(evelyn.country).to.equal('');
  });

  it('places each located centre at its city, longitude first', () => {
    expect(byId('san-francisco').coordinates).to.deep.equal([-122.4194, 37.7749]);
    expect(byId('tel-aviv').coordinates).to.deep.equal([34.7818, 32.0853]);
    const [seattleLon, seattleLat] = byId('seattle').coordinates!;
    const [bostonLon, bostonLat] = byId('boston').coordinates!;
    // Seattle is north-west of Boston.
    expect(seattleLat).to.be.greaterThan(bostonLat);
    expect(seattleLon).to.be.lessThan(bostonLon);
    // London is just west of Greenwich, Tel Aviv east of it.
    expect(byId('london').coordinates![0]).to.be.within(-1, 0);
    expect(byId('toronto').coordinates![1]).to.be.within(43, 44);
  });

  it('leaves the planned countries without city or coordinates, and nothing is locationUnresolved but Evelyn', () => {
    for (const id of ['france', 'germany', 'belgium']) {
      const c = byId(id);
      expect(c).not.to.have.property('city');
      expect(c).not.to.have.property('coordinates');
      expect(c).not.to.have.property('opened');
      expect(c).not.to.have.property('locationUnresolved');
    }
    expect(centres.filter((c) => c.locationUnresolved).map((c) => c.id)).to.deep.equal(['evelyn']);
  });

  it('fills founders, partners and focus only where the article names them', () => {
    const sf = byId('san-francisco');
    expect(sf.founders.map((f) => f.en)).to.deep.equal(['Research Institute of Tsinghua University in Shenzhen', 'Leaguer Group Co. Ltd.']);
    expect(sf.partners.map((f) => f.en)).to.deep.equal(['Read Write Lab', 'Plug and Play']);
    expect(sf.focus.map((f) => f.en)).to.deep.equal(['artificial intelligence', 'internet of things', 'health']);
    const telAviv = byId('tel-aviv');
    expect(telAviv.founders).to.deep.equal([]);
    expect(telAviv.partners.map((f) => f.en)).to.deep.equal(['Trendlines Group']);
    expect(telAviv.focus.map((f) => f.en)).to.deep.equal(['biomedicine', 'security', 'artificial intelligence', 'drones', 'robots']);
    for (const c of centres.filter((x) => x.id !== 'san-francisco' && x.id !== 'tel-aviv')) {
      expect([...c.founders, ...c.partners, ...c.focus], c.id).to.deep.equal([]);
    }
  });

  it('is also exported under the issue\'s spelling', () => {
    expect(parseCenters).to.equal(parseCentres);
    expect(checkCenters).to.equal(checkCentres);
  });
});

describe('parseCentres(): each rule names the JSON path', () => {
  const f = '$.features[0]';
  const p = `${f}.properties`;
  const cases: [string, unknown, string][] = [
    ['not an object', ['toronto'], '$: must be a GeoJSON FeatureCollection, not ["toronto"]'],
    ['not a FeatureCollection', { ...dataset(), type: 'Feature' }, '$.type: must be "FeatureCollection", not "Feature"'],
    ['no features', { type: 'FeatureCollection' }, '$.features: is required'],
    ['a feature that is not an object', { type: 'FeatureCollection', features: [null] }, `${f}: must be a Feature, not null`],
    ['longitude out of range', dataset({}, { type: 'Point', coordinates: [-200, 43.6] }), `${f}.geometry.coordinates[0]: must be a longitude between -180 and 180, not -200`],
    ['latitude out of range', dataset({ city: { en: 'Nowhere' } }, { type: 'Point', coordinates: [120, -91] }), `${f}.geometry.coordinates[1]: must be a latitude between -90 and 90, not -91`],
    ['latitude and longitude swapped (out of range)', dataset({ city: { en: 'Seattle' } }, { type: 'Point', coordinates: [47.6062, -122.3321] }), `${f}.geometry.coordinates: looks like [latitude, longitude]; GeoJSON wants longitude first: [-122.3321, 47.6062]`],
    ['latitude and longitude swapped (a known city)', dataset({ city: { en: 'London' }, country: 'GB' }, { type: 'Point', coordinates: [51.5072, -0.1276] }), `${f}.geometry.coordinates: looks like [latitude, longitude]; GeoJSON wants longitude first: [-0.1276, 51.5072]`],
    ['coordinates that are not two numbers', dataset({}, { type: 'Point', coordinates: [43.6] }), `${f}.geometry.coordinates: must be [longitude, latitude], not [43.6]`],
    ['an infinite coordinate', dataset({}, { type: 'Point', coordinates: [Infinity, 43.6] }), `${f}.geometry.coordinates: must be [longitude, latitude], not [null,43.6]`],
    ['another geometry type', dataset({}, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }), `${f}.geometry: must be a Point or null, not "LineString"`],
    ['a missing geometry', withoutGeometry(), `${f}.geometry: is required`],
    ['a missing properties object', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] }, `${p}: is required`],
    ['a bad id', dataset({ id: 'Toronto!' }), `${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not "Toronto!"`],
    ['an id starting with a hyphen', dataset({ id: '-toronto' }), `${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not "-toronto"`],
    ['an empty id', dataset({ id: '' }), `${p}.id: must be lower-case letters, digits and hyphens (like "tel-aviv"), not ""`],
    ['an unknown country code', dataset({ country: 'EU' }), `${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "EU"`],
    ['a lower-case country code', dataset({ country: 'ca' }), `${p}.country: must be an upper-case ISO 3166-1 alpha-2 code, not "ca"`],
    ['a missing country', dataset({ country: undefined }), `${p}.country: is required`],
    ['a bad status', dataset({ status: 'Open' }), `${p}.status: must be "open" or "planned", not "Open"`],
    ['an impossible date', dataset({ opened: '2017-02-29' }), `${p}.opened: must be a real date written YYYY-MM-DD, not "2017-02-29"`],
    ['a date with a time', dataset({ opened: '2017-05-09T10:00:00Z' }), `${p}.opened: must be a real date written YYYY-MM-DD, not "2017-05-09T10:00:00Z"`],
    ['a name that is a plain string', dataset({ name: 'Toronto' }), `${p}.name: must be a language map such as {"en": "…", "zh-Hans": "…"}, not "Toronto"`],
    ['a language map without en', dataset({ city: { 'zh-Hans': '多伦多' } }), `${p}.city.en: is required`],
    ['an empty text in a language map', dataset({ summary: { en: 'Fine', 'zh-Hans': '  ' } }), `${p}.summary['zh-Hans']: must be a non-empty string, not "  "`],
    ['a key that is not a language tag', dataset({ name: { en: 'Toronto', 'not a tag': 'x' } }), `${p}.name['not a tag']: is not a BCP 47 language tag`],
    ['partners that are not an array', dataset({ partners: { en: 'Plug and Play' } }), `${p}.partners: must be an array, not {"en":"Plug and Play"}`],
    ['a focus entry that is neither string nor map', dataset({ focus: [42] }), `${p}.focus[0]: must be a language map such as {"en": "…", "zh-Hans": "…"}, not 42`],
    ['a founder map without en', dataset({ founders: [{ 'zh-Hans': '力合科创集团' }] }), `${p}.founders[0].en: is required`],
    ['a missing source', dataset({ source: undefined }), `${p}.source: is required`],
    ['a relative source', dataset({ source: '/centres/toronto' }), `${p}.source: must be an absolute http(s) URL, not "/centres/toronto"`],
    ['a data: source', dataset({ source: 'data:text/html,hi' }), `${p}.source: must be an absolute http(s) URL, not "data:text/html,hi"`],
    ['locationUnresolved that is not a boolean', dataset({ locationUnresolved: 1 }, null), `${p}.locationUnresolved: must be true or false, not 1`],
    ['locationUnresolved with a point', dataset({ locationUnresolved: true }), `${f}.geometry: must be null when properties.locationUnresolved is true (or leave locationUnresolved out)`],
  ];

  for (const [rule, json, message] of cases) {
    it(rule, () => {
      expect(failure(json).message).to.equal(message);
      expect(checkCentres(json)).to.deep.equal([{ path: message.slice(0, message.indexOf(': ')), message: message.slice(message.indexOf(': ') + 2) }]);
    });
  }

  it('rejects a javascript: source however it is written', () => {
    for (const source of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)']) {
      expect(failure(dataset({ source })).message).to.match(/^\$\.features\[0\]\.properties\.source: must be an absolute http\(s\) URL, not /);
    }
  });

  it('reports a duplicate id at the second use', () => {
    const json = dataset();
    const features = json.features as Json[];
    features.push(structuredClone(features[0]));
    expect(failure(json).message).to.equal('$.features[1].properties.id: duplicate id "toronto" (first used at $.features[0].properties.id)');
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
    const json = dataset({ founders: ['A Shenzhen company'], partners: [{ en: 'Trendlines Group', he: 'טרנדליינס' }] });
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
    const [planned] = parseCentres(dataset({ city: undefined, opened: undefined, status: 'planned', locationUnresolved: false }, null));
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
    expect(centres[0].founders).to.deep.equal([{ en: 'A Shenzhen company' }, { en: 'Leaguer Group Co. Ltd.', 'zh-Hans': '力合科创集团' }]);
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
    const json = JSON.parse(JSON.stringify(dataset()).replace('"en":"Toronto"', '"en":"Toronto","__proto__":{"polluted":1}'));
    expect(failure(json).message).to.equal('$.features[0].properties.city.__proto__: is not a BCP 47 language tag');
    expect(({} as Json).polluted).to.equal(undefined);
  });
});

describe('jsonPath()', () => {
  it('writes identifiers with a dot, indexes and other keys in brackets', () => {
    expect(jsonPath('$', 'features')).to.equal('$.features');
    expect(jsonPath('$.features', 3)).to.equal('$.features[3]');
    expect(jsonPath('$.name', 'zh-Hans')).to.equal("$.name['zh-Hans']");
    expect(jsonPath('$.name', "it's")).to.equal("$.name['it\\'s']");
  });
});

describe('isCountry()', () => {
  // The plain list the packed masks in src/data/countries.ts were made from.
  const ISO =
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
    'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
    'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

  it('knows exactly the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    const all: string[] = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) if (isCountry(String.fromCharCode(a, b))) all.push(String.fromCharCode(a, b));
    expect(all.join(' ')).to.equal(ISO);
    expect(all).to.have.length(249);
  });

  it('rejects codes that Intl.DisplayNames would name, lower case and other lengths', () => {
    for (const code of ['UK', 'EU', 'XK', 'SU', 'ZZ', 'us', 'Us', 'USA', 'U', '', 'A1', '[A']) expect(isCountry(code), code).to.equal(false);
  });
});

describe('parseCentres(json, { strict: false }): what the elements show of imperfect data', () => {
  /** Ten sound centres (Toronto renamed) and `bad` features after them. */
  async function tenAnd(...bad: Json[]): Promise<Json> {
    const shipped = (await load('/datasets/centres.geojson')) as Json;
    return { ...shipped, features: [...(shipped.features as Json[]), ...bad] };
  }
  const feature = (over: Json = {}, geometry: unknown = { type: 'Point', coordinates: [-79.38, 43.65] }): Json => ({
    ...(dataset(over, geometry).features as Json[])[0],
  });
  function tolerant(json: unknown): { centres: Center[]; dropped: { path: string; message: string; id?: string }[] } {
    const dropped: { path: string; message: string; id?: string }[] = [];
    return { centres: parseCentres(json, { strict: false, onDrop: (d) => dropped.push(d) }), dropped };
  }

  it('keeps a centre whose source is javascript:, without the link, and says which path was dropped', async () => {
    const json = await tenAnd(feature({ id: 'haifa', source: 'javascript:alert(1)' }));
    expect(() => parseCentres(json), 'strict mode still throws').to.throw(SzError);
    const { centres, dropped } = tolerant(json);
    expect(centres).to.have.length(11);
    const haifa = centres.find((c) => c.id === 'haifa')!;
    expect(haifa.source).to.equal('');
    expect(haifa.name.en).to.equal('Innovation centre, Toronto');
    expect(dropped).to.deep.equal([
      { path: '$.features[10].properties.source', message: 'dropped: must be an absolute http(s) URL, not "javascript:alert(1)"', id: 'haifa' },
    ]);
  });

  it('leaves out a feature that breaks a rule the card needs, keeps the other ten', async () => {
    const { centres, dropped } = tolerant(await tenAnd(feature({ id: 'broken', status: 'closed' })));
    expect(centres.map((c) => c.id)).to.have.length(10).and.not.include('broken');
    expect(dropped).to.have.length(1);
    expect(dropped[0]).to.include({ path: '$.features[10]', id: 'broken' });
    expect(dropped[0].message).to.equal('left out: $.features[10].properties.status must be "open" or "planned", not "closed"');
  });

  it('drops only what is unsound: a bad date, a bad translation, a bad list entry, swapped coordinates', async () => {
    const { centres, dropped } = tolerant(
      await tenAnd(
        feature(
          { id: 'odd', opened: '2017-02-30', name: { en: 'Odd centre', 'zh-Hans': '' }, partners: ['Good partner', 42] },
          { type: 'Point', coordinates: [43.65, -79.38] },
        ),
      ),
    );
    const odd = centres.find((c) => c.id === 'odd')!;
    expect(odd).to.not.have.property('opened');
    expect(odd).to.not.have.property('coordinates');
    expect(odd.name).to.deep.equal({ en: 'Odd centre' });
    expect(odd.partners).to.deep.equal([{ en: 'Good partner' }]);
    expect(dropped.map((d) => d.path)).to.have.members([
      '$.features[10].geometry.coordinates',
      "$.features[10].properties.name['zh-Hans']",
      '$.features[10].properties.opened',
      '$.features[10].properties.partners[1]',
    ]);
  });

  it('keeps the first of two features with one id and leaves out the second', async () => {
    const { centres, dropped } = tolerant(await tenAnd(feature({ id: 'boston', name: { en: 'Impostor' } })));
    expect(centres.filter((c) => c.id === 'boston')).to.have.length(1);
    expect(centres.find((c) => c.id === 'boston')!.name.en).to.not.equal('Impostor');
    expect(dropped[0].message).to.match(/^left out: .*duplicate id "boston"/);
  });

  it('is an error only when nothing usable remains', () => {
    expect(() => tolerant(dataset({ status: 'closed' }))).to.throw(SzError, /status/);
    expect(() => tolerant({ type: 'FeatureCollection', features: 'none' })).to.throw(SzError);
    expect(tolerant({ type: 'FeatureCollection', features: [] }).centres).to.deep.equal([]);
  });

  it('reads every record of the hostile fixtures it can, and reports the rest by path', async () => {
    for (const url of ['/test/fixtures/centres/hostile.geojson', '/test/fixtures/card/hostile.geojson']) {
      const json = await load(url);
      const { centres, dropped } = tolerant(json);
      const total = ((json as Json).features as unknown[]).length;
      expect(centres.length + dropped.filter((d) => /^\$\.features\[\d+\]$/.test(d.path)).length, url).to.equal(total);
      for (const d of dropped) expect(d.path, url).to.match(/^\$(\.features\[\d+\])?/);
    }
  });
});
