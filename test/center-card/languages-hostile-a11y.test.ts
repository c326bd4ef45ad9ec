// <sz-center-card> in every shipped language, with hostile data, and its accessibility (axe).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/center-card/define.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { captureWarnings, clearStoredCopies, faultUrl, shippedCentres } from '../helpers.js';
import { $, part, waitForPart } from '../shadow.js';
import { badgeText, centerCardFixture, facts, givenCentre, nameText, shown, statusText } from './harness.js';

describe('<sz-center-card>', () => {
  beforeEach(clearStoredCopies);

  it('speaks every shipped language, Hebrew and Arabic right to left, with country names from Intl', async () => {
    const wrap = await fixture(html`<div>
      ${LANGUAGES.map((lang) => html`<sz-center-card lang=${lang} .center=${givenCentre}></sz-center-card>`)}
    </div>`);
    const cards = [...wrap.querySelectorAll('sz-center-card')];
    // Twelve string tables and the first Intl.DisplayNames of the browser: more than the default
    // second on a busy machine.
    await waitUntil(() => cards.every((c) => part(c, 'name')), 'languages did not load', { timeout: 5000 });
    const names = LANGUAGES.map((l) => (l === 'zh-Hans' ? '给定中心' : 'Given centre'));
    expect(cards.map(nameText)).to.deep.equal(names);
    // English fallback text is marked as English inside a Hebrew card.
    expect($(cards[LANGUAGES.indexOf('he')], '[part~="name"] span')!.getAttribute('lang')).to.equal('en');
    expect(cards.map(badgeText)).to.deep.equal([
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
    expect(cards.map((c) => facts(c)[Object.keys(facts(c))[1]])).to.deep.equal([
      'Israel',
      '以色列',
      'ישראל',
      'Israël',
      'Israel',
      'Israël',
      'Israel',
      'إسرائيل',
      'イスラエル',
      '이스라엘',
      'Israel',
      'Израиль',
    ]);
    expect(cards.map((c) => part(c, 'base')!.dir)).to.deep.equal(
      LANGUAGES.map((l) => (l === 'he' || l === 'ar' ? 'rtl' : 'ltr')),
    );
  });

  it('keeps hostile strings inert and drops unsafe links', async () => {
    const el = await centerCardFixture({ src: faultUrl({ path: 'card/hostile.geojson' }).url, center: 'hostile' });
    await shown(el);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('script, img, [onerror]')).to.have.length(0);
    expect(nameText(el)).to.contain('<script>');
    expect(facts(el).Opened).to.match(/Feb(ruary)? 29, 2020|29 Feb/);
  });

  describe('accessibility (axe)', () => {
    it(
      'has no violations loaded (full and compact, light and dark, RTL), loading, not found and in ' + 'error',
      async () => {
        const full = await centerCardFixture({ src: shippedCentres, center: 'san-francisco' });
        await shown(full);
        await expect(full).to.be.accessible();
        full.layout = 'compact';
        full.theme = 'dark';
        await full.updateComplete;
        await expect(full).to.be.accessible();

        const he = await centerCardFixture({ lang: 'he', src: shippedCentres, center: 'tel-aviv' });
        await shown(he);
        await expect(he).to.be.accessible();

        const loading = await centerCardFixture({ src: faultUrl({ path: 'card/empty.geojson', delay: 3000 }).url });
        await expect(loading).to.be.accessible();
        loading.remove();

        const warnings = captureWarnings();
        try {
          const missing = await centerCardFixture({ src: shippedCentres, center: 'nowhere' });
          await waitUntil(() => statusText(missing).startsWith('There is no centre'));
          await expect(missing).to.be.accessible();
          const error = await centerCardFixture({ src: faultUrl({ path: 'card/empty.geojson', status: 404 }).url });
          await waitForPart(error, 'retry-button', 'no Retry');
          await expect(error).to.be.accessible();
        } finally {
          warnings.restore();
        }
      },
    );
  });
});
