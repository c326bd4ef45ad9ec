import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dropped, SzError } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';
import type { LoadDataOptions } from './data-flow.js';

export type Status = 'loading' | 'loaded' | 'empty' | 'error' | 'stale';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src: string | null;
  /** Seconds. */
  timeout: number;
  /** Seconds between refreshes; 0 for none. */
  refresh: number;
  /** Seconds an embedded copy needs no request; undefined for the default. */
  maxAge?: number;
}

export interface ParseOptions {
  /** The response's Content-Type. */
  contentType: string;
  /** The data's final URL: relative links resolve against it. */
  baseUrl: string;
  /** Told about each part left out as unsound. */
  onDrop: (dropped: Dropped) => void;
}

/** How an element's data is read: the part that differs between elements. */
export interface DataSource<T> {
  /** The shipped dataset used when `src` is absent. */
  defaultSrc: () => string;
  /** Reads the data, leaving out what is unsound (and saying so through `onDrop`). */
  parse(text: string, options: ParseOptions): T | Promise<T>;
  /** Starts loading the parser's code while the data is fetched (called as a load starts). */
  warm?(): unknown;
  isEmpty(value: T): boolean;
}

// The data flow (fetch, storage, parsing, events) is one chunk for every element: it loads while
// the element shows its skeleton, and the module system caches it after the first time.
const dataFlow = () => import('./data-flow.js');
type DataFlow = Awaited<ReturnType<typeof dataFlow>>;

/**
 * Prerendering (src/render/): the data the renderer has read for the element it is about to
 * render, which that element's controller shows from its construction. Only read on the server.
 */
export const serverData: { value?: unknown } = {};

/** What an element shows of its data. */
export interface DataState<T> {
  status: Status;
  value?: T;
  error?: SzError;
  /** The records or fields of the data shown that were left out as unsound. */
  dropped?: Dropped[];
  /** When the data shown was saved, while it comes from storage rather than the network. */
  savedAt?: number;
  /** The resolved URL of the data shown. */
  url?: string;
}

/**
 * Everything between an element's `src` and its render, in the manner of Lit's Task: the state
 * the element reads is the controller's alone, replaced whole on each change. It follows the
 * element's life: a `src` change or a disconnect aborts the load in flight, a newer load always
 * wins, and `refresh` polls while the element is on the page.
 */
export class DataController<T> implements ReactiveController {
  #state: DataState<T> = { status: 'loading' };
  /** The `src` of the data shown or being loaded (null: the shipped dataset). */
  #src?: string | null;
  /** Bumped by every load and stop: outcomes of an older load are dropped. */
  #generation = 0;
  #abort?: AbortController;
  /** The data flow's code, once it has arrived. */
  #flow?: DataFlow;
  #needsLoad = true;
  /** The data was handed over as a property (`provide`): no requests. */
  #given = false;

  constructor(
    readonly host: DataHost,
    readonly source: DataSource<T>,
  ) {
    host.addController(this);
    const value = isServer ? (serverData.value as T | undefined) : undefined;
    if (value !== undefined) this.#state = { status: this.#statusOf(value), value };
  }

  get state(): Readonly<DataState<T>> {
    return this.#state;
  }

  hostDisconnected(): void {
    this.#stop();
    this.#needsLoad = true;
  }

  hostUpdate(): void {
    // An element removed before its first render still renders once; it must not start a load
    // (that load would keep the detached element alive until it ends, and fire its events).
    if (this.#given || !this.host.isConnected) return;
    const { src } = this.host;
    if (this.#needsLoad || src !== this.#src) this.load(src);
  }

  /**
   * What went wrong, or that the data shown is a saved copy, in the strings' language. Those states
   * only ever come from a load, so their sentences come with the load's code, not the first download.
   */
  describe(t: Strings, locale: string): string {
    return this.#flow?.describe(this.#state, t, locale) ?? '';
  }

  /** Data handed over as a property: no fetch, no events. `undefined` hands control back to `src`. */
  provide(value: T | undefined): void {
    this.#stop();
    this.#given = value !== undefined;
    this.#needsLoad = !this.#given;
    this.#set(value === undefined ? { status: 'loading' } : { status: this.#statusOf(value), value });
  }

  /** The Retry button and refresh polling: ask the network again. */
  retry(): void {
    if (!this.#given) this.load(this.host.src, true);
  }

  /** Loads `src`, resolved against the page (null: the shipped dataset). */
  load(src: string | null, fresh = false): void {
    this.#stop();
    this.#needsLoad = false;
    const state = this.#state;
    // Another src starts from nothing; the same one keeps what it shows while it is asked again.
    if (src !== this.#src) this.#set({ status: 'loading' });
    else if (state.status === 'error') this.#set({ ...state, status: 'loading' });
    else this.host.requestUpdate();
    this.#src = src;
    const { signal } = (this.#abort = new AbortController());
    const timeout = this.host.timeout * 1000;
    const useStored = this.#state.value === undefined;
    this.source.warm?.();
    const { host, source } = this;
    void this.#run(this.#generation, { src, source, timeout, fresh, signal, useStored, host });
  }

  async #run(generation: number, options: LoadDataOptions<T>): Promise<void> {
    const flow = (this.#flow = await dataFlow());
    for await (const outcome of flow.loadData(options)) {
      if (generation !== this.#generation) return;
      this.#set(flow.nextState(this.#state, outcome, this.source));
      flow.report(this.host, outcome);
    }
    // Refresh polling: the same load again once `refresh` seconds have passed and the page is
    // visible; a newer load or a disconnect aborts the wait.
    const { refresh } = this.host;
    if (!(refresh > 0)) return;
    await flow.refreshDue(refresh, options.signal);
    this.load(options.src, true);
  }

  #set(state: DataState<T>): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  #statusOf(value: T): Status {
    return this.source.isEmpty(value) ? 'empty' : 'loaded';
  }

  #stop(): void {
    this.#generation++;
    this.#abort?.abort();
  }
}
