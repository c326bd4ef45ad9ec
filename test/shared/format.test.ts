import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/shared/format.js';

const may12 = '2017-05-12T04:00:00.000Z';

describe('formatDate()', () => {
  it('writes long dates in each shipped language', () => {
    expect(formatDate(may12, 'en', 'long')).to.match(/May 12, 2017|12 May 2017/);
    expect(formatDate(may12, 'zh-Hans', 'long')).to.equal('2017年5月12日');
    expect(formatDate(may12, 'fr', 'long')).to.equal('12 mai 2017');
    expect(formatDate(may12, 'de', 'long')).to.equal('12. Mai 2017');
    expect(formatDate(may12, 'he', 'long')).to.contain('במאי');
  });

  it('writes a shorter form for short', () => {
    expect(formatDate(may12, 'en', 'short')).to.match(/May 12, 2017|12 May 2017/);
    expect(formatDate(may12, 'de', 'short')).to.equal('12.05.2017');
  });

  it('writes relative dates with the largest fitting unit', () => {
    const now = Date.parse(may12);
    expect(formatDate(may12, 'en', 'relative', now + 3 * 86_400_000)).to.equal('3 days ago');
    expect(formatDate(may12, 'en', 'relative', now + 86_400_000)).to.equal('yesterday');
    expect(formatDate(may12, 'en', 'relative', now + 2 * 365 * 86_400_000)).to.equal('2 years ago');
    expect(formatDate(may12, 'en', 'relative', now + 5_000)).to.equal('5 seconds ago');
    expect(formatDate(may12, 'fr', 'relative', now + 2 * 3_600_000)).to.equal('il y a 2 heures');
  });

  it('returns an empty string for an unreadable date', () => {
    expect(formatDate('not a date', 'en', 'long')).to.equal('');
  });
});
