// Shared by the parseFeed() test files (test/data/feed-*.test.ts), which scripts/test-node.mjs also
// runs in Node on jsdom: nothing here may need more of a browser than that.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/feed.js';
import { SzError } from '../../src/data/types.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** The text of a fixture in test/fixtures/feeds/. */
export const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();
/** A fixture in test/fixtures/feeds/, parsed. */
export const parse = async (name: string, opts?: Parameters<typeof parseFeed>[1]) =>
  parseFeed(await fixture(name), opts);

/** The SzError `fn` throws; fails when it throws nothing, or something else. */
export function failure(fn: () => unknown): SzError {
  try {
    fn();
  } catch (err) {
    expect(err).to.be.instanceOf(SzError);
    return err as SzError;
  }
  throw new Error('expected parseFeed to throw');
}
