// The work behind every element's data, loaded as one chunk with the first element (while it
// shows its skeleton): fetch, stored copy, parsing, what the page hears (events, console), and
// the status line's words for failures and saved copies, the states only a load leads to.
// It returns what happened, and (nextState) what the element shows after it, a pure function
// that arrives with the first outcome; the DataController alone holds and sets that state.
import { decodeBody } from '../data/decode.js';
import { load } from '../data/loader.js';
import { readStored, writeStored, type Stored } from '../data/store.js';
import { SzError, type Dropped, type ErrorCode } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { problems } from '../i18n/en/problems.js';
import type { Strings } from '../i18n/strings.js';
import type { DataHost, DataSource, DataState } from './data-controller.js';
import { embeddedCopy } from './embedded.js';
import { emit } from './events.js';
import { formatDate } from './format.js';
import { registerEnglish } from './strings.js';

registerEnglish('problems', problems);

/** What one step of a load found: the data (from the network, or `savedAt` on an earlier visit), or an error. */
export type Outcome<T> = Found<T> | Failed;

export interface Found<T> {
  url: string;
  value: T;
  dropped: Dropped[];
  /** Set for a copy saved on an earlier visit, shown while the network is asked (stale-while-revalidate). */
  savedAt?: number;
}

export interface Failed {
  /** Undefined when `src` was not an http(s) URL. */
  url: string | undefined;
  error: SzError;
}

export interface LoadDataOptions<T> {
  /** The element's `src`; null: the shipped dataset. */
  src: string | null;
  source: DataSource<T>;
  /** Milliseconds before the load is given up. */
  timeout: number;
  /** Skip the HTTP cache (Retry, refresh). */
  fresh: boolean;
  /** Show a stored or embedded copy first: the element has nothing on screen yet. */
  useStored: boolean;
  signal: AbortSignal;
  /** The element: its `maxAge` says for how long an embedded copy needs no request. */
  host: DataHost;
}

/** Seconds an embedded copy is shown without asking the network, when `max-age` says nothing usable. */
export const DEFAULT_MAX_AGE = 3600;

/** The element's `max-age` in ms. */
function maxAge({ maxAge: seconds }: DataHost): number {
  return (seconds !== undefined && seconds >= 0 ? seconds : DEFAULT_MAX_AGE) * 1000;
}

/** Anything a parser threw, as an SzError ('parse' unless it says otherwise). */
function toSzError(err: unknown): SzError {
  if (err instanceof SzError) return err;
  return new SzError('parse', err instanceof Error ? err.message : String(err));
}

/**
 * One load: perhaps the page's embedded copy or the stored copy first, then what the network said,
 * as outcomes in that order. Never throws: a failure is the last outcome.
 */
export async function* loadData<T>(options: LoadDataOptions<T>): AsyncGenerator<Outcome<T>> {
  const { src, source, signal } = options;
  const url = src == null ? source.defaultSrc() : safeUrl(src, document.baseURI);
  try {
    if (!url) throw new SzError('bad-url', `"${src}" is not an http(s) URL.`);
    // A prerendered page's copy younger than max-age: shown, and nothing is asked of the network.
    const copy = options.useStored ? embeddedCopy(src, source.defaultSrc()) : undefined;
    const embedded = copy && { text: JSON.stringify(copy.data), type: 'application/json', url, at: copy.savedAt };
    if (embedded && Date.now() - embedded.at < maxAge(options.host)) {
      const shown = await readCopy(embedded, source, copy);
      if (shown) return yield { url, ...shown };
    }
    // The request starts before an earlier copy is read, so revalidating costs no extra time.
    const fetching = load(url, { signal, timeout: options.timeout, fresh: options.fresh });
    // Awaited below, or dropped with the load when a newer one replaced it: never "unhandled".
    fetching.catch(() => undefined);
    // Shown while the network is asked: an older embedded copy, else the one stored on an earlier visit.
    const earlier = embedded ?? (options.useStored ? readStored(url) : undefined);
    const shown = earlier && (await readCopy(earlier, source, copy));
    if (earlier && shown) yield { url, ...shown, savedAt: earlier.at };
    const res = await fetching;
    const text = decodeBody(res.bytes, res.type);
    const dropped: Dropped[] = [];
    const value = await source.parse(text, { contentType: res.type, baseUrl: res.url, onDrop: (d) => dropped.push(d) });
    warnDropped(res, res.url, dropped);
    writeStored(url, { text, type: res.type, url: res.url, at: Date.now() });
    yield { url, value, dropped };
  } catch (err) {
    yield { url, error: toSzError(err) };
  }
}

