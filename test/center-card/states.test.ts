// <sz-center-card>: not found, empty, in error, with imperfect data, and waiting for a choice.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/center-card/define.js';
import { captureWarnings, clearStoredCopies, faultUrl, shippedCentres } from '../helpers.js';
import { part, waitForPart } from '../shadow.js';
import { centerCardFixture, createCenterCard, nameText, shown, statusText, waitForStatus } from './harness.js';

describe('<sz-center-card>', () => {
  beforeEach(clearStoredCopies);

  it('reports an id that is not in the dataset, naming the ids that are', async () => {
    const warnings = captureWarnings();
    try {
      const el = createCenterCard({}, { src: shippedCentres });
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
      const empty = await centerCardFixture({ src: faultUrl({ path: 'card/empty.geojson' }).url, center: 'x' });
      await waitForStatus(empty, 'No centres yet.', 'empty not shown');

      const el = createCenterCard({}, { src: faultUrl({ path: 'card/invalid.geojson' }).url });
      const failed = oneEvent(el, 'sz-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.code).to.equal('schema');
      expect(detail.message).to.contain('$.features[0].properties.id');
      await el.updateComplete;
      expect(statusText(el)).to.equal('The data is not in a format this widget can read.');
      el.remove();

      const failing = faultUrl({ path: 'card/empty.geojson', status: 500 }).url;
      const down = await centerCardFixture({ src: failing, center: 'x', timeout: '3' });
      await waitForPart(down, 'retry-button', 'no Retry', 6000);
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
      expect(nameText(boston)).to.contain('Boston');
      // An unsafe source costs the link, not the centre.
      expect(nameText(haifa)).to.equal('Test centre, Haifa');
      expect(part(haifa, 'source')).to.equal(null);
      expect(statusText(haifa)).to.equal('');

      const broken = createCenterCard({}, { src: url });
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
      const el = createCenterCard({ id: 'waiting' }, { src: shippedCentres });
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
});
