// How the feed command asks for a source: politely (a clear User-Agent, conditional requests, a
// Retry-After honoured by not asking again this run), within bounds (size, time, redirects).
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeBody } from '../data/decode.js';
import { MAX_BYTES } from '../data/loader.js';

export const USER_AGENT = 'sz-widgets-feed (+https://www.npmjs.com/package/sz-widgets)';
const MAX_REDIRECTS = 5;
const ACCEPT =
  'application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5';
const TOO_LARGE = `larger than ${MAX_BYTES / 1048576} MB`;

/** A source that could not be read this run: its earlier items are kept. */
export class SourceError extends Error {
  override name = 'SourceError';
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  { status: 'unchanged' } | { status: 'fresh'; text: string; type: string; url: string; validators: Validators };

/** The body of `res`, read no further than MAX_BYTES. */
async function readCapped(res: Response): Promise<ArrayBuffer> {
  if (Number(res.headers.get('content-length')) > MAX_BYTES) throw new SourceError(TOO_LARGE);
  const reader = res.body?.getReader();
  if (!reader) return new ArrayBuffer(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new SourceError(TOO_LARGE);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes.buffer;
}

async function readLocalFile(path: string): Promise<Fetched> {
  try {
    const bytes = await readFile(path);
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { status: 'fresh', text: decodeBody(body, ''), type: '', url: pathToFileURL(path).href, validators: {} };
  } catch (e) {
    throw new SourceError(`cannot read the file (${(e as Error).message})`);
  }
}

/** What a 429 or 503 answer's Retry-After asks, as the end of the error; '' when it asks nothing. */
function retryLater(res: Response): string {
  const after = res.headers.get('retry-after');
  if (!after || (res.status !== 429 && res.status !== 503)) return '';
  const unit = /^\d+$/.test(after) ? ' s' : '';
  return `; it asks to retry after ${after}${unit}, so it is skipped this run`;
}

/**
 * Reads `location` (an absolute http(s) URL or file path). `known` are the validators of the
 * copy the output already holds: a 304 answer means it is still current.
 */
export async function fetchSource(location: string, known: Validators, timeout: number): Promise<Fetched> {
  if (!/^https?:/i.test(location)) return readLocalFile(location);
  const signal = AbortSignal.timeout(timeout);
  let url = location;
  try {
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: ACCEPT };
      // Only for the address the validators came from: a redirect target is a different resource.
      if (hops === 0 && known.etag) headers['If-None-Match'] = known.etag;
      if (hops === 0 && known.lastModified) headers['If-Modified-Since'] = known.lastModified;
      const res = await fetch(url, { headers, signal, redirect: 'manual' });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        const next = res.headers.get('location');
        await res.body?.cancel();
        if (!next) throw new SourceError(`HTTP ${res.status} without a Location`);
        if (hops >= MAX_REDIRECTS) throw new SourceError(`more than ${MAX_REDIRECTS} redirects`);
        url = new URL(next, url).href;
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 'unchanged' };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new SourceError(`HTTP ${res.status} ${res.statusText}`.trim() + retryLater(res));
      }
      const type = res.headers.get('content-type') ?? '';
      const bytes = await readCapped(res);
      return {
        status: 'fresh',
        text: decodeBody(bytes, type),
        type,
        url,
        validators: {
          etag: res.headers.get('etag') ?? undefined,
          lastModified: res.headers.get('last-modified') ?? undefined,
        },
      };
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (signal.aborted) throw new SourceError(`no complete answer within ${timeout / 1000} s`);
    const cause = (e as { cause?: { message?: string } }).cause?.message;
    throw new SourceError(`the request failed (${(e as Error).message}${cause ? `: ${cause}` : ''})`);
  }
}
