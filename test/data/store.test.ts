import { expect } from '@open-wc/testing';
import { MAX_ENTRY_CHARS, MAX_TOTAL_CHARS, readStored, writeStored } from '../../src/data/store.js';
import { clearStoredCopies } from '../helpers.js';

const entry = (text: string, at = Date.now()) => ({
  text,
  type: 'application/json',
  url: 'https://example.test/f',
  at,
});

describe('stored copies (localStorage)', () => {
  beforeEach(clearStoredCopies);
  afterEach(() => {
    clearStoredCopies();
    document.head.querySelector('meta[name="sz-widgets-storage"]')?.remove();
  });

  it('reads back what was written, per URL', () => {
    writeStored('https://example.test/a', entry('A', 1));
    writeStored('https://example.test/b', entry('B', 2));
    expect(readStored('https://example.test/a')).to.deep.equal(entry('A', 1));
    expect(readStored('https://example.test/b')?.text).to.equal('B');
    expect(readStored('https://example.test/none')).to.equal(undefined);
  });

  it('skips an entry that is too large', () => {
    writeStored('https://example.test/big', entry('x'.repeat(MAX_ENTRY_CHARS)));
    expect(readStored('https://example.test/big')).to.equal(undefined);
  });

  it('evicts the oldest entries to stay within the total bound', () => {
    const chunk = 'y'.repeat(Math.floor(MAX_ENTRY_CHARS * 0.9));
    const count = Math.ceil(MAX_TOTAL_CHARS / chunk.length) + 2;
    for (let i = 0; i < count; i++) writeStored(`https://example.test/${i}`, entry(chunk, i + 1));
    const total = Object.keys(localStorage)
      .filter((k) => k.startsWith('sz-widgets:'))
      .reduce((sum, k) => sum + localStorage.getItem(k)!.length, 0);
    expect(total).to.be.at.most(MAX_TOTAL_CHARS);
    expect(readStored('https://example.test/0')).to.equal(undefined);
    expect(readStored(`https://example.test/${count - 1}`)?.text).to.equal(chunk);
  });

  it('sweeps keys of an older format version and ignores unreadable entries', () => {
    localStorage.setItem('sz-widgets:v0:https://example.test/a', 'old');
    localStorage.setItem('sz-widgets:v1:https://example.test/broken', '{not json');
    writeStored('https://example.test/a', entry('A'));
    expect(localStorage.getItem('sz-widgets:v0:https://example.test/a')).to.equal(null);
    expect(readStored('https://example.test/broken')).to.equal(undefined);
  });

  it('stores nothing when the page turns storage off', () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'sz-widgets-storage', content: 'off' });
    document.head.append(meta);
    writeStored('https://example.test/a', entry('A'));
    expect(localStorage.getItem('sz-widgets:v1:https://example.test/a')).to.equal(null);
  });
});
