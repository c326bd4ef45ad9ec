// <sz-center-card> on the shipped dataset, given a centre object, and changed at runtime.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/center-card/define.js';
import { clearStoredCopies, faultUrl, serverStats, shippedCentres } from '../helpers.js';
import { $, part, parts } from '../shadow.js';
import { badgeText, centerCardFixture, facts, givenCentre, nameText, shown, statusText } from './harness.js';

describe('<sz-center-card>', () => {
  beforeEach(clearStoredCopies);

  it('shows the Tel Aviv centre from the shipped dataset, as a heading and a description list', async () => {
    const el = await centerCardFixture({ src: shippedCentres, center: 'tel-aviv' });
    await shown(el);
    expect($(el, 'h3[part~="name"]')!.textContent).to.contain('Tel Aviv');
    expect(badgeText(el)).to.equal('Status: Open');
    const f = facts(el);
    expect(f.City).to.equal('Tel Aviv');
    expect(f.Country).to.equal('Israel');
    expect(f.Opened).to.match(/May 9, 2017|9 May 2017/);
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2017-05-09');
    expect(f.Partners).to.contain('Trendlines Group');
    expect(parts(el, 'chip').length).to.be.greaterThan(3);
    const source = $(el, 'a[part~="source"]') as HTMLAnchorElement;
    expect(source.href).to.equal('http://en.szinvest.gov.cn/ne/news/201705/t20170512_6693203.htm');
    expect(source.rel).to.equal('noopener noreferrer');
    expect(part(el, 'summary')!.textContent!.length).to.be.greaterThan(40);
  });

  it('renders every centre of the shipped dataset', async () => {
    const res = await fetch(shippedCentres);
    const json = (await res.json()) as { features: { properties: { id: string } }[] };
    const ids = json.features.map((f) => f.properties.id);
    expect(ids).to.include.members([
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
    const wrap = await fixture(html`<div>
      ${ids.map((id) => html`<sz-center-card src=${shippedCentres} center=${id}></sz-center-card>`)}
    </div>`);
    const cards = [...wrap.querySelectorAll('sz-center-card')];
    for (const card of cards) await shown(card);
    expect(cards.map((c) => nameText(c).length > 0)).to.deep.equal(ids.map(() => true));
    const planned = cards.filter((c) => badgeText(c).endsWith('Planned')).map((c) => c.getAttribute('center'));
    expect(planned).to.deep.equal(['france', 'germany', 'belgium']);
  });

  it('makes one request for many cards on one dataset', async () => {
    const { url, key } = faultUrl({ path: 'datasets/centres.geojson', type: 'application/geo+json' });
    const wrap = await fixture(html`<div>
      <sz-center-card src=${url} center="boston"></sz-center-card>
      <sz-center-card src=${url} center="london"></sz-center-card>
      <sz-center-card src=${url} center="toronto"></sz-center-card>
    </div>`);
    for (const card of wrap.querySelectorAll('sz-center-card')) await shown(card);
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('says where Evelyn could not be located, and has no coordinates to show', async () => {
    const el = await centerCardFixture({ src: shippedCentres, center: 'evelyn' });
    await shown(el);
    expect(facts(el).City).to.equal('Evelyn (Location not identified)');
  });

  it('follows a change of center, layout, heading-level and theme at runtime', async () => {
    const el = await centerCardFixture({ src: shippedCentres, center: 'boston' });
    await shown(el);
    expect(nameText(el)).to.contain('Boston');
    el.setAttribute('center', 'london');
    await el.updateComplete;
    expect(nameText(el)).to.contain('London');
    expect(facts(el).Country).to.equal('United Kingdom');

    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect(part(el, 'summary')).to.equal(null);
    expect(part(el, 'source')).to.equal(null);
    expect(Object.keys(facts(el))).to.deep.equal(['City', 'Country']);
    el.layout = 'full';
    await el.updateComplete;
    expect(part(el, 'summary')).not.to.equal(null);

    for (const [attr, tag] of [
      ['2', 'H2'],
      ['6', 'H6'],
      ['9', 'H6'],
      ['1', 'H2'],
      ['x', 'H3'],
    ]) {
      el.setAttribute('heading-level', attr);
      await el.updateComplete;
      expect(part(el, 'name')!.tagName, `heading-level=${attr}`).to.equal(tag);
    }

    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    const light = getComputedStyle(part(el, 'base')!).backgroundColor;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(13, 17, 23)');
  });

  it('re-fetches when src changes', async () => {
    const a = faultUrl({ path: 'datasets/centres.geojson' });
    const b = faultUrl({ path: 'card/hostile.geojson' });
    const el = await centerCardFixture({ src: a.url, center: 'planned-one' });
    await waitUntil(() => statusText(el).includes('no centre'), 'not-found not shown');
    el.src = b.url;
    await waitUntil(() => nameText(el) === 'Planned entry', 'did not switch data');
    expect((await serverStats(b.key)).requests).to.equal(1);
  });

  it('takes a Center object through the center property, without fetching', async () => {
    const { url, key } = faultUrl({ path: 'datasets/centres.geojson' });
    const el = await centerCardFixture({ src: url }, { center: givenCentre });
    expect(nameText(el)).to.equal('Given centre');
    expect(facts(el)).to.deep.include({ City: 'Haifa', Country: 'Israel', Partners: 'Partner A and Partner B' });
    expect(badgeText(el)).to.equal('Status: Planned');
    expect((await serverStats(key)).requests).to.equal(0);
    el.center = 'toronto';
    await waitUntil(() => nameText(el).includes('Toronto'), 'did not go back to the dataset');
  });
});
