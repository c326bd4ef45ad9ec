// One test body for every host app (React, Vue, Angular): the app is the built bundle from
// `npm run build:hosts`, using the package's dist/ as a partner's app would.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clearStoredCopies } from '../helpers.js';
import { upgradedParts, upgradedPartTexts } from '../shadow.js';
import { extraItem, partnerNews } from './shared.js';

/**
 * @param framework  name in the test titles
 * @param bundle     the app's built entry, e.g. /test/hosts/.build/react/main.js
 * @param mountPoint the element the app mounts into (made before the bundle loads)
 */
export function hostAppTests(framework: string, bundle: string, mountPoint: () => HTMLElement): void {
  describe(`${framework} host app (test/hosts/${framework.toLowerCase()})`, () => {
    let root: HTMLElement;
    const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
    const click = (sel: string) => q<HTMLButtonElement>(sel).click();

    before(async () => {
      clearStoredCopies();
      const head = await fetch(bundle, { method: 'HEAD' });
      if (!head.ok) throw new Error(`${bundle} is missing: run \`npm run build && npm run build:hosts\` first.`);
      root = mountPoint();
      document.body.append(root);
      await import(/* @vite-ignore */ bundle);
      await waitUntil(() => root.querySelector('sz-center-card'), `the ${framework} app did not render`, {
        timeout: 10000,
      });
    });

    it('sets `items` as a property from app state and re-renders when the state changes', async () => {
      const list = q<HTMLElement & { items?: unknown[] }>('sz-news-list');
      await waitUntil(() => upgradedPartTexts(list, 'title').length === 2, 'the items were not shown', {
        timeout: 8000,
      });
      expect(upgradedPartTexts(list, 'title')).to.deep.equal(partnerNews.map((i) => i.title));
      // A property, not an attribute, and no feed was fetched.
      expect(list.hasAttribute('items')).to.equal(false);
      expect(list.items?.length).to.equal(2);
      expect(performance.getEntriesByType('resource').some((r) => r.name.endsWith('/news.json'))).to.equal(false);

      click('#add-item');
      await waitUntil(() => upgradedPartTexts(list, 'title').length === 3, 'the new item was not shown');
      expect(upgradedPartTexts(list, 'title')[2]).to.equal(extraItem.title);
    });

    it('hears `sz-select` through its own event binding, after a keyboard and a mouse selection', async () => {
      const map = q<HTMLElement>('sz-center-map');
      const card = q<HTMLElement>('sz-center-card');
      const marker = (id: string) => upgradedParts(map, 'marker').find((m) => m.dataset.id === id);
      await waitUntil(() => marker('tel-aviv') && marker('london'), 'the map was not drawn', { timeout: 10000 });
      await waitUntil(
        () => upgradedPartTexts(card, 'name')[0]?.includes('Boston'),
        'the card did not show its first centre',
        { timeout: 8000 },
      );
      expect(q('#selected').textContent).to.equal('Nothing selected');

      // Keyboard: focus the marker, then a real Enter key press from the browser.
      marker('tel-aviv')!.focus();
      await sendKeys({ press: 'Enter' });
      const state = () => `app state: "${q('#selected').textContent}"`;
      await waitUntil(() => q('#selected').textContent === 'Selected: Tel Aviv', state());
      // The card shows the centre object the app took from the event (no `for` wiring here).
      await waitUntil(
        () => upgradedPartTexts(card, 'name')[0]?.includes('Tel Aviv'),
        'the card did not follow the app state',
      );

      // Mouse: a real click at the marker's place on the page.
      marker('london')!.scrollIntoView({ block: 'center' });
      const box = marker('london')!.getBoundingClientRect();
      const at: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      await sendMouse({ type: 'click', position: at });
      await waitUntil(() => q('#selected').textContent === 'Selected: London', state());
      await waitUntil(
        () => upgradedPartTexts(card, 'name')[0]?.includes('London'),
        'the card did not follow the app state',
      );
    });

    it('changes `lang` and `layout` through app state, and the widgets re-render', async () => {
      const list = q<HTMLElement>('sz-news-list');
      const card = q<HTMLElement>('sz-center-card');
      await waitUntil(() => upgradedPartTexts(list, 'heading')[0] === 'News', 'English heading first');
      expect(upgradedParts(list, 'summary').length).to.be.greaterThan(0);

      click('#french');
      await waitUntil(
        () => upgradedPartTexts(list, 'heading')[0] === 'Actualités',
        'the list did not switch to French',
        { timeout: 8000 },
      );
      expect(list.getAttribute('lang')).to.equal('fr');
      expect(card.getAttribute('lang')).to.equal('fr');
      // The badge reads "Statut : Ouvert" to screen readers ("Ouvert" on screen).
      const badge = () => upgradedPartTexts(card, 'badge')[0];
      await waitUntil(() => badge()?.endsWith('Ouvert'), `card badge: ${badge()}`);

      click('#compact');
      await waitUntil(() => list.getAttribute('layout') === 'compact', 'layout attribute not set');
      await waitUntil(() => upgradedParts(list, 'summary').length === 0, 'the compact layout still shows summaries');
      expect(upgradedPartTexts(list, 'title')).to.have.length(3);
    });
  });
}
