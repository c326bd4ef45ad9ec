// An HTML page as the feed command reads it: a jsdom document made without `runScripts` or
// `resources`, so the page's scripts never run and nothing it names is fetched.
import * as jsdom from 'jsdom';
import type { PageApi } from 'jsdom';

const { JSDOM, VirtualConsole } = jsdom as unknown as PageApi;

export type PageWindow = Window & typeof globalThis;

/**
 * `read` over a window on the page at `pageUrl` (whose relative links resolve as the browser's
 * would), closed after; what `invalid` returns (or throws) when `pageUrl` is not a valid address.
 */
export function withPage<T>(html: string, pageUrl: string, read: (window: PageWindow) => T, invalid: () => T): T {
  let window: PageWindow;
  try {
    // A virtual console of our own: jsdom's notices (CSS it cannot parse…) would fill the command's output.
    window = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() }).window;
  } catch {
    return invalid();
  }
  try {
    return read(window);
  } finally {
    window.close();
  }
}

export const withoutHash = (url: string): string => url.split('#')[0];
