// The part of jsdom that src/feed/page.ts uses. jsdom ships no types and @types/jsdom is not a
// dependency. src/node/jsdom.d.ts declares the JSDOM class as installDom uses it (no options), and
// two declarations of one class do not merge: so these are interfaces under names of their own,
// which merge with any other declaration of the module, and page.ts reads the module through them.
declare module 'jsdom' {
  export interface PageOptions {
    /** The page's address: the document's URL, against which its relative links resolve. */
    url: string;
    virtualConsole: object;
  }
  export interface PageDom {
    readonly window: Window & typeof globalThis;
  }
  /** jsdom's exports as the HTML reader uses them. */
  export interface PageApi {
    JSDOM: new (html: string, options: PageOptions) => PageDom;
    /** Without forwardTo() it reports nothing: jsdom's CSS and "not implemented" notices stay quiet. */
    VirtualConsole: new () => object;
  }
}
