import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/center-card/define.js';
import type { SzCenterCard } from '../../src/center-card/sz-center-card.js';
import type { Center } from '../../src/data/types.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { captureWarnings, clearStoredCopies, faultUrl, serverStats } from '../helpers.js';

const shipped = new URL('/datasets/centres.geojson', location.href).href;
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const statusText = (el: Element) => text(el, '[part~="status"]');
/** The description list as label → value pairs, the way a screen reader walks it. */
const facts = (el: Element) => {
  const out: Record<string, string> = {};
  for (const dt of $$(el, 'dt')) out[dt.textContent!.trim()] = (dt.nextElementSibling as HTMLElement).textContent!.replace(/\s+/g, ' ').trim();
  return out;
};
const shown = (el: SzCenterCard) => waitUntil(() => $(el, '[part~="name"]'), 'no centre shown', { timeout: 8000 });

const given: Center = {
  id: 'given',
  name: { en: 'Given centre', 'zh-Hans': '给定中心' },
  city: { en: 'Haifa' },
  country: 'IL',
  status: 'planned',
  founders: [],
  partners: [{ en: 'Partner A' }, { en: 'Partner B' }],
  focus: [{ en: 'Robots' }],
  source: 'https://example.test/source',
};

describe('<sz-center-card>', () => {
  beforeEach(clearStoredCopies);

  it('shows the Tel Aviv centre from the shipped dataset, as a heading and a description list', async () => {
    const el = await fixture<SzCenterCard>(html`<sz-center-card src=${shipped} center="tel-aviv"></sz-center-card>`);
    await shown(el);
    expect($(el, 'h3[part~="name"]')!.textContent).to.contain('Tel Aviv');
    expect(text(el, '[part~="badge"]')).to.equal('Status: Open');
    const f = facts(el);
    expect(f.City).to.equal('Tel Aviv');
    expect(f.Country).to.equal('Israel');
    expect(f.Opened).to.match(/May 9, 2017|9 May 2017/);
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2017-05-09');
    expect(f.Partners).to.contain('Trendlines Group');
    expect($$(el, '[part~="chip"]').length).to.be.greaterThan(3);
    const source = $(el, 'a[part~="source"]') as HTMLAnchorElement;
    expect(source.href).to.equal('http://en.szinvest.gov.cn/ne/news/201705/t20170512_6693203.htm');
    expect(source.rel).to.equal('noopener noreferrer');
    expect($(el, '[part~="summary"]')!.textContent!.length).to.be.greaterThan(40);
  });

  it('renders every centre of the shipped dataset', async () => {
    const res = await fetch(shipped);
    const ids = ((await res.json()) as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id);
    expect(ids).to.include.members(['san-francisco', 'boston', 'seattle', 'london', 'evelyn', 'tel-aviv', 'toronto', 'france', 'germany', 'belgium']);
    const wrap = await fixture(html`<div>${ids.map((id) => html`<sz-center-card src=${shipped} center=${id}></sz-center-card>`)}</div>`);
    const cards = [...wrap.querySelectorAll('sz-center-card')];
    for (const card of cards) await shown(card);
    expect(cards.map((c) => text(c, '[part~="name"]').length > 0)).to.deep.equal(ids.map(() => true));
    const planned = cards.filter((c) => text(c, '[part~="badge"]').endsWith('Planned')).map((c) => c.getAttribute('center'));
    expect(planned).to.deep.equal(['france', 'germany', 'belgium']);
  });

  it('makes one request for many cards on one dataset', async () => {
    const { url, key } = faultUrl({ path: 'datasets/centres.geojson', type: 'application/geo+json' });
    const wrap = await fixture(html`<div>
      <sz-center-card src=${url} center="boston"></sz-center-card><sz-center-card src=${url} center="london"></sz-center-card><sz-center-card src=${url} center="toronto"></sz-center-card>
    </div>`);
    for (const card of wrap.querySelectorAll('sz-center-card')) await shown(card);
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('says where Evelyn could not be located, and has no coordinates to show', async () => {
    const el = await fixture<SzCenterCard>(html`<sz-center-card src=${shipped} center="evelyn"></sz-center-card>`);
    await shown(el);
    expect(facts(el).City).to.equal('Evelyn (Location not identified)');
  });

  it('follows a change of center, layout, heading-level and theme at runtime', async () => {
    const el = await fixture<SzCenterCard>(html`<sz-center-card src=${shipped} center="boston"></sz-center-card>`);
    await shown(el);
    expect(text(el, '[part~="name"]')).to.contain('Boston');
    el.setAttribute('center', 'london');
    await el.updateComplete;
    expect(text(el, '[part~="name"]')).to.contain('London');
    expect(facts(el).Country).to.equal('United Kingdom');

    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect($(el, '[part~="summary"]')).to.equal(null);
    expect($(el, '[part~="source"]')).to.equal(null);
    expect(Object.keys(facts(el))).to.deep.equal(['City', 'Country']);
    el.layout = 'full';
    await el.updateComplete;
    expect($(el, '[part~="summary"]')).not.to.equal(null);

    for (const [attr, tag] of [['2', 'H2'], ['6', 'H6'], ['9', 'H6'], ['1', 'H2'], ['x', 'H3']]) {
      el.setAttribute('heading-level', attr);
      await el.updateComplete;
      expect($(el, '[part~="name"]')!.tagName, `heading-level=${attr}`).to.equal(tag);
    }

    expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    const light = getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(13, 17, 23)');
  });

  it('re-fetches when src changes', async () => {
    const a = faultUrl({ path: 'datasets/centres.geojson' });
    const b = faultUrl({ path: 'card/hostile.geojson' });
    const el = await fixture<SzCenterCard>(html`<sz-center-card src=${a.url} center="planned-one"></sz-center-card>`);
    await waitUntil(() => statusText(el).includes('no centre'), 'not-found not shown');
    el.src = b.url;
    await waitUntil(() => text(el, '[part~="name"]') === 'Planned entry', 'did not switch data');
    expect((await serverStats(b.key)).requests).to.equal(1);
  });

  it('takes a Center object through the center property, without fetching', async () => {
    const { url, key } = faultUrl({ path: 'datasets/centres.geojson' });
    const el = await fixture<SzCenterCard>(html`<sz-center-card src=${url} .center=${given}></sz-center-card>`);
    expect(text(el, '[part~="name"]')).to.equal('Given centre');
    expect(facts(el)).to.deep.include({ City: 'Haifa', Country: 'Israel', Partners: 'Partner A and Partner B' });
    expect(text(el, '[part~="badge"]')).to.equal('Status: Planned');
    expect((await serverStats(key)).requests).to.equal(0);
    el.center = 'toronto';
    await waitUntil(() => text(el, '[part~="name"]').includes('Toronto'), 'did not go back to the dataset');
  });

  it('reports an id that is not in the dataset, naming the ids that are', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('sz-center-card');
      el.src = shipped;
      el.setAttribute('center', 'atlantis');
      const failed = oneEvent(el, 'sz-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('not-found');
      expect(detail.message).to.contain('"atlantis"');
      expect(detail.message).to.contain('tel-aviv');
      await el.updateComplete;
      expect(statusText(el)).to.equal('There is no centre "atlantis" in the data.');
      expect(warnings.messages).to.have.length(1);
      el.setAttribute('center', 'seattle');
      await shown(el);
      expect(statusText(el)).to.equal('');
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('shows the empty, error and invalid-data states', async () => {
    const warnings = captureWarnings();
    try {
      const empty = await fixture<SzCenterCard>(html`<sz-center-card src=${faultUrl({ path: 'card/empty.geojson' }).url} center="x"></sz-center-card>`);
      await waitUntil(() => statusText(empty) === 'No centres yet.', 'empty not shown');

      const el = document.createElement('sz-center-card');
      el.src = faultUrl({ path: 'card/invalid.geojson' }).url;
      const failed = oneEvent(el, 'sz-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('schema');
      expect(detail.message).to.contain('$.features[0].properties.id');
      await el.updateComplete;
      expect(statusText(el)).to.equal('The data is not in a format this widget can read.');
      el.remove();

      const down = await fixture<SzCenterCard>(html`<sz-center-card src=${faultUrl({ path: 'card/empty.geojson', status: 500 }).url} center="x" timeout="3"></sz-center-card>`);
      await waitUntil(() => $(down, '[part~="retry-button"]'), 'no Retry', { timeout: 6000 });
      expect(statusText(down)).to.equal('The data could not be loaded.');
    } finally {
      warnings.restore();
    }
  });

  it('shows every sound centre of a dataset with one bad record, and says why a left-out one is missing', async () => {
    const warnings = captureWarnings();
    try {
      const { url } = faultUrl({ path: 'card/one-bad.geojson' });
      const wrap = await fixture(html`<div>
        <sz-center-card src=${url} center="boston"></sz-center-card>
        <sz-center-card src=${url} center="haifa"></sz-center-card>
      </div>`);
      const [boston, haifa] = [...wrap.querySelectorAll('sz-center-card')];
      await shown(boston);
      await shown(haifa);
      expect(text(boston, '[part~="name"]')).to.contain('Boston');
      // An unsafe source costs the link, not the centre.
      expect(text(haifa, '[part~="name"]')).to.equal('Test centre, Haifa');
      expect($(haifa, '[part~="source"]')).to.equal(null);
      expect(statusText(haifa)).to.equal('');

      const broken = document.createElement('sz-center-card');
      broken.src = url;
      broken.setAttribute('center', 'broken');
      const failed = oneEvent(broken, 'sz-error');
      document.body.append(broken);
      const { detail } = await failed;
      expect(detail.code).to.equal('excluded');
      expect(detail.message).to.contain('"broken"').and.contain('status must be "open" or "planned"');
      await broken.updateComplete;
      expect(statusText(broken)).to.equal('The centre "broken" is in the data but could not be shown.');
      broken.remove();

      // One warning for the dataset (whatever the number of cards), naming each path; one for the left-out card.
      const about = warnings.messages.filter((m) => m.includes('could not be shown:'));
      expect(about, warnings.messages.join('\n')).to.have.length(1);
      expect(about[0]).to.contain('$.features[3] left out').and.contain('$.features[11].properties.source dropped');
    } finally {
      warnings.restore();
    }
  });

  it('waits calmly for a centre when none is chosen (a card wired to a map)', async () => {
    const warnings = captureWarnings();
    const errors: Event[] = [];
    try {
      const el = document.createElement('sz-center-card');
      el.id = 'waiting';
      el.src = shipped;
      el.addEventListener('sz-error', (e) => errors.push(e));
      const loaded = oneEvent(el, 'sz-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(statusText(el)).to.equal('Choose a centre on the map.');
      expect(errors).to.have.length(0);
      expect(warnings.messages).to.deep.equal([]);
      el.setAttribute('center', 'london');
      await shown(el);
      expect(statusText(el)).to.equal('');
      el.remove();
    } finally {
      warnings.restore();
    }
  });

  it('speaks every shipped language, Hebrew and Arabic right to left, with country names from Intl', async () => {
    const wrap = await fixture(html`<div>
      ${LANGUAGES.map((lang) => html`<sz-center-card lang=${lang} .center=${given}></sz-center-card>`)}
    </div>`);
    const cards = [...wrap.querySelectorAll('sz-center-card')];
    await waitUntil(() => cards.every((c) => $(c, '[part~="name"]')), 'languages did not load');
    expect(cards.map((c) => text(c, '[part~="name"]'))).to.deep.equal(LANGUAGES.map((l) => (l === 'zh-Hans' ? '给定中心' : 'Given centre')));
    // English fallback text is marked as English inside a Hebrew card.
    expect($(cards[LANGUAGES.indexOf('he')], '[part~="name"] span')!.getAttribute('lang')).to.equal('en');
    expect(cards.map((c) => text(c, '[part~="badge"]'))).to.deep.equal([
      'Status: Planned',
      '状态: 规划中',
      'סטטוס: מתוכנן',
      'Statut: Prévu',
      'Status: Geplant',
      'Status: Gepland',
      'Estado: Previsto',
      'الحالة: قيد التخطيط',
      '状況: 計画中',
      '상태: 계획 중',
      'Situação: Previsto',
      'Статус: Планируется',
    ]);
    expect(cards.map((c) => facts(c)[Object.keys(facts(c))[1]])).to.deep.equal(['Israel', '以色列', 'ישראל', 'Israël', 'Israel', 'Israël', 'Israel', 'إسرائيل', 'イスラエル', '이스라엘', 'Israel', 'Израиль']);
    expect(cards.map((c) => $(c, '[part~="base"]')!.dir)).to.deep.equal(LANGUAGES.map((l) => (l === 'he' || l === 'ar' ? 'rtl' : 'ltr')));
  });

  it('keeps hostile strings inert and drops unsafe links', async () => {
    const el = await fixture<SzCenterCard>(html`<sz-center-card src=${faultUrl({ path: 'card/hostile.geojson' }).url} center="hostile"></sz-center-card>`);
    await shown(el);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('script, img, [onerror]')).to.have.length(0);
    expect(text(el, '[part~="name"]')).to.contain('<script>');
    expect(facts(el).Opened).to.match(/Feb(ruary)? 29, 2020|29 Feb/);
  });

  describe('accessibility (axe)', () => {
    it('has no violations loaded (full and compact, light and dark, RTL), loading, not found and in error', async () => {
      const full = await fixture<SzCenterCard>(html`<sz-center-card src=${shipped} center="san-francisco"></sz-center-card>`);
      await shown(full);
      await expect(full).to.be.accessible();
      full.layout = 'compact';
      full.theme = 'dark';
      await full.updateComplete;
      await expect(full).to.be.accessible();

      const he = await fixture<SzCenterCard>(html`<sz-center-card lang="he" src=${shipped} center="tel-aviv"></sz-center-card>`);
      await shown(he);
      await expect(he).to.be.accessible();

      const loading = await fixture<SzCenterCard>(html`<sz-center-card src=${faultUrl({ path: 'card/empty.geojson', delay: 3000 }).url}></sz-center-card>`);
      await expect(loading).to.be.accessible();
      loading.remove();

      const warnings = captureWarnings();
      try {
        const missing = await fixture<SzCenterCard>(html`<sz-center-card src=${shipped} center="nowhere"></sz-center-card>`);
        await waitUntil(() => statusText(missing).startsWith('There is no centre'));
        await expect(missing).to.be.accessible();
        const error = await fixture<SzCenterCard>(html`<sz-center-card src=${faultUrl({ path: 'card/empty.geojson', status: 404 }).url}></sz-center-card>`);
        await waitUntil(() => $(error, '[part~="retry-button"]'));
        await expect(error).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  });
});
