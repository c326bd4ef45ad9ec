import { decodeBody } from '../data/decode.js';
import { load } from '../data/loader.js';
import { readStored, writeStored } from '../data/store.js';
import type { Dropped } from '../data/centres.js';
import { SzError } from '../data/types.js';
import type { DataController } from './data-controller.js';
import { emit, type SzErrorDetail } from './events.js';
import { safeUrl } from './url.js';

const toSzError = (err: unknown): SzError =>
  err instanceof SzError ? err : new SzError('parse', err instanceof Error ? err.message : String(err));

/**
 * One load for a DataController: the stored copy first (stale-while-revalidate), then the
 * network; parse; keep good data on failure (marked stale); fire sz-load / sz-error; warn once
 * per failure; schedule the next refresh. Work for an outdated `generation` is dropped.
 */
export async function run<T>(c: DataController<T>, generation: number, src: string | null, fresh: boolean, signal: AbortSignal): Promise<void> {
  const { host, source } = c;
  const current = () => generation === c.generation;
  const url = src == null ? source.defaultSrc() : safeUrl(src, document.baseURI);
  // A load a newer one replaced before the data flow arrived says nothing about what is shown.
  if (current()) c.url = url;
  try {
    if (!url) throw new SzError('bad-url', `"${host.getAttribute('src')}" is not an http(s) URL.`);
    // The request starts before the stored copy is read, so revalidating costs no extra time.
    const fetching = load(url, { signal, timeout: host.timeout * 1000, fresh });
    // Handled below, or dropped with the load when a newer one replaced it: never "unhandled".
    fetching.catch(() => undefined);
    const stored = c.data === undefined && c.status === 'loading' ? readStored(url) : undefined;
    if (stored) {
      try {
        const dropped: Dropped[] = [];
        const data = await source.parse(stored.text, stored.type, stored.url, (d) => dropped.push(d));
        if (!current()) return;
        c.data = data;
        c.dropped = dropped;
        c.status = 'stale';
        c.savedAt = stored.at;
        host.requestUpdate();
      } catch {
        // A stored copy this version cannot read is simply not shown.
      }
    }
    const res = await fetching;
    if (!current()) return;
    const text = decodeBody(res.bytes, res.type);
    const dropped: Dropped[] = [];
    const data = await source.parse(text, res.type, res.url, (d) => dropped.push(d));
    if (!current()) return;
    c.data = data;
    c.dropped = dropped;
    warnDropped(res, dropped);
    c.error = c.savedAt = undefined;
    c.status = source.isEmpty(data) ? 'empty' : 'loaded';
    writeStored(url, { text, type: res.type, url: res.url, at: Date.now() });
    emit(host, 'sz-load', { src: url, data });
  } catch (err) {
    if (!current()) return;
    const error = (c.error = toSzError(err));
    // Good data already on screen stays there, marked as possibly out of date.
    c.status = c.data === undefined ? 'error' : 'stale';
    const src = url ?? String(host.getAttribute('src'));
    console.warn(`sz-widgets: <${host.localName}> could not load ${src}: [${error.code}] ${error.message}`);
    emit<SzErrorDetail>(host, 'sz-error', { code: error.code, message: error.message, src });
  }
  host.requestUpdate();
  schedule(c, src);
}

// Responses whose left-out parts were already reported: every widget on a page that reads one
// dataset parses it, but the data owner needs to read the list once per load, not once per widget.
const reported = new WeakSet<object>();

/** One console.warn per dataset load naming each JSON path left out and why. */
function warnDropped(res: object, dropped: Dropped[]): void {
  if (!dropped.length || reported.has(res)) return;
  reported.add(res);
  const url = (res as { url: string }).url;
  console.warn(`sz-widgets: ${url}: ${dropped.length} part${dropped.length > 1 ? 's' : ''} of the data could not be shown:\n` + dropped.map((d) => `  ${d.path} ${d.message}`).join('\n'));
}

/** Refresh polling: paused while the page is hidden, ended when the element leaves the page. */
function schedule<T>(c: DataController<T>, src: string | null): void {
  const seconds = c.host.refresh ?? 0;
  if (!(seconds > 0) || !c.host.isConnected) return;
  const generation = c.generation;
  c.timer = setTimeout(() => {
    if (generation !== c.generation) return;
    const onVisible = () => {
      if (document.hidden) return;
      c.stopVisibility?.();
      c.load(src, true);
    };
    document.addEventListener('visibilitychange', onVisible);
    c.stopVisibility = () => {
      document.removeEventListener('visibilitychange', onVisible);
      c.stopVisibility = undefined;
    };
    onVisible();
  }, Math.max(seconds, 1) * 1000);
}
