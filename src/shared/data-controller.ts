import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dropped } from '../data/centres.js';
import type { SzError } from '../data/types.js';

export type Status = 'loading' | 'loaded' | 'empty' | 'error' | 'stale';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src: string | null;
  /** Seconds. */
  timeout: number;
  /** Seconds between refreshes; 0 for none. */
  refresh?: number;
}

export interface DataSource<T> {
  /** The shipped dataset used when `src` is absent. */
  defaultSrc: () => string;
  /** Reads the data, leaving out what is unsound and telling `onDrop` about each part left out. */
  parse(text: string, contentType: string, url: string, onDrop: (dropped: Dropped) => void): T | Promise<T>;
  /** Starts loading the parser's code while the data is fetched (called on connect). */
  warm?(): unknown;
  isEmpty(data: T): boolean;
}

// The data flow (fetch, storage, parsing, events) is one chunk for every element: it loads
// while the element shows its skeleton, and the module system caches it after the first time.
const runtime = () => import('../data/runtime.js');

/**
 * Everything between an element's `src` and its render. This half holds the state the element
 * reads (`status`, `data`, `error`, `savedAt`) and follows the element's life: a `src` change or
 * a disconnect aborts the load in flight, and a newer load always wins (`generation`).
 * The work itself is in data-flow.ts.
 */
export class DataController<T> implements ReactiveController {
  status: Status = 'loading';
  data?: T;
  error?: SzError;
  /** The records or fields of the data shown that were left out as unsound. */
  dropped?: Dropped[];
  /** When the data shown was saved, while it comes from storage rather than the network. */
  savedAt?: number;
  /** The resolved URL of the data shown or being loaded, once the data flow has resolved it. */
  url?: string;
  /** The `src` of the data shown or being loaded (null: the shipped dataset). */
  private src?: string | null;
  /** Bumped by every load and stop: work for an older generation is dropped. */
  generation = 0;
  timer?: ReturnType<typeof setTimeout>;
  stopVisibility?: () => void;

  private abort?: AbortController;
  private needsLoad = true;
  private given = false;

  constructor(
    readonly host: DataHost,
    readonly source: DataSource<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.needsLoad = true;
    this.source.warm?.();
  }

  hostDisconnected(): void {
    this.stop();
    this.needsLoad = true;
  }

  hostUpdate(): void {
    // An element removed before its first render still renders once; it must not start a load
    // (that load would keep the detached element alive until it ends, and fire its events).
    if (this.given || !this.host.isConnected) return;
    const { src } = this.host;
    if (this.needsLoad || src !== this.src) this.load(src);
  }

  /** Data handed over as a property: no fetch, no events. `undefined` hands control back to `src`. */
  provide(data: T | undefined): void {
    this.stop();
    this.given = data !== undefined;
    this.needsLoad = !this.given;
    this.src = this.url = this.error = this.savedAt = this.dropped = undefined;
    this.data = data;
    this.status = data === undefined ? 'loading' : this.source.isEmpty(data) ? 'empty' : 'loaded';
    this.host.requestUpdate();
  }

  /** The Retry button and refresh polling: ask the network again. */
  retry(): void {
    if (!this.given) this.load(this.host.src, true);
  }

  /** Loads `src` (resolved against the page by the data flow, which loads with the first element). */
  load(src: string | null, fresh = false): void {
    this.stop();
    this.needsLoad = false;
    const generation = this.generation;
    const { signal } = (this.abort = new AbortController());
    const changed = src !== this.src;
    this.src = src;
    if (changed) this.data = this.savedAt = undefined;
    if (changed || this.status === 'error') this.status = 'loading';
    this.host.requestUpdate();
    void runtime().then((flow) => flow.run(this, generation, src, fresh, signal));
  }

  private stop(): void {
    this.generation++;
    this.abort?.abort();
    clearTimeout(this.timer);
    this.stopVisibility?.();
  }
}
