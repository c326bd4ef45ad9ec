// The classic script on a page with a map, the way an older CMS would include it.
import { expect, waitUntil } from '@open-wc/testing';
import { upgradedParts } from '../shadow.js';
import { createCenterMap } from '../center-map/harness.js';
import { createNewsList } from '../news-list/harness.js';

describe('dist/sz-widgets.iife.js', () => {
  it('loads the module build from beside itself: all three elements, the languages a page needs, the functions on ' +
    'window.szWidgets', async () => {
    const map = createCenterMap({ style: 'width: 800px' });
    document.body.append(map);
    const hebrew = createNewsList({ lang: 'he' });
    document.body.append(hebrew);
    const script = Object.assign(document.createElement('script'), { src: '/dist/sz-widgets.iife.js' });
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('dist/ is missing: run `npm run build` first (npm test does).'));
    });
    document.head.append(script);
    await loaded;
    const api = await (window as unknown as { szWidgets: { ready: Promise<Record<string, unknown>> } }).szWidgets.ready;
    expect(api.parseFeed).to.be.a('function');
    expect(api.SzNewsList).to.equal(customElements.get('sz-news-list'));
    expect(customElements.get('sz-center-card')).to.be.a('function');
    expect(customElements.get('sz-center-map')).to.be.a('function');
    await waitUntil(() => upgradedParts(map, 'marker').length, 'the map was not drawn', { timeout: 8000 });
    const requested = () => performance.getEntriesByType('resource').map((r) => r.name);
    expect(requested().some((r) => r.endsWith('/dist/sz-widgets.js'))).to.equal(true);
    // Languages come from dist/i18n/, beside the script, only when a widget speaks one.
    const heading = () => upgradedParts(hebrew, 'heading')[0]?.textContent;
    await waitUntil(() => heading() === 'חדשות', 'Hebrew strings not loaded', { timeout: 8000 });
    expect(requested().some((r) => r.endsWith('/dist/i18n/he.js'))).to.equal(true);
    expect(requested().some((r) => r.endsWith('/dist/i18n/fr.js'))).to.equal(false);
    map.remove();
    hebrew.remove();
  });
});
