import { expect, fixtureSync as fixture, html } from '@open-wc/testing';
import ar from '../../src/i18n/ar.js';
import fr from '../../src/i18n/fr.js';
import he from '../../src/i18n/he.js';
import nl from '../../src/i18n/nl.js';
import ru from '../../src/i18n/ru.js';
import { resolveLocale, watchLang } from '../../src/shared/locale.js';

const tables = { ar, fr, he, nl, ru };

describe('resolveLocale()', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it("uses the element's own lang first", async () => {
    const el = fixture(html`<div lang="fr"><span lang="de"></span></div>`);
    expect(resolveLocale(el.firstElementChild!)).to.deep.equal({ tag: 'de', ui: 'de', dir: 'ltr' });
  });

  it("falls back to the nearest ancestor's lang, also across a shadow root", async () => {
    const outer = fixture(html`<div lang="he"><p></p></div>`);
    expect(resolveLocale(outer.querySelector('p')!)).to.deep.equal({ tag: 'he', ui: 'he', dir: 'rtl' });
    const host = outer.querySelector('p')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner).ui).to.equal('he');
  });

  it("falls back to the document's lang, then English", async () => {
    const el = fixture(html`<span></span>`);
    document.documentElement.setAttribute('lang', 'zh-CN');
    expect(resolveLocale(el)).to.deep.equal({ tag: 'zh-CN', ui: 'zh-Hans', dir: 'ltr' });
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(el).ui).to.equal('en');
  });

  it('maps Chinese variants to the Chinese strings but keeps the tag for Intl', async () => {
    const el = fixture(html`<span lang="zh-hant-tw"></span>`);
    expect(resolveLocale(el)).to.deep.equal({ tag: 'zh-Hant-TW', ui: 'zh-Hans', dir: 'ltr' });
  });

  it('understands the legacy Hebrew code and survives an invalid tag', async () => {
    const iw = fixture(html`<span lang="iw"></span>`);
    expect(resolveLocale(iw)).to.deep.equal({ tag: 'he', ui: 'he', dir: 'rtl' });
    const bad = fixture(html`<span lang="english please"></span>`);
    expect(resolveLocale(bad)).to.deep.equal({ tag: 'en', ui: 'en', dir: 'ltr' });
    const other = fixture(html`<span lang="fa"></span>`);
    expect(resolveLocale(other)).to.deep.equal({ tag: 'fa', ui: 'en', dir: 'ltr' });
  });

  it('gives every shipped language its strings, whatever the region or script, Arabic right to left', async () => {
    const cases: [string, ReturnType<typeof resolveLocale>][] = [
      ['nl-BE', { tag: 'nl-BE', ui: 'nl', dir: 'ltr' }],
      ['es-419', { tag: 'es-419', ui: 'es', dir: 'ltr' }],
      ['es', { tag: 'es', ui: 'es', dir: 'ltr' }],
      ['ar', { tag: 'ar', ui: 'ar', dir: 'rtl' }],
      ['ar-EG', { tag: 'ar-EG', ui: 'ar', dir: 'rtl' }],
      ['ja-JP', { tag: 'ja-JP', ui: 'ja', dir: 'ltr' }],
      ['ko', { tag: 'ko', ui: 'ko', dir: 'ltr' }],
      ['pt-BR', { tag: 'pt-BR', ui: 'pt', dir: 'ltr' }],
      ['pt-pt', { tag: 'pt-PT', ui: 'pt', dir: 'ltr' }],
      ['ru-RU', { tag: 'ru-RU', ui: 'ru', dir: 'ltr' }],
      ['de-CH', { tag: 'de-CH', ui: 'de', dir: 'ltr' }],
      ['zh-TW', { tag: 'zh-TW', ui: 'zh-Hans', dir: 'ltr' }],
      ['iw-IL', { tag: 'he-IL', ui: 'he', dir: 'rtl' }],
      // A language sharing a script but not a code with a shipped one gets English.
      ['ur', { tag: 'ur', ui: 'en', dir: 'ltr' }],
    ];
    for (const [lang, expected] of cases) {
      const el = fixture(html`<span lang=${lang}></span>`);
      expect(resolveLocale(el), lang).to.deep.equal(expected);
    }
  });
});

describe('plural forms', () => {
  // The map names a group of markers "N centres: …"; each language picks its noun by Intl.PluralRules.
  const cluster = (lang: keyof typeof tables, count: number) => tables[lang].map.cluster(count, 'A, B');

  it('counts centres grammatically in Russian and Arabic', () => {
    expect(cluster('ru', 2)).to.equal('2 центра: A, B — приблизить');
    expect(cluster('ru', 5)).to.equal('5 центров: A, B — приблизить');
    expect(cluster('ru', 21)).to.equal('21 центр: A, B — приблизить');
    expect(cluster('ru', 24)).to.equal('24 центра: A, B — приблизить');
    expect(cluster('ru', 111)).to.equal('111 центров: A, B — приблизить');
    expect(cluster('ar', 1)).to.equal('مركز واحد: A, B – تكبير');
    expect(cluster('ar', 2)).to.equal('مركزان: A, B – تكبير');
    expect(cluster('ar', 3)).to.equal('3 مراكز: A, B – تكبير');
    expect(cluster('ar', 11)).to.equal('11 مركزًا: A, B – تكبير');
    expect(cluster('ar', 100)).to.equal('100 مركز: A, B – تكبير');
  });

  it('uses the singular for one where the language has one', () => {
    expect(cluster('fr', 1)).to.equal('1 centre : A, B — agrandir');
    expect(cluster('nl', 3)).to.equal('3 centra: A, B – inzoomen');
    expect(cluster('he', 1)).to.equal('מרכז אחד: A, B – הגדלה');
    expect(cluster('he', 2)).to.equal('2 מרכזים: A, B – הגדלה');
  });
});

describe('watchLang()', () => {
  it('asks for an update when any lang attribute changes, until unwatched', async () => {
    let updates = 0;
    const stop = watchLang({ requestUpdate: () => updates++ });
    document.documentElement.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    expect(updates).to.equal(1);
    stop();
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    expect(updates).to.equal(1);
  });
});
