// parseCentres(json, { strict: false }): imperfect data keeps every sound centre.
import { expect } from '@open-wc/testing';
import { parseCentres } from '../../src/data/centres.js';
import { SzError, type Center } from '../../src/data/types.js';
import { type Json, load, dataset } from './centres-helpers.js';

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
      {
        path: '$.features[10].properties.source',
        message: 'dropped: must be an absolute http(s) URL, not "javascript:alert(1)"',
        id: 'haifa',
      },
    ]);
  });

  it('leaves out a feature that breaks a rule the card needs, keeps the other ten', async () => {
    const { centres, dropped } = tolerant(await tenAnd(feature({ id: 'broken', status: 'closed' })));
    expect(centres.map((c) => c.id))
      .to.have.length(10)
      .and.not.include('broken');
    expect(dropped).to.have.length(1);
    expect(dropped[0]).to.include({ path: '$.features[10]', id: 'broken' });
    const why = 'left out: $.features[10].properties.status must be "open" or "planned", not "closed"';
    expect(dropped[0].message).to.equal(why);
  });

  it('drops only what is unsound: a bad date, a bad translation, a bad list entry, swapped coordinates', async () => {
    const { centres, dropped } = tolerant(
      await tenAnd(
        feature(
          {
            id: 'odd',
            opened: '2017-02-30',
            name: { en: 'Odd centre', 'zh-Hans': '' },
            partners: ['Good partner', 42],
          },
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
