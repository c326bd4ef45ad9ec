// A standards DOM for Node, from jsdom, so that `sz-widgets feed` reads feeds with the very parser
// the widgets run in the browser.
//
// Why globals: parseFeed and the modules under it are the browser's own code, which reaches the DOM
// the way browser code does, through the globals DOMParser and document. Supplying those globals
// lets the one parser module run unchanged in both places, instead of a Node fork of it or a DOM
// threaded through every call of the browser bundle.
import { JSDOM } from 'jsdom';
import { parseFeed, type FeedOptions } from '../data/feed.js';
import type { Feed } from '../data/types.js';

// Everything the parser touches of the DOM's globals (src/data/inert.ts). Its optional
// `trustedTypes` is a browser-only sink guard: left absent, the parser passes plain strings.
const NEEDED = ['DOMParser', 'document'] as const;

let installed = false;

/**
 * Gives Node the DOM globals the feed parser needs, from one jsdom window without scripts. Only
 * globals that are missing are set: a real browser, or a test environment that made its own DOM,
 * keeps what it has. Calling it again does nothing.
 */
export function installDom(): void {
  if (installed) return;
  installed = true;
  const g = globalThis as unknown as Record<string, unknown>;
  const missing = NEEDED.filter((name) => g[name] === undefined);
  if (!missing.length) return;
  // Without `runScripts` and `resources`, nothing in this window or the documents it parses runs or loads.
  const { window } = new JSDOM('');
  for (const name of missing) g[name] = window[name];
}

/** parseFeed, after installDom(): what the Node command calls. */
export function parseFeedInNode(text: string, opts: FeedOptions = {}): Feed {
  installDom();
  return parseFeed(text, opts);
}
