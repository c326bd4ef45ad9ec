// How the feed command asks for a source: politely (a clear User-Agent, conditional requests, a
// Retry-After honoured by not asking again this run), within bounds (size, time, redirects).
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { decodeBody } from '../data/decode.js';
import { MAX_BYTES } from '../data/loader.js';

export const USER_AGENT = 'sz-widgets-feed (+https://www.npmjs.com/package/sz-widgets)';
const MAX_REDIRECTS = 5;

/** A source that could not be read this run: its earlier items are kept. */
export class SourceError extends Error {
  override name = 'SourceError';
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type Fetched =
  | { status: 'unchanged' }
  | { status: 'fresh'; text: string; type: string; url: string; validators: Validators };

async function readCapped(res: Response): Promise<ArrayBuffer> {
  if (Number(res.headers.get('content-length')) > MAX_BYTES) throw new SourceError(`larger than ${MAX_BYTES / 1048576} MB`);
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
      throw new SourceError(`larger than ${MAX_BYTES / 1048576} MB`);
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

/**
 * Reads `location` (an absolute http(s) URL or file path). `known` are the validators of the
 * copy the output already holds: a 304 answer means it is still current.
 */
export async function fetchSource(location: string, known: Validators, timeout: number): Promise<Fetched> {
  if (!/^https?:/i.test(location)) {
    try {
      const bytes = await readFile(location);
      return { status: 'fresh', text: decodeBody(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, ''), type: '', url: pathToFileURL(location).href, validators: {} };
    } catch (e) {
      throw new SourceError(`cannot read the file (${(e as Error).message})`);
    }
  }
  const signal = AbortSignal.timeout(timeout);
  let url = location;
  try {
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = {
        'User-Agent': USER_AGENT,
        Accept: 'application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
      };
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
        const after = res.headers.get('retry-after');
        const wait = (res.status === 429 || res.status === 503) && after ? `; it asks to retry after ${after}${/^\d+$/.test(after) ? ' s' : ''}, so it is skipped this run` : '';
        throw new SourceError(`HTTP ${res.status} ${res.statusText}`.trim() + wait);
      }
      const type = res.headers.get('content-type') ?? '';
      const bytes = await readCapped(res);
      return {
        status: 'fresh',
        text: decodeBody(bytes, type),
        type,
        url,
        validators: { etag: res.headers.get('etag') ?? undefined, lastModified: res.headers.get('last-modified') ?? undefined },
      };
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (signal.aborted) throw new SourceError(`no complete answer within ${timeout / 1000} s`);
    const cause = (e as { cause?: { message?: string } }).cause?.message;
    throw new SourceError(`the request failed (${(e as Error).message}${cause ? `: ${cause}` : ''})`);
  }
}
