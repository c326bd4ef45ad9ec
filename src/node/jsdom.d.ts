// The part of jsdom that installDom uses, declared here because jsdom ships no types and
// @types/jsdom is not a dependency. A module declaration merges with a fuller one if that is added.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
