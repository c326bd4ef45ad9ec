import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/data/url.js';

describe('safeUrl()', () => {
  it('keeps http and https URLs, resolving relative ones', () => {
    expect(safeUrl('https://example.test/a?b=1#c')).to.equal('https://example.test/a?b=1#c');
    expect(safeUrl('/news/1.html', 'http://example.test/feed.xml')).to.equal('http://example.test/news/1.html');
    expect(safeUrl('item.html', 'https://example.test/dir/feed.xml')).to.equal('https://example.test/dir/item.html');
  });

  it('drops script, data and other schemes however they are disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.test/',
    ]) {
      expect(safeUrl(bad, 'https://example.test/'), bad).to.equal(undefined);
    }
  });

  it('drops empty, non-string and unparseable values', () => {
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('not a url')).to.equal(undefined);
    expect(safeUrl('http://[bad')).to.equal(undefined);
  });

  it('allows mailto only where asked', () => {
    expect(safeUrl('mailto:info@example.test')).to.equal(undefined);
    expect(safeUrl('mailto:info@example.test', undefined, true)).to.equal('mailto:info@example.test');
  });
});
