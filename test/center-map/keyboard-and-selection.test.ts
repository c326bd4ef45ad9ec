// <sz-center-map>: one tab stop with arrow keys, selecting a centre, and the card it drives.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/center-map/define.js';
import '../../src/center-card/define.js';
import { captureWarnings, clearStoredCopies, shippedCentres } from '../helpers.js';
import { part } from '../shadow.js';
import { centerMapFixture, drawn, marker, visibleTips } from './harness.js';

describe('<sz-center-map>', () => {
  beforeEach(clearStoredCopies);

  it('is one tab stop; arrows move west to east, Enter selects and the linked card follows', async () => {
    const wrap = await fixture(html`<div>
      <button id="before">before</button>
      <sz-center-map src=${shippedCentres} for="card" style="width: 1280px"></sz-center-map>
      <sz-center-card id="card" src=${shippedCentres} center="boston"></sz-center-card>
    </div>`);
    const el = wrap.querySelector('sz-center-map')!;
    const card = wrap.querySelector('sz-center-card')!;
    await drawn(el);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
    expect(focused()).to.equal('san-francisco');
    const order = [focused()];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'ArrowRight' });
      order.push(focused());
    }
    expect(order).to.have.length(6);
    expect(new Set(order).size).to.equal(6);
    expect(order.indexOf('london')).to.be.lessThan(order.indexOf('tel-aviv'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(order[5]);
    while (focused() !== 'tel-aviv') await sendKeys({ press: 'ArrowLeft' });
    const selected = oneEvent(el, 'sz-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.id).to.equal('tel-aviv');
    expect(detail.center.country).to.equal('IL');
    expect(el.getAttribute('selected')).to.equal('tel-aviv');
    await waitUntil(() => part(card, 'name')?.textContent?.includes('Tel Aviv'), 'card did not follow');
    expect(marker(el, 'tel-aviv')!.getAttribute('aria-pressed')).to.equal('true');
    // Tab leaves the map: it is a single tab stop.
    // Escape first closes the focused marker's label, then clears the selection.
    await sendKeys({ press: 'Escape' });
    expect(visibleTips(el)).to.have.length(0);
    expect(el.getAttribute('selected')).to.equal('tel-aviv');
    await sendKeys({ press: 'Escape' });
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('follows selected set from outside, and warns once about a missing card', async () => {
    const warnings = captureWarnings();
    try {
      const el = await centerMapFixture({ src: shippedCentres, for: 'nowhere', style: 'width: 1000px' });
      await drawn(el);
      el.setAttribute('selected', 'london');
      await el.updateComplete;
      expect(marker(el, 'london')!.getAttribute('aria-pressed')).to.equal('true');
      el.selected = 'toronto';
      await el.updateComplete;
      const warned = warnings.messages.filter((m) => m.includes('nowhere'));
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('no <sz-center-card id="nowhere">');
    } finally {
      warnings.restore();
    }
  });
});
