import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { load } from '../data/loader.js';
import { decodeBody } from '../data/decode.js';
import { readStored, writeStored } from '../data/store.js';
import { SzError } from '../data/types.js';
import { safeUrl } from './url.js';
import { emit, type SzErrorDetail } from './events.js';

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
  parse(text: string, contentType: string, url: string): T;
  isEmpty(data: T): boolean;
}

function toSzError(err: unknown): SzError {
  return err instanceof SzError ? err : new SzError('parse', err instanceof Error ? err.message : String(err));
}

/**
 * Everything between an element's `src` and its render: loading, stale-while-revalidate from
 * storage, abort on change or disconnect, stale answers ignored, refresh polling, and the
 * sz-load / sz-error events. Elements only read `status`, `data` and `error`.
 */
export class DataController<T> implements ReactiveController {
  status: Status = 'loading';
  data?: T;
  error?: SzError;
  /** When the data shown was saved, while it comes from storage rather than the network. */
  savedAt?: number;
  /** The resolved URL of the data shown or being loaded. */
  url?: string;

  private generation = 0;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private stopVisibility?: () => void;
  private needsLoad = true;
  private given = false;

  constructor(
    private readonly host: DataHost,
    private readonly source: DataSource<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.needsLoad = true;
  }

  hostDisconnected(): void {
    this.stop();
    this.needsLoad = true;
  }

  hostUpdate(): void {
    if (this.given) return;
    const url = this.resolve();
    if (this.needsLoad || url !== this.url) void this.load(url);
  }

  /** Data handed over as a property: no fetch, no events. `undefined` hands control back to `src`. */
  provide(data: T | undefined): void {
    this.stop();
    this.given = data !== undefined;
    this.needsLoad = !this.given;
    this.url = undefined;
    this.data = data;
    this.error = undefined;
    this.savedAt = undefined;
    this.status = data === undefined ? 'loading' : this.source.isEmpty(data) ? 'empty' : 'loaded';
    this.host.requestUpdate();
  }

  /** The Retry button and refresh polling: ask the network again. */
  retry(): void {
    if (!this.given) void this.load(this.resolve(), true);
  }

  private resolve(): string | undefined {
    const src = this.host.src;
    return src === null || src === undefined ? this.source.defaultSrc() : safeUrl(src, document.baseURI);
  }

  private stop(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.timer);
    this.stopVisibility?.();
  }

  private async load(url: string | undefined, fresh = false): Promise<void> {
    this.stop();
    this.needsLoad = false;
    const generation = this.generation;
    const abort = (this.abort = new AbortController());
    if (url !== this.url) {
      this.url = url;
      this.data = undefined;
      this.savedAt = undefined;
      this.status = 'loading';
      const stored = url ? readStored(url) : undefined;
      if (stored) {
        try {
          this.data = this.source.parse(stored.text, stored.type, stored.url);
          this.status = 'stale';
          this.savedAt = stored.at;
        } catch {
          // A stored copy this version cannot read is simply not shown.
        }
      }
    } else if (this.status === 'error') {
      this.status = 'loading';
    }
    this.host.requestUpdate();
    try {
      if (!url) throw new SzError('bad-url', `"${this.host.getAttribute('src')}" is not an http(s) URL.`);
      const res = await load(url, { signal: abort.signal, timeout: this.host.timeout * 1000, fresh });
      if (generation !== this.generation) return;
      const text = decodeBody(res.bytes, res.type);
      const data = this.source.parse(text, res.type, res.url);
      this.data = data;
      this.error = undefined;
      this.savedAt = undefined;
      this.status = this.source.isEmpty(data) ? 'empty' : 'loaded';
      writeStored(url, { text, type: res.type, url: res.url, at: Date.now() });
      emit(this.host, 'sz-load', { src: url, data });
    } catch (err) {
      if (generation !== this.generation) return;
      const error = (this.error = toSzError(err));
      // Good data already on screen stays there, marked as possibly out of date.
      this.status = this.data === undefined ? 'error' : 'stale';
      console.warn(`sz-widgets: <${this.host.localName}> could not load ${url ?? this.host.getAttribute('src')}: [${error.code}] ${error.message}`);
      emit<SzErrorDetail>(this.host, 'sz-error', { code: error.code, message: error.message, src: url ?? String(this.host.getAttribute('src')) });
    }
    this.host.requestUpdate();
    this.schedule(url);
  }

  /** Polling pauses while the page is hidden and ends when the element leaves the page. */
  private schedule(url: string | undefined): void {
    const seconds = this.host.refresh ?? 0;
    if (!(seconds > 0) || !this.host.isConnected) return;
    const generation = this.generation;
    this.timer = setTimeout(() => {
      if (generation !== this.generation) return;
      if (!document.hidden) return void this.load(url, true);
      const onVisible = () => {
        if (document.hidden) return;
        this.stopVisibility?.();
        void this.load(url, true);
      };
      document.addEventListener('visibilitychange', onVisible);
      this.stopVisibility = () => {
        document.removeEventListener('visibilitychange', onVisible);
        this.stopVisibility = undefined;
      };
    }, Math.max(seconds, 1) * 1000);
  }
}
