import { expect, fixtureSync as fixture, html } from '@open-wc/testing';
import { resolveLocale, watchLang } from '../../src/shared/locale.js';

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
    const other = fixture(html`<span lang="ja"></span>`);
    expect(resolveLocale(other)).to.deep.equal({ tag: 'ja', ui: 'en', dir: 'ltr' });
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