/**
 * A copy kept from earlier (stored on a visit, or embedded in a prerendered page) read by the
 * element's own parser; undefined when this version cannot read it, and then simply not shown. What
 * an embedded copy leaves out is reported, once for the page (`reportAs`).
 */
async function readCopy<T>(copy: Stored, source: DataSource<T>, reportAs?: object) {
  const dropped: Dropped[] = [];
  try {
    const value = await source.parse(copy.text, {
      contentType: copy.type,
      baseUrl: copy.url,
      onDrop: (d) => dropped.push(d),
    });
    if (reportAs) warnDropped(reportAs, copy.url, dropped);
    return { value, dropped };
  } catch {
    return undefined;
  }
}

/** What the element shows after `outcome`, given what it shows now. */
export function nextState<T>(state: DataState<T>, outcome: Outcome<T>, source: DataSource<T>): DataState<T> {
  // Good data already on screen stays there after a failure, marked as possibly out of date;
  // so does a stored copy until the network confirms it.
  if ('error' in outcome) return { ...state, ...outcome, status: state.value === undefined ? 'error' : 'stale' };
  if (outcome.savedAt) return { ...state, ...outcome, status: 'stale' };
  return { ...outcome, status: source.isEmpty(outcome.value) ? 'empty' : 'loaded' };
}

/** Tells the page what a load found, once the element shows it: `sz-load`, or `sz-error` and a console line. */
export function report<T>(host: HTMLElement, outcome: Outcome<T>): void {
  if (!('error' in outcome)) {
    if (!outcome.savedAt) emit(host, 'sz-load', { src: outcome.url, data: outcome.value });
    return;
  }
  const { code, message } = outcome.error;
  const src = outcome.url ?? String(host.getAttribute('src'));
  console.warn(`sz-widgets: <${host.localName}> could not load ${src}: [${code}] ${message}`);
  emit(host, 'sz-error', { code, message, src });
}

/**
 * Resolves once `seconds` have passed and the page is visible (a hidden tab does not poll); never
 * once `signal` aborts, which also ends its timer and listener.
 */
export function refreshDue(seconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    const whenVisible = () => {
      if (document.hidden) return;
      stop();
      resolve();
    };
    const timer = setTimeout(
      () => {
        document.addEventListener('visibilitychange', whenVisible);
        whenVisible();
      },
      Math.max(seconds, 1) * 1000,
    );
    const stop = () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', whenVisible);
      signal.removeEventListener('abort', stop);
    };
    signal.addEventListener('abort', stop);
  });
}

type Failure = 'failedAddress' | 'failedFormat' | 'failedLoad';

// Which sentence an error code gets; any code not listed is a load failure. The technical detail
// goes to the console.
const FAILURE: Partial<Record<ErrorCode, Failure>> = {
  'bad-url': 'failedAddress',
  parse: 'failedFormat',
  unsupported: 'failedFormat',
  schema: 'failedFormat',
};

/** What the status line says after a failure, or while a saved copy is shown (dated in `locale`). */
export function describe(state: DataState<unknown>, t: Strings, locale: string): string {
  const { status, error, savedAt } = state;
  const text = t.problems;
  if (status === 'error')
    return error?.crossOrigin ? text.failedCors : text[(error && FAILURE[error.code]) || 'failedLoad'];
  return text.stale(formatDate(new Date(savedAt ?? Date.now()).toISOString(), locale, 'long'));
}

// Responses (and embedded copies) whose left-out parts were already reported: every widget on a
// page that reads one dataset parses it, but the data owner needs to read the list once per load,
// not once per widget.
const reported = new WeakSet<object>();

/** One console.warn per dataset load (`key`: the response or the embedded copy) naming each JSON path left out and why. */
function warnDropped(key: object, url: string, dropped: Dropped[]): void {
  if (!dropped.length || reported.has(key)) return;
  reported.add(key);
  const parts = `${dropped.length} part${dropped.length > 1 ? 's' : ''}`;
  const lines = dropped.map((d) => `  ${d.path} ${d.message}`).join('\n');
  console.warn(`sz-widgets: ${url}: ${parts} of the data could not be shown:\n${lines}`);
}
