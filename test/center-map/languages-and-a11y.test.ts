// <sz-center-map> in every shipped language (markers and list), and its accessibility (axe).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/center-map/define.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { clearStoredCopies, shippedCentres } from '../helpers.js';
import { part } from '../shadow.js';
import { centerMapFixture, drawn, listItems, marker } from './harness.js';

describe('<sz-center-map>', () => {
  beforeEach(clearStoredCopies);

  it('mirrors the list for Hebrew and Arabic but not the map, and speaks each language', async () => {
    const wrap = await fixture(html`<div>
      ${LANGUAGES.map(
        (lang) => html`<sz-center-map lang=${lang} src=${shippedCentres} style="width: 900px"></sz-center-map>`,
      )}
    </div>`);
    const maps = [...wrap.querySelectorAll('sz-center-map')];
    for (const m of maps) await drawn(m);
    const tel = (m: Element) => marker(m, 'tel-aviv')!.getAttribute('aria-label');
    expect(maps.map(tel)).to.deep.equal([
      'Tel Aviv, Israel — open',
      '特拉维夫, 以色列 — 已启用',
      'Tel Aviv, ישראל — פעיל',
      'Tel Aviv, Israël — ouvert',
      'Tel Aviv, Israel — eröffnet',
      'Tel Aviv, Israël — geopend',
      'Tel Aviv, Israel — abierto',
      'Tel Aviv, إسرائيل — قيد التشغيل',
      'Tel Aviv, イスラエル — 開設済み',
      'Tel Aviv, 이스라엘 — 운영 중',
      'Tel Aviv, Israel — aberto',
      'Tel Aviv, Израиль — открыт',
    ]);
    expect(maps.map((m) => part(m, 'base')!.dir)).to.deep.equal(
      LANGUAGES.map((l) => (l === 'he' || l === 'ar' ? 'rtl' : 'ltr')),
    );
    expect(maps.every((m) => part(m, 'map')!.dir === 'ltr')).to.equal(true);
  });

  it(
    'names list items by city, or by country and "planned", and Evelyn with a space before the ' + 'parenthesis',
    async () => {
      const wrap = await fixture(html`<div>
      <sz-center-map src=${shippedCentres} show-list style="width: 600px"></sz-center-map>
      <sz-center-map lang="fr" src=${shippedCentres} show-list style="width: 600px"></sz-center-map>
    </div>`);
      const [en, fr] = [...wrap.querySelectorAll('sz-center-map')];
      const listShown = () => listItems(en).length === 10 && listItems(fr).length === 10;
      await waitUntil(listShown, 'lists not shown', { timeout: 8000 });
      // What is read out: exactly this text, no whitespace collapsed (the build's minifier keeps only
      // what the text itself holds); the visible name is the first line.
      const read = (m: Element) => listItems(m).map((b) => b.textContent!.trim());
      const shown = (m: Element) => listItems(m).map((b) => b.firstElementChild?.textContent?.trim());
      expect(read(en)).to.deep.equal([
        'San Francisco, United States — open',
        'Boston, United States — open',
        'Seattle, United States — open',
        'London, United Kingdom — open',
        'Evelyn (location not identified) — open',
        'Tel Aviv, Israel — open',
        'Toronto, Canada — open',
        'France — planned',
        'Germany — planned',
        'Belgium — planned',
      ]);
      expect(shown(en)).to.deep.equal([
        'San Francisco',
        'Boston',
        'Seattle',
        'London',
        'Evelyn (location not identified)',
        'Tel Aviv',
        'Toronto',
        'France — planned',
        'Germany — planned',
        'Belgium — planned',
      ]);
      const frRead = read(fr);
      expect([frRead[4], frRead[5], frRead[7], frRead[9]]).to.deep.equal([
        'Evelyn (lieu non identifié) — ouvert',
        'Tel Aviv, Israël — ouvert',
        'France — prévu',
        'Belgique — prévu',
      ]);
      expect(shown(fr)[5]).to.equal('Tel Aviv');
      expect(shown(fr)[4]).to.equal('Evelyn (lieu non identifié)');
      // A planned country has no centre yet: no centre name anywhere in the list.
      expect([...read(en), ...read(fr)].some((t) => t.includes('Innovation Centre'))).to.equal(false);

      // Evelyn, in every language: a space, then the note in parentheses.
      const all = await fixture(html`<div>
      ${LANGUAGES.map((lang) => html`<sz-center-map lang=${lang} src=${shippedCentres} show-list></sz-center-map>`)}
    </div>`);
      const maps = [...all.querySelectorAll('sz-center-map')];
      await waitUntil(() => maps.every((m) => listItems(m).length === 10), 'lists not shown', { timeout: 8000 });
      for (const [i, m] of maps.entries()) expect(shown(m)[4], LANGUAGES[i]).to.match(/^Evelyn \([^()\s][^()]*\)$/);
    },
  );

  it('has no axe violations, light and dark, with the list shown', async () => {
    const el = await centerMapFixture({ src: shippedCentres, 'show-list': '', style: 'width: 900px' });
    await drawn(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    el.selected = 'london';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
