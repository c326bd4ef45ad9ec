import { SzError } from './types.js';

export interface Loaded {
  /** The body, not yet decoded: parsers decide the charset (see decode.ts). */
  bytes: ArrayBuffer;
  /** The Content-Type header, '' when absent. */
  type: string;
  /** The final URL after redirects, for resolving relative links. */
  url: string;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole load, retries included. */
  timeout?: number;
  /** Revalidate with the server (a refresh) instead of reusing this page's copy. */
  fresh?: boolean;
}

/** Bodies larger than this are refused: a widget feed has no business being bigger. */
export const MAX_BYTES = 5 * 1024 * 1024;
const RETRIES = 2;
const BACKOFF_MS = 400;

interface Shared {
  promise: Promise<Loaded>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

/** One entry per URL: in flight or done. This is what makes N widgets cost one request. */
const shared = new Map<string, Shared>();

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(id);
      reject(signal.reason);
    };
    const id = setTimeout(() => {
      signal.removeEventListener('abort', done);
      resolve();
    }, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

async function readBody(res: Response): Promise<ArrayBuffer> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_BYTES) throw tooLarge();
  const bytes = await res.arrayBuffer();
  if (bytes.byteLength > MAX_BYTES) throw tooLarge();
  return bytes;
}

const tooLarge = () => new SzError('too-large', `The response is larger than ${MAX_BYTES / 1048576} MB.`);

/** The README section that explains how to show another site's feed. */
export const CORS_HELP = 'https://www.npmjs.com/package/sz-widgets#feeds-from-other-sites-cors';

/**
 * A request that failed before any answer. Across origins while the browser is online, the most
 * likely reason is that the other server does not let other sites read its data (CORS): the
 * browser hides which it was, so the message says what is likely and where to read more.
 */
function networkFailure(url: string, err: unknown): SzError {
  const why = err instanceof Error ? err.message : String(err);
  const here = globalThis.location?.origin;
  const there = new URL(url, here).origin;
  if (!here || there === here || globalThis.navigator?.onLine === false)
    return new SzError('network', `The request failed (${why}).`);
  return new SzError(
    'network',
    `The request to ${there} failed (${why}). That server may not allow other sites to read its data (CORS): see "Feeds from other sites (CORS)" in the README, ${CORS_HELP}`,
    undefined,
    true,
  );
}

async function fetchWithRetry(
  url: string,
  controller: AbortController,
  timeout: number,
  fresh: boolean,
): Promise<Loaded> {
  const { signal } = controller;
  const timer = setTimeout(
    () => controller.abort(new SzError('timeout', `No complete answer within ${timeout / 1000} s.`)),
    timeout,
  );
  try {
    for (let attempt = 0; ; attempt++) {
      let failure: SzError;
      let wait = BACKOFF_MS * 3 ** attempt;
      try {
        // credentials omitted: the widgets never send the visitor's cookies to a data host.
        const res = await fetch(url, { signal, credentials: 'omit', cache: fresh ? 'no-cache' : 'default' });
        if (res.ok)
          return { bytes: await readBody(res), type: res.headers.get('content-type') ?? '', url: res.url || url };
        failure = new SzError('http', `HTTP ${res.status} ${res.statusText}`.trim(), res.status);
        // 429 (too many requests) is worth another try too, after the wait the server asks for.
        if (res.status < 500 && res.status !== 429) throw failure;
        wait = Number(res.headers.get('retry-after')) * 1000 || wait;
      } catch (err) {
        if (signal.aborted) throw signal.reason instanceof SzError ? signal.reason : err;
        if (err instanceof SzError) throw err;
        // fetch rejects with a bare TypeError for DNS, refused connections, CORS and cut bodies alike.
        failure = networkFailure(url, err);
      }
      if (attempt >= RETRIES) throw failure;
      // A Retry-After longer than the timeout simply ends in the timeout.
      await sleep(wait, signal);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The one loader: fetch `url` with a timeout, retries with backoff on network errors, 5xx and
 * 429 (waiting what Retry-After asks),
 * and one request per URL for the whole page however many elements ask. An element's `signal`
 * only detaches that element; the request itself is aborted when nobody waits for it any more.
 * HTTP caching (Cache-Control, ETag) is left to the browser's cache, which fetch respects.
 */
export function load(url: string, { signal, timeout = 10_000, fresh = false }: LoadOptions = {}): Promise<Loaded> {
  let entry = shared.get(url);
  if (!entry || (fresh && entry.settled)) {
    const controller = new AbortController();
    const created: Shared = {
      controller,
      users: 0,
      settled: false,
      promise: fetchWithRetry(url, controller, timeout, fresh),
    };
    created.promise.then(
      () => (created.settled = true),
      () => {
        created.settled = true;
        // A failure is not cached: the next ask (a Retry) goes to the network again.
        if (shared.get(url) === created) shared.delete(url);
      },
    );
    shared.set(url, (entry = created));
  }
  const job = entry;
  job.users++;
  return new Promise<Loaded>((resolve, reject) => {
    const detach = () => {
      signal?.removeEventListener('abort', onAbort);
      job.users--;
    };
    const onAbort = () => {
      detach();
      if (!job.users && !job.settled) {
        job.controller.abort(new DOMException('No widget needs this request any more.', 'AbortError'));
        if (shared.get(url) === job) shared.delete(url);
      }
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    job.promise.then(
      (value) => {
        detach();
        resolve(value);
      },
      (err: unknown) => {
        detach();
        reject(err);
      },
    );
  });
}
