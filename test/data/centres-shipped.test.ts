// parseCentres() on the shipped dataset; jsonPath() and isCountry().
import { expect } from '@open-wc/testing';
import { checkCenters, checkCentres, jsonPath, parseCenters, parseCentres } from '../../src/data/centres.js';
import { isCountry } from '../../src/data/countries.js';
import type { Center } from '../../src/data/types.js';
import { load } from './centres-helpers.js';

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
    expect(sf.founders.map((f) => f.en)).to.deep.equal([
      'Research Institute of Tsinghua University in Shenzhen',
      'Leaguer Group Co. Ltd.',
    ]);
    expect(sf.partners.map((f) => f.en)).to.deep.equal(['Read Write Lab', 'Plug and Play']);
    expect(sf.focus.map((f) => f.en)).to.deep.equal(['artificial intelligence', 'internet of things', 'health']);
    const telAviv = byId('tel-aviv');
    expect(telAviv.founders).to.deep.equal([]);
    expect(telAviv.partners.map((f) => f.en)).to.deep.equal(['Trendlines Group']);
    expect(telAviv.focus.map((f) => f.en)).to.deep.equal([
      'biomedicine',
      'security',
      'artificial intelligence',
      'drones',
      'robots',
    ]);
    for (const c of centres.filter((x) => x.id !== 'san-francisco' && x.id !== 'tel-aviv')) {
      expect([...c.founders, ...c.partners, ...c.focus], c.id).to.deep.equal([]);
    }
  });

  it("is also exported under the issue's spelling", () => {
    expect(parseCenters).to.equal(parseCentres);
    expect(checkCenters).to.equal(checkCentres);
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
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) if (isCountry(String.fromCharCode(a, b))) all.push(String.fromCharCode(a, b));
    expect(all.join(' ')).to.equal(ISO);
    expect(all).to.have.length(249);
  });

  it('rejects codes that Intl.DisplayNames would name, lower case and other lengths', () => {
    for (const code of ['UK', 'EU', 'XK', 'SU', 'ZZ', 'us', 'Us', 'USA', 'U', '', 'A1', '[A'])
      expect(isCountry(code), code).to.equal(false);
  });
});
