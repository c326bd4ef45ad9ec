// `refresh`, which every element has from the base element: the card and the map poll their
// dataset like the news list polls its feed, and stop when they leave the page.
import { expect } from '@open-wc/testing';
import '../../src/center-card/define.js';
import '../../src/center-map/define.js';
import { centerCardFixture, shown } from '../center-card/harness.js';
import { centerMapFixture, drawn } from '../center-map/harness.js';
import { clearStoredCopies, faultUrl, requestsSeen, serverStats, sleep } from '../helpers.js';

describe('refresh on the card and the map', () => {
  beforeEach(clearStoredCopies);

  for (const tag of ['sz-center-card', 'sz-center-map'] as const) {
    it(`<${tag}> loads its dataset again every refresh seconds, and stops when removed`, async () => {
      const { url, key } = faultUrl({ path: 'datasets/centres.geojson', type: 'application/geo+json' });
      const el =
        tag === 'sz-center-card'
          ? await centerCardFixture({ src: url, center: 'tel-aviv', refresh: '1' })
          : await centerMapFixture({ src: url, refresh: '1', style: 'width: 800px' });
      await (tag === 'sz-center-card' ? shown(el) : drawn(el));
      await requestsSeen(key, 2, 4000);
      el.remove();
      const after = (await serverStats(key)).requests;
      await sleep(1600);
      expect((await serverStats(key)).requests).to.equal(after);
    });

    it(`<${tag}> without refresh asks once`, async () => {
      const { url, key } = faultUrl({ path: 'datasets/centres.geojson', type: 'application/geo+json' });
      const el =
        tag === 'sz-center-card'
          ? await centerCardFixture({ src: url, center: 'tel-aviv' })
          : await centerMapFixture({ src: url, style: 'width: 800px' });
      await (tag === 'sz-center-card' ? shown(el) : drawn(el));
      await sleep(1600);
      expect((await serverStats(key)).requests).to.equal(1);
    });
  }
});
